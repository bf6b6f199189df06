import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';

/** Password of every demo user (README lists them). Demo data is seeded by the embedded default only. */
export const DEMO_PASSWORD = 'safecase-demo';

export const DEMO_AGENCIES = [
  {
    id: '0b9f1c70-0000-4000-8000-000000360000',
    name: '江西省应急管理厅',
    docPrefix: '赣应急',
    regionCode: '360000',
  },
  {
    id: '0b9f1c70-0000-4000-8000-000000360100',
    name: '南昌市应急管理局',
    docPrefix: '洪应急',
    regionCode: '360100',
  },
  {
    id: '0b9f1c70-0000-4000-8000-000000360400',
    name: '九江市应急管理局',
    docPrefix: '浔应急',
    regionCode: '360400',
  },
] as const;

const [PROVINCE, NANCHANG, JIUJIANG] = DEMO_AGENCIES;

export const DEMO_USERS = [
  {
    username: 'nc.officer1',
    displayName: '张伟',
    agency: NANCHANG,
    roles: ['officer'],
    certificate: '36010020001',
  },
  {
    username: 'nc.officer2',
    displayName: '李娜',
    agency: NANCHANG,
    roles: ['officer'],
    certificate: '36010020002',
  },
  { username: 'nc.supervisor', displayName: '王强', agency: NANCHANG, roles: ['supervisor'] },
  { username: 'nc.head', displayName: '周建国', agency: NANCHANG, roles: ['supervisor', 'head'] },
  { username: 'nc.reviewer', displayName: '刘洋', agency: NANCHANG, roles: ['legal_reviewer'] },
  {
    username: 'jj.officer1',
    displayName: '陈静',
    agency: JIUJIANG,
    roles: ['officer'],
    certificate: '36040020001',
  },
  {
    username: 'jj.officer2',
    displayName: '杨帆',
    agency: JIUJIANG,
    roles: ['officer'],
    certificate: '36040020002',
  },
  { username: 'jj.supervisor', displayName: '赵敏', agency: JIUJIANG, roles: ['supervisor'] },
  { username: 'jj.head', displayName: '吴志刚', agency: JIUJIANG, roles: ['supervisor', 'head'] },
  { username: 'jj.reviewer', displayName: '黄磊', agency: JIUJIANG, roles: ['legal_reviewer'] },
  { username: 'prov.auditor', displayName: '周审计', agency: PROVINCE, roles: ['auditor'] },
  { username: 'admin', displayName: '系统管理员', agency: PROVINCE, roles: ['admin'] },
] as const;

/** Idempotent: agencies and users that already exist (by id / username) are left untouched. */
export async function seedDemo(db: DataSource): Promise<string[]> {
  const hash = await argon2.hash(DEMO_PASSWORD);
  return db.transaction(async (m) => {
    for (const a of DEMO_AGENCIES) {
      await m.query(
        `INSERT INTO agency (id, name, doc_prefix, region_code) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
        [a.id, a.name, a.docPrefix, a.regionCode],
      );
    }
    const added: string[] = [];
    for (const u of DEMO_USERS) {
      const rows: unknown[] = await m.query(
        `INSERT INTO app_user (id, username, display_name, password_hash, agency_id, roles, certificate_no)
         VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6) ON CONFLICT (username) DO NOTHING RETURNING id`,
        [u.username, u.displayName, hash, u.agency.id, u.roles, 'certificate' in u ? u.certificate : null],
      );
      if (rows.length) added.push(u.username);
    }
    return added;
  });
}
