import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule, LoggingModule } from '@safecase/common';
import { PersistenceModule } from '@safecase/persistence';
import { TemporalClientModule } from '@safecase/temporal';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { RulesModule } from './rules/rules.module';
import { HealthModule } from './health/health.module';
import { PingModule } from './ping/ping.module';

@Module({
  imports: [
    DiscoveryModule,
    ConfigModule,
    LoggingModule,
    PersistenceModule,
    TemporalClientModule,
    AuthModule,
    HealthModule,
    CalendarModule,
    AuditModule,
    PingModule,
    CasesModule,
    RulesModule,
  ],
})
export class AppModule {}
