import { arr, bool, obj, oneOf, ref, str, uuid, type Schema } from '../schema-dsl';

const ROLES = ['officer', 'supervisor', 'head', 'legal_reviewer', 'auditor', 'admin'] as const;

/** The people the records name, as a reader may see them (apps/api/src/directory). */
export const DIRECTORY_SCHEMAS: Record<string, Schema> = {
  DirectoryUser: obj({
    id: uuid(),
    username: str({ example: 'nc.officer1' }),
    displayName: str({ example: '张伟', description: 'the person’s name as the agency records it' }),
    roles: arr(oneOf(ROLES)),
    agencyId: uuid(),
    agencyName: str({ example: '南昌市应急管理局' }),
    active: bool({ description: 'false once the account is closed; old records still name the person' }),
  }),
  DirectoryUserList: obj(
    { items: arr(ref('DirectoryUser'), { maxItems: 500 }) },
    { description: 'by username; those named and not visible to the caller are left out' },
  ),
};
