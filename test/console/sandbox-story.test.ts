import { bearer, tokenFor } from '../support/auth';
import { EVENTUALLY_TIMEOUT_MS } from '../support/timeouts';
import { consoleSuite, screenshot } from './browser';

const DAY_MS = 24 * 3600_000;
const PARTY = '沙盒培训机械有限公司';

interface Task {
  kind: string;
  dueAt: string | null;
  overdue: boolean;
  escalationLevel: number;
  escalatedTo: string | null;
}

/**
 * The story of issue #14 on the training sandbox (the API and worker on the time-skipping test server,
 * as `npm start -- --sandbox` runs them): a supervisor moves the clock past a re-inspection deadline
 * with the console's clock control, and the overdue task appears in the supervisor's inbox at its rung.
 */
describe('the sandbox clock in a browser', () => {
  const suite = consoleSuite({ sandbox: {}, fixtureYears: true });
  const { as, http } = suite;

  it('a supervisor moves the sandbox clock past a deadline; the overdue task appears at its rung', async () => {
    // The officer's part, over HTTP: a case whose order to rectify falls due in 3 days, so its
    // re-inspection task (10 days after that) is the clock the trainer moves past.
    const officer = bearer(await tokenFor(suite.api, 'nc.officer1'));
    const clockNow = async () =>
      Date.parse(((await http().get('/sandbox/clock').set(officer).expect(200)).body as { now: string }).now);
    const opened = await http()
      .post('/cases')
      .set(officer)
      .send({
        origin: 'plan',
        summary: '沙盒培训',
        enterprise: { name: PARTY, creditCode: '91110108551385082Q', address: '南昌' },
      })
      .expect(201);
    const caseId = (opened.body as { id: string }).id;
    const start = await clockNow();
    await http()
      .post(`/cases/${caseId}/inspection`)
      .set(officer)
      .send({
        officers: ['nc.officer1', 'nc.officer2'],
        inspectedAt: new Date(start).toISOString(),
        place: '培训车间',
        unitRefusedToSign: false,
        findings: [
          { description: '培训隐患', severity: 'ordinary', legalBasis: '安全生产法 第41条', evidence: [] },
        ],
      })
      .expect(200);
    await http()
      .post(`/cases/${caseId}/rectification-order`)
      .set(officer)
      .send({
        deadline: new Date(start + 8 * 3600_000 + 3 * DAY_MS).toISOString().slice(0, 10),
        instructions: '整改',
      })
      .expect(200);
    const reinspect = async () =>
      ((await http().get(`/cases/${caseId}`).set(officer).expect(200)).body as { tasks: Task[] }).tasks.find(
        (t) => t.kind === 'reinspect',
      )!;
    const planned = await reinspect();
    expect(planned).toMatchObject({ overdue: false, escalationLevel: 0 });

    // The supervisor's part, in the browser: the banner, the clock control, and nothing of this case yet.
    const page = await as('nc.supervisor');
    await page.getByRole('region', { name: '培训沙盒' }).waitFor();
    expect(await page.getByRole('link', { name: PARTY }).count()).toBe(0);
    await screenshot(page, '10-sandbox-inbox-before');
    await suite.expectAccessible(page);

    const moveBy = async (duration: string) => {
      await page.getByLabel('前进时长').fill(duration);
      await page.getByRole('button', { name: '拨动时钟' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: /^北京时间 / })
        .waitFor();
    };
    // Past the due time first, then a day at a time until the officer's rung-1 wait (1 working day)
    // has run out: never far enough for the head's rung (3 more working days).
    const dueAt = Date.parse(planned.dueAt!);
    await moveBy(`PT${Math.ceil((dueAt + 3600_000 - (await clockNow())) / 1000)}S`);
    let task = await reinspect();
    for (let day = 0; task.escalationLevel < 1 && day < 8; day += 1) {
      await moveBy('P1D');
      // The worker fires the timer the clock passed; its projection reaches the read model shortly after.
      // (Moving on a day too early is harmless: the head's rung is 3 working days further.)
      const until = Date.now() + 5_000;
      do {
        await new Promise((r) => setTimeout(r, 300));
        task = await reinspect();
      } while (task.escalationLevel < 1 && Date.now() < until);
    }
    expect(task).toMatchObject({ overdue: true, escalationLevel: 1, escalatedTo: 'supervisor' });

    // The inbox refreshes itself after the clock moves: the task is there, overdue, marked with its rung.
    await page.reload();
    const row = page.locator('tr', { has: page.getByRole('link', { name: PARTY }) });
    await row.waitFor({ timeout: EVENTUALLY_TIMEOUT_MS });
    expect(await row.textContent()).toMatch(/已超期\d+天/);
    expect(await row.getByText('第1级 · 负责人').count()).toBe(1);
    await screenshot(page, '10-sandbox-inbox-after');
  });
});
