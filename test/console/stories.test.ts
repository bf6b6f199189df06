import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { choose, consoleSuite, screenshot, submitDialog } from './browser';

/** 北京时间 as the console shows it, computed here without the console's code. */
function chinaTime(instant: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

const PHOTO = Buffer.from('a photo of the blocked fire exit');
const PHOTO_SHA256 = createHash('sha256').update(PHOTO).digest('hex');

/**
 * A deadline as the console shows it: a clock counted in days runs out at 24:00 of its last day (the
 * API's instant is 00:00 of the next), which reads as that last day, "2026-12-31（当日24时）".
 */
function chinaDue(instant: string): string {
  const at = chinaTime(instant);
  if (!at.endsWith(' 00:00')) return at;
  return `${chinaTime(new Date(Date.parse(instant) - 60_000).toISOString()).slice(0, 10)}（当日24时）`;
}

function chinaDatePlus(days: number): string {
  return chinaTime(new Date(Date.now() + days * 86_400_000).toISOString()).slice(0, 10);
}

/** The stories of issue #14, each across roles, clicked through Debian's Chromium. */
describe('the web console in a browser', () => {
  const suite = consoleSuite();
  const { as, expectAccessible } = suite;
  let caseId: string;

  async function authOf(page: Page): Promise<Record<string, string>> {
    return {
      Authorization: `Bearer ${await page.evaluate<string>("sessionStorage.getItem('safecase.token')")}`,
    };
  }

  it('serves the console under /console, with / redirected there and deep links answered', async () => {
    const root = await fetch(`${suite.baseUrl}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/console/');
    const deep = await fetch(`${suite.baseUrl}/console/records/cases/x`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="root">');
    // The API's own routes are untouched.
    expect((await fetch(`${suite.baseUrl}/health`)).status).toBe(200);
  });

  it('signs an officer in: Chinese, name, role, agency, 北京时间; a wrong password is said in words', async () => {
    const page = await suite.newPage();
    await page.goto(`${suite.baseUrl}/console/`);
    await page.getByRole('button', { name: '登录' }).waitFor();
    await screenshot(page, '01-sign-in');
    await expectAccessible(page);
    await page.getByLabel('用户名').fill('nc.officer1');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: '登录' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/[\u4e00-\u9fff]/);

    await page.getByLabel('密码').fill('safecase-demo');
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    const who = await page.getByTestId('whoami').textContent();
    expect(who).toContain('执法人员');
    expect(who).toMatch(/南昌/);
    expect(await page.getByTestId('clock').textContent()).toMatch(/^北京时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    await screenshot(page, '02-inbox-empty');
    await page.setViewportSize({ width: 768, height: 1000 });
    await page.getByRole('link', { name: '新建案件' }).waitFor();
    expect((await page.getByRole('link', { name: '我的待办' }).boundingBox())!.width).toBeGreaterThan(50);
    await screenshot(page, '02-inbox-tablet');
    await expectAccessible(page);
  });

  it('an officer opens a case: the API’s validation shows at the field, then the record opens', async () => {
    const page = await as('nc.officer1');
    await page.getByRole('link', { name: '新建案件' }).click();
    await page.getByRole('heading', { name: '新建案件' }).waitFor();
    await page.getByRole('button', { name: '立案' }).click();
    // The 422's field messages, placed at their fields by the form.
    await page.locator('[data-field="summary"] .ant-form-item-explain-error').first().waitFor();
    await screenshot(page, '03-new-case-errors');
    await expectAccessible(page);

    await choose(page, '案件来源', '执法计划');
    await page.getByLabel('名称').fill('南昌某化工有限公司');
    await page.getByLabel('统一社会信用代码').fill('91110108551385082Q');
    await page.getByLabel('地址').fill('南昌市青山湖区');
    await page.getByLabel('概要').fill('2026年度执法计划检查');
    await page.getByRole('button', { name: '立案' }).click();
    await page.getByRole('heading', { name: /执法案件：南昌某化工有限公司/ }).waitFor();
    caseId = page.url().split('/').pop()!;
    expect(caseId).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByText('已立案').first().waitFor();
    await screenshot(page, '04-record-opened');
    await expectAccessible(page);

    await page.goto(`${suite.baseUrl}/console/`);
    await page.getByRole('link', { name: '南昌某化工有限公司' }).first().waitFor();
    await screenshot(page, '05-inbox-with-task');
  });

  it('two officers: one records the inspection with a finding, the other issues the order', async () => {
    const first = await as('nc.officer1');
    await first.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await first.getByRole('button', { name: '记录现场检查' }).click();
    const dialog = first.getByRole('dialog');
    const officers = dialog.getByLabel(/执法人员/);
    await officers.fill('nc.officer1');
    await officers.press('Enter');
    await officers.fill('nc.officer2');
    await officers.press('Enter');
    await dialog.getByLabel('检查地点').fill('生产车间');
    await dialog.getByRole('button', { name: '添加发现的隐患' }).click();
    await dialog.getByLabel('隐患描述').fill('消防通道堵塞');
    await choose(first, '隐患等级', '重大隐患');
    await dialog.getByLabel('法律依据').fill('安全生产法 第41条');
    // The photo is hashed in the browser (SubtleCrypto), uploaded (the server hashes it again), and the
    // stored file's digest goes into the finding's evidence.
    await dialog.getByRole('button', { name: '添加证据' }).click();
    await dialog
      .getByLabel(/选择证据文件/)
      .setInputFiles({ name: 'scene.jpg', mimeType: 'image/jpeg', buffer: PHOTO });
    await dialog.getByText(`已上传，SHA-256：${PHOTO_SHA256}`).waitFor();
    await screenshot(first, '06-inspection-form');
    await expectAccessible(first);
    await submitDialog(dialog);
    await first.getByText('已检查').first().waitFor();
    await first.getByRole('tab', { name: /文书/ }).click();
    await first.getByText(/检记〔\d{4}〕\d+号/).waitFor();
    await first.getByRole('tab', { name: '证据' }).click();
    await first
      .getByText(`${PHOTO_SHA256.slice(0, 16)}…`)
      .first()
      .waitFor();
    // The server's digest of the stored file is the one computed here, and its download is the photo.
    const stored = (await (
      await fetch(`${suite.baseUrl}/evidence?caseId=${caseId}`, { headers: await authOf(first) })
    ).json()) as { items: { sha256: string; fileName: string }[] };
    expect(stored.items).toEqual([expect.objectContaining({ sha256: PHOTO_SHA256, fileName: 'scene.jpg' })]);
    const evidenceDownload = first.waitForEvent('download');
    await first.getByRole('button', { name: '下载 scene.jpg' }).click();
    const photo = await readFile(await (await evidenceDownload).path());
    expect(createHash('sha256').update(photo).digest('hex')).toBe(PHOTO_SHA256);
    await screenshot(first, '06b-evidence-tab');

    const second = await as('nc.officer2');
    await second.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await second.getByRole('button', { name: /下达责令限期整改指令/ }).click();
    const order = second.getByRole('dialog');
    const deadline = order.getByLabel('整改期限');
    await deadline.fill(chinaDatePlus(20));
    await deadline.press('Enter');
    await order.getByLabel('整改要求').fill('限期清理消防通道');
    // The clock the deadline starts, previewed by the API under the field, as the day it falls on.
    const preview = order.getByRole('status', { name: '期限预览（北京时间）' });
    await preview.getByText(/复查期限：\d{4}-\d{2}-\d{2}（当日24时）/).waitFor();
    await screenshot(second, '07a-order-deadline-preview');
    // A double click sends one request (one Idempotency-Key per submit): one order, one document.
    await order.getByRole('button', { name: '提交' }).dblclick();
    await order.waitFor({ state: 'detached' });
    await second.getByText('整改中').first().waitFor();
    await second.getByRole('tab', { name: /文书/ }).click();
    await second.getByText(/责改〔\d{4}〕\d+号/).waitFor();
    expect(await second.getByText(/责改〔\d{4}〕\d+号/).count()).toBe(1);
    await screenshot(second, '07-record-rectifying');
    await expectAccessible(second);
    // The re-inspection the order starts reads as its last day, never as 00:00 of the day after.
    const tasks = (
      (await (await fetch(`${suite.baseUrl}/cases/${caseId}`, { headers: await authOf(second) })).json()) as {
        tasks: { kind: string; dueAt: string | null }[];
      }
    ).tasks;
    const reinspect = tasks.find((t) => t.kind === 'reinspect')!;
    expect(chinaDue(reinspect.dueAt!)).toMatch(/^\d{4}-\d{2}-\d{2}（当日24时）$/);
    await second.getByRole('tab', { name: /期限/ }).click();
    await second.getByRole('tabpanel').getByText(chinaDue(reinspect.dueAt!)).first().waitFor();
  });

  it('an officer previews a document’s PDF in the page and downloads the same bytes', async () => {
    const page = await as('nc.officer1');
    await page.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await page.getByRole('tab', { name: /文书/ }).click();
    const number = (await page.getByText(/责改〔\d{4}〕\d+号/).textContent())!;
    await page.getByRole('button', { name: `预览 ${number}` }).click();
    const dialog = page.getByRole('dialog');
    // While the worker prints it the console says so and asks again after Retry-After.
    await dialog.getByTestId('page-image').waitFor({ timeout: 60_000 });
    const shown = (await dialog.getByTestId('pdf-sha256').textContent())!;
    expect(shown).toMatch(/^[0-9a-f]{64}$/);
    const headers = await authOf(page);
    const list = (await (await fetch(`${suite.baseUrl}/cases/${caseId}/documents`, { headers })).json()) as {
      items: { id: string; number: string; pdf: { sha256: string } | null }[];
    };
    const doc = list.items.find((d) => d.number === number)!;
    expect(doc.pdf?.sha256).toBe(shown);
    await screenshot(page, '07b-document-preview');
    await expectAccessible(page);
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: '下载' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toBe(`${number}.pdf`);
    const bytes = await readFile(await saved.path());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(shown);
  });

  it('a supervisor approves a measure the officer proposed; the officer is told why he cannot', async () => {
    const officer = await as('nc.officer1');
    await officer.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await officer.getByRole('button', { name: '提请采取强制措施' }).click();
    const propose = officer.getByRole('dialog');
    await choose(officer, '种类', '责令暂时停产停业');
    await choose(officer, '涉及的隐患', 'D1');
    await propose.getByLabel('理由').fill('重大事故隐患，排除前无法保证安全');
    await submitDialog(propose);
    await officer.getByRole('tab', { name: /措施/ }).click();
    await officer.getByRole('cell', { name: 'M1', exact: true }).waitFor();
    // Actions this officer may not take are named with the reason, in words.
    const reasons = officer.getByRole('list', { name: '不能办理的原因' });
    await reasons.waitFor();
    expect(await reasons.textContent()).toMatch(/[\u4e00-\u9fff]{4}/);

    const supervisor = await as('nc.supervisor');
    await supervisor.getByRole('link', { name: '南昌某化工有限公司' }).first().waitFor();
    await screenshot(supervisor, '08-supervisor-inbox');
    await supervisor.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await supervisor.getByRole('button', { name: '审批强制措施' }).click();
    const decide = supervisor.getByRole('dialog');
    await choose(supervisor, '措施', 'M1');
    // The measure's list can stay open over the form once M1 is chosen (root cause not found: a
    // probe on an idle machine saw it close every time): close it by clicking the dialog's title,
    // outside every field, before ticking the approval.
    await decide.locator('.ant-modal-title').click();
    await supervisor.locator('.ant-select-dropdown:visible').waitFor({ state: 'detached' });
    await decide.getByRole('checkbox', { name: '批准' }).check();
    await decide.getByLabel('意见').fill('同意采取措施');
    await screenshot(supervisor, '09-measure-decision');
    await submitDialog(decide);
    await supervisor.getByRole('tab', { name: /措施/ }).click();
    await supervisor
      .getByRole('cell', { name: /生效中|已批准/ })
      .first()
      .waitFor();
    await expectAccessible(supervisor);
  });

  it('an auditor reads the history in Chinese and verifies the chain', async () => {
    const auditor = await (async () => {
      const page = await suite.newPage();
      await page.goto(`${suite.baseUrl}/console/login`);
      await page.getByLabel('用户名').fill('prov.auditor');
      await page.getByLabel('密码').fill('safecase-demo');
      await page.getByRole('button', { name: '登录' }).click();
      await page.getByTestId('whoami').waitFor();
      return page;
    })();
    await auditor.goto(`${suite.baseUrl}/console/audit/${caseId}`);
    await auditor.getByRole('heading', { name: '审计', exact: true }).waitFor();
    await auditor.getByRole('cell', { name: /立案/ }).first().waitFor();
    await auditor.getByRole('button', { name: '校验审计链' }).click();
    await auditor.getByText(/审计链完整：已校验 \d+ 条记录/).waitFor();
    await screenshot(auditor, '10-audit');
    await expectAccessible(auditor);

    await auditor.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await auditor.getByRole('tab', { name: '完整时间线' }).click();
    await auditor.getByRole('cell', { name: '记录现场检查' }).first().waitFor();
    await screenshot(auditor, '11-auditor-timeline');
  });

  it('an officer of another agency cannot open the record', async () => {
    const other = await as('jj.officer1');
    await other.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
    await other.getByRole('heading', { name: '未找到该记录' }).waitFor();
    expect(await other.getByText('南昌某化工有限公司').count()).toBe(0);
    await screenshot(other, '12-other-agency');
    await expectAccessible(other);
  });

  describe('in a browser set to UTC (dates must still be 北京时间)', () => {
    it('shows the opening, the deadline and the timeline in China time', async () => {
      const page = await as('nc.officer1', 'UTC');
      const detail = (await (
        await fetch(`${suite.baseUrl}/cases/${caseId}`, {
          headers: {
            Authorization: `Bearer ${await page.evaluate<string>("sessionStorage.getItem('safecase.token')")}`,
          },
        })
      ).json()) as { openedAt: string; nextDueAt: string; timeline: { at: string }[] };
      await page.goto(`${suite.baseUrl}/console/records/cases/${caseId}`);
      await page.getByRole('heading', { name: /执法案件/ }).waitFor();
      await page.getByText(chinaTime(detail.openedAt)).first().waitFor();
      await page.getByText(chinaDue(detail.nextDueAt)).first().waitFor();
      await page.getByRole('tab', { name: '完整时间线' }).click();
      await page
        .getByRole('cell', { name: chinaTime(detail.timeline[0]!.at) })
        .first()
        .waitFor();
      expect(await page.getByTestId('clock').textContent()).toContain(
        chinaTime(new Date().toISOString()).slice(0, 10),
      );
      await screenshot(page, '13-record-utc-browser');

      await page.goto(`${suite.baseUrl}/console/`);
      await page.getByText(chinaDue(detail.nextDueAt)).first().waitFor();
    });
  });
});
