import { decidePenalty } from '../penalty-decide';
import { at, calendar, intended, OFFICER, opened, refusal, run, SUPERVISOR } from './fixtures';

/**
 * The notice of an intended ¥80,000 fine is posted on Monday 28 September 2026 and its return
 * receipt is dated Tuesday 29 September. The statement-and-defence (3 working days) and the hearing
 * request (5 working days) are the party's periods: they count from the receipt day, across National
 * Day (1–7 October) and the make-up Saturday of 10 October (行政处罚法 第61条, 第64条, 第85条).
 */
describe('story: a notice of intended penalty posted on 28 September 2026, received on the 29th', () => {
  const filed = () =>
    run(opened(), [[{ type: 'decide_filing', approve: true, note: '同意立案' }, SUPERVISOR, '2026-09-21']]);
  const posted = {
    type: 'serve_notice' as const,
    ...intended,
    service: {
      method: 'mail' as const,
      receiver: '某化工有限公司收发室',
      servedAt: at('2026-09-28'),
      receiptDate: '2026-09-29',
    },
  };

  it('counts the defence and the hearing request from the receipt day, not the posting day', () => {
    const s = run(filed(), [[posted, OFFICER, '2026-09-30']]);
    expect(s.notice).toMatchObject({
      servedOn: '2026-09-28',
      service: { method: 'mail', effectiveOn: '2026-09-29', receiptDate: '2026-09-29' },
      // 30 Sep, 8 Oct, 9 Oct: three working days after the 29th.
      defenceEnds: '2026-10-09',
      // 30 Sep, 8, 9, 10 (make-up Saturday) and 12 Oct.
      hearingRequestEnds: '2026-10-12',
    });
  });

  it('issues the 送达回证 as a numbered document naming the notice it proves', () => {
    const events = decidePenalty(filed(), posted, OFFICER, at('2026-09-30'), calendar);
    const receipt = events.find((e) => e.type === 'service_receipt_issued');
    expect(receipt).toMatchObject({
      servedDocument: { key: 'penalty_notice', type: 'penalty_notice' },
      service: { method: 'mail', receiver: '某化工有限公司收发室', effectiveOn: '2026-09-29' },
      documents: [{ key: 'receipt:penalty_notice', type: 'service_receipt' }],
    });
    const s = run(filed(), [[posted, OFFICER, '2026-09-30']]);
    expect(s.documents.map((d) => [d.key, d.type])).toEqual([
      ['filing_approval', 'filing_approval'],
      ['penalty_notice', 'penalty_notice'],
      ['receipt:penalty_notice', 'service_receipt'],
    ]);
  });

  it('refuses a notice without its service record, and one served in the future', () => {
    const { service: _s, ...bare } = posted;
    expect(refusal(filed(), bare, OFFICER, '2026-09-30')).toMatch(/service record/);
    const ahead = {
      ...posted,
      service: { ...posted.service, servedAt: at('2026-10-08'), receiptDate: '2026-10-09' },
    };
    expect(refusal(filed(), ahead, OFFICER, '2026-09-30')).toMatch(/servedAt/);
  });
});
