import { Module } from '@nestjs/common';
import { CheckpointModule, DocumentFilesModule } from '@safecase/persistence';
import { CaseFileAudit } from './case-file-audit';
import { CaseFileController } from './case-file.controller';
import { CaseFilePrinter } from './case-file-printer';
import { CaseFileService } from './case-file.service';

@Module({
  imports: [DocumentFilesModule, CheckpointModule],
  controllers: [CaseFileController],
  providers: [CaseFileService, CaseFilePrinter, CaseFileAudit],
})
export class CaseFileModule {}
