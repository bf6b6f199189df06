import { Module } from '@nestjs/common';
import { DocumentPagesController } from './document-pages.controller';
import { DocumentPagesService } from './document-pages.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';

@Module({
  controllers: [DocumentsController, DocumentPagesController],
  providers: [DocumentsService, DocumentPagesService],
})
export class DocumentsModule {}
