import { Module } from '@nestjs/common';
import { CheckpointModule } from '@safecase/persistence';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';
import { CheckpointController } from './checkpoint.controller';
import { CheckpointService } from './checkpoint.service';
import { AuditVerifications } from './verification.service';

@Module({
  imports: [CheckpointModule],
  controllers: [AuditController, CheckpointController],
  providers: [AuditService, CheckpointService, AuditVerifications],
})
export class AuditModule {}
