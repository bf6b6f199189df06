import { canSeeRecordOf, regionContains } from './jurisdiction';
import type { Actor } from './roles';

const actor = (roles: Actor['roles'], agencyId: string, regionCode: string): Actor => ({
  userId: 'u',
  username: 'u',
  displayName: 'u',
  roles,
  agencyId,
  agencyName: 'a',
  regionCode,
});

describe('regionContains', () => {
  it('a province contains its prefectures and counties, not another province', () => {
    expect(regionContains('360000', '360100')).toBe(true);
    expect(regionContains('360000', '360403')).toBe(true);
    expect(regionContains('360000', '370100')).toBe(false);
  });
  it('a prefecture contains its counties and itself, not a sibling prefecture', () => {
    expect(regionContains('360100', '360100')).toBe(true);
    expect(regionContains('360100', '360111')).toBe(true);
    expect(regionContains('360100', '360400')).toBe(false);
  });
  it('a county contains only itself; malformed codes contain nothing', () => {
    expect(regionContains('360111', '360111')).toBe(true);
    expect(regionContains('360111', '360112')).toBe(false);
    expect(regionContains('36', '360100')).toBe(false);
  });
});

describe('canSeeRecordOf', () => {
  const nanchang = { agencyId: 'nc', regionCode: '360100' };
  it('case roles see their own agency only', () => {
    expect(canSeeRecordOf(actor(['officer'], 'nc', '360100'), nanchang)).toBe(true);
    expect(canSeeRecordOf(actor(['supervisor'], 'jj', '360400'), nanchang)).toBe(false);
  });
  it('auditors see their region and below, whatever the agency', () => {
    expect(canSeeRecordOf(actor(['auditor'], 'prov', '360000'), nanchang)).toBe(true);
    expect(canSeeRecordOf(actor(['auditor'], 'jj', '360400'), nanchang)).toBe(false);
  });
  it('admins see no case records', () => {
    expect(canSeeRecordOf(actor(['admin'], 'nc', '360100'), nanchang)).toBe(false);
  });
});
