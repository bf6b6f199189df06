import { Module } from '@nestjs/common';
import { ConfigModule, LoggingModule } from '@safecase/common';
import { PersistenceModule } from '@safecase/persistence';
import { TemporalClientModule } from '@safecase/temporal';
import { HealthModule } from './health/health.module';
import { PingModule } from './ping/ping.module';

@Module({
  imports: [ConfigModule, LoggingModule, PersistenceModule, TemporalClientModule, HealthModule, PingModule],
})
export class AppModule {}
