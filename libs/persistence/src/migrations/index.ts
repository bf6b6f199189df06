import { CreatePing1764300000000 } from './1764300000000-create-ping';
import { ApiCore1764400000000 } from './1764400000000-api-core';
import { EnforcementCases1764600000000 } from './1764600000000-enforcement-cases';
import { Rulebook1764700000000 } from './1764700000000-rulebook';
import { Procedures1764800000000 } from './1764800000000-procedures';
import { Accidents1764900000000 } from './1764900000000-accidents';
import { DropPing1764950000000 } from './1764950000000-drop-ping';
import { AuditCheckpoints1765050000000 } from './1765050000000-audit-checkpoints';
import { TaskTitleText1765060000000 } from './1765060000000-task-title-text';
import { KeysetIndexes1765200000000 } from './1765200000000-keyset-indexes';
import { TaskAgency1765300000000 } from './1765300000000-task-agency';
import { TaskActBy1765310000000 } from './1765310000000-task-act-by';
import { DocumentFiles1765360000000 } from './1765360000000-document-files';
import { AuditChains1765370000000 } from './1765370000000-audit-chains';
import { DashboardIndexes1765380000000 } from './1765380000000-dashboard-indexes';
import { UnnumberedDocuments1765460000000 } from './1765460000000-unnumbered-documents';

/** Every migration, in order. Listed explicitly so the same list works from TypeScript and from dist/. */
export const MIGRATIONS = [
  CreatePing1764300000000,
  ApiCore1764400000000,
  EnforcementCases1764600000000,
  Rulebook1764700000000,
  Procedures1764800000000,
  Accidents1764900000000,
  DropPing1764950000000,
  AuditCheckpoints1765050000000,
  TaskTitleText1765060000000,
  KeysetIndexes1765200000000,
  TaskAgency1765300000000,
  TaskActBy1765310000000,
  DocumentFiles1765360000000,
  AuditChains1765370000000,
  DashboardIndexes1765380000000,
  UnnumberedDocuments1765460000000,
];
