import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '@safecase/common';
import { DataSource } from 'typeorm';
import { AuditLog } from './audit/audit-log';
import { dataSourceOptions } from './data-source';
import { RulebookStore } from './rulebook/rulebook-store';

/** The database connection, the audit log every area appends to, and the stored rulebook versions. */
@Global()
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
  providers: [
    { provide: AuditLog, inject: [DataSource], useFactory: (db: DataSource) => new AuditLog(db) },
    { provide: RulebookStore, inject: [DataSource], useFactory: (db: DataSource) => new RulebookStore(db) },
  ],
  exports: [AuditLog, RulebookStore],
})
export class PersistenceModule {}
