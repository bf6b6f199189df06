import { Module } from '@nestjs/common';
import { DocumentFilesModule } from '@safecase/persistence';
import { DocumentRenderer } from './document-renderer';

@Module({ imports: [DocumentFilesModule], providers: [DocumentRenderer], exports: [DocumentRenderer] })
export class RenderModule {}
