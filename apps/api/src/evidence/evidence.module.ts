import { Module } from '@nestjs/common';
import { DocumentFilesModule } from '@safecase/persistence';
import { EvidenceController } from './evidence.controller';
import { EvidenceService } from './evidence.service';

@Module({ imports: [DocumentFilesModule], controllers: [EvidenceController], providers: [EvidenceService] })
export class EvidenceModule {}
