import { Module, type DynamicModule } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { ConfigModule, LoggingModule, type AppConfig } from '@safecase/common';
import { PersistenceModule } from '@safecase/persistence';
import { ClockModule, TemporalClientModule } from '@safecase/temporal';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CalendarModule } from './calendar/calendar.module';
import { CasesModule } from './cases/cases.module';
import { ProceduresModule } from './procedures/procedures.module';
import { AccidentsModule } from './accidents/accidents.module';
import { RulesModule } from './rules/rules.module';
import { HealthModule } from './health/health.module';
import { SandboxModule } from './sandbox/sandbox.module';
import { DocumentsModule } from './documents/documents.module';
import { EvidenceModule } from './evidence/evidence.module';
import { DashboardModule } from './dashboard/dashboard.module';
import { CaseFileModule } from './case-file/case-file.module';
import { DirectoryModule } from './directory/directory.module';

@Module({
  imports: [
    DiscoveryModule,
    ConfigModule,
    LoggingModule,
    PersistenceModule,
    TemporalClientModule,
    ClockModule,
    AuthModule,
    HealthModule,
    CalendarModule,
    AuditModule,
    CasesModule,
    ProceduresModule,
    AccidentsModule,
    RulesModule,
    DocumentsModule,
    EvidenceModule,
    DashboardModule,
    CaseFileModule,
    DirectoryModule,
  ],
})
export class AppModule {
  /**
   * The API for a configuration: the training sandbox's endpoints exist only in sandbox mode (outside
   * it they are 404, not 403). The routes are fixed when the module is built, so this decision is made
   * from the config here, not from a provider.
   */
  static forConfig(config: Pick<AppConfig, 'sandbox'>): DynamicModule {
    return { module: AppModule, imports: config.sandbox ? [SandboxModule] : [] };
  }
}
