import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { dataSourceOptions } from './data-source';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions(config.databaseUrl),
        // Fail fast at boot: the start script has already waited for PostgreSQL to answer.
        retryAttempts: 2,
        retryDelay: 1000,
      }),
    }),
  ],
})
export class PersistenceModule {}
