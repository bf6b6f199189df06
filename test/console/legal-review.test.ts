import type { Page } from 'playwright-core';
import { bearer, tokenFor } from '../support/auth';
import { aMinuteBefore, eventually } from '../support/cases';
import { consoleSuite, screenshot, submitDialog } from './browser';

const PARTY = '南昌某建材有限公司';
const OPINION = '处罚依据引用不全，请补充安全生产法 第110条的具体情形后重新提交';

/**
 * The legal reviewer's story of issue #14: a major decision (a complex case, so 法制审核 is required,
 * 行政处罚法 第58条) is returned with a written opinion, the officer reads it and resubmits, and the
 * reviewer passes it. On the sandbox (time-skipping server), so the statement period can run out.
 */
describe('a legal reviewer returns a decision with an opinion, then passes it', () => {
  const suite = consoleSuite({ sandbox: { sandboxAdvanceAnswerMs: 120_000 }, fixtureYears: true });
  const { as, http } = suite;

  it('returns it, the officer sees the opinion and resubmits, the reviewer passes it', async () => {
    // Up to the notice over HTTP: a complex case (review required), the statement period then run out.
    const officer = bearer(await tokenFor(suite.api, 'nc.officer1'));
    const supervisor = bearer(await tokenFor(suite.api, 'nc.supervisor'));
    const now = async () =>
      ((await http().get('/sandbox/clock').set(officer).expect(200)).body as { now: string }).now;
    const today = async () =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(Date.parse(await now()));
    const opened = await http()
      .post('/penalties')
      .set(officer)
      .send({
        party: 'unit',
        partyName: PARTY,
        creditCode: '91110108551385082Q',
        facts: '未按规定开展隐患排查',
      })
      .expect(201);
    const id = (opened.body as { id: string }).id;
    await http()
      .post(`/penalties/${id}/filing-decision`)
      .set(supervisor)
      .send({ approve: true, note: '同意立案', complex: true, actOn: await today() })
      .expect(200);
    await http()
      .post(`/penalties/${id}/notice`)
      .set(officer)
      .send({
        service: {
          method: 'direct',
          receiver: '王五（总经理）',
          servedAt: new Date(aMinuteBefore(Date.parse(await now()))).toISOString(),
        },
        sanctions: ['fine'],
        fine: '20000.00',
        facts: '未按规定开展隐患排查',
        legalBasis: '安全生产法 第101条',
      })
      .expect(200);
    await http().post('/sandbox/clock').set(supervisor).send({ advance: 'P10D' }).expect(200);
    const stage = async () =>
      ((await http().get(`/penalties/${id}`).set(officer).expect(200)).body as { stage: string }).stage;

    const record = `${suite.baseUrl}/console/records/penalties/${id}`;
    const submit = async (page: Page) => {
      await page.goto(record);
      await page.getByRole('button', { name: '提交审查决定' }).click();
      const dialog = page.getByRole('dialog');
      await submitDialog(dialog);
      await eventually(async () => expect(await stage()).toBe('in_review'));
    };
    const review = async (page: Page, passed: boolean, opinion: string) => {
      await page.goto(record);
      await page.getByRole('button', { name: '法制审核' }).click();
      const dialog = page.getByRole('dialog');
      if (passed) await dialog.getByRole('checkbox', { name: '审核通过' }).check();
      await dialog.getByLabel('审核意见').fill(opinion);
      return dialog;
    };

    const handler = await as('nc.officer1');
    await submit(handler);

    // The reviewer returns it, in words.
    const reviewer = await as('nc.reviewer');
    const returning = await review(reviewer, false, OPINION);
    await screenshot(reviewer, '20-legal-review-return');
    await suite.expectAccessible(reviewer);
    await submitDialog(returning);
    await eventually(async () => expect(await stage()).toBe('notified'));

    // The officer reads the opinion on the record and submits again.
    await handler.goto(record);
    await handler.getByText(OPINION).first().waitFor();
    await screenshot(handler, '21-officer-sees-opinion');
    await suite.expectAccessible(handler);
    await submit(handler);

    // The reviewer passes it: the case moves on to the decision.
    const passing = await review(reviewer, true, '事实清楚，依据充分，同意');
    await submitDialog(passing);
    await eventually(async () => expect(await stage()).toBe('deciding'));
    await reviewer.reload();
    await reviewer.getByText('事实清楚，依据充分，同意').first().waitFor();
    await screenshot(reviewer, '22-legal-review-passed');
  });
});
