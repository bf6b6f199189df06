import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditLog } from '../audit/audit-log';
import { DocumentFiles, DocumentRenders } from './document-files';
import { EvidenceFiles } from './evidence-files';

/** The stored document files and evidence files (the database and audit log come from PersistenceModule). */
@Module({
  providers: [
    { provide: DocumentFiles, inject: [DataSource], useFactory: (db: DataSource) => new DocumentFiles(db) },
    {
      provide: DocumentRenders,
      inject: [DataSource, AuditLog],
      useFactory: (db: DataSource, audit: AuditLog) => new DocumentRenders(db, audit),
    },
    {
      provide: EvidenceFiles,
      inject: [DataSource, AuditLog],
      useFactory: (db: DataSource, audit: AuditLog) => new EvidenceFiles(db, audit),
    },
  ],
  exports: [DocumentFiles, DocumentRenders, EvidenceFiles],
})
export class DocumentFilesModule {}
