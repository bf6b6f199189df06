import { Module } from '@nestjs/common';
import { CheckpointModule, DocumentFilesModule } from '@safecase/persistence';
import { CaseFileController } from './case-file.controller';
import { CaseFileService } from './case-file.service';

@Module({
  imports: [DocumentFilesModule, CheckpointModule],
  controllers: [CaseFileController],
  providers: [CaseFileService],
})
export class CaseFileModule {}
