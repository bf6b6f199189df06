import type { Schema } from './schema-dsl';
import { AUDIT_SCHEMAS } from './schemas/audit';
import { FILE_SCHEMAS } from './schemas/files';
import { DASHBOARD_SCHEMAS } from './schemas/dashboard';
import { PLATFORM_SCHEMAS } from './schemas/platform';
import { RECORD_SCHEMAS } from './schemas/records';
import { DIRECTORY_SCHEMAS } from './schemas/directory';

/** The response bodies of the API, by name (components.schemas). */
export const SCHEMAS: Record<string, Schema> = {
  ...RECORD_SCHEMAS,
  ...AUDIT_SCHEMAS,
  ...PLATFORM_SCHEMAS,
  ...FILE_SCHEMAS,
  ...DASHBOARD_SCHEMAS,
  ...DIRECTORY_SCHEMAS,
};
