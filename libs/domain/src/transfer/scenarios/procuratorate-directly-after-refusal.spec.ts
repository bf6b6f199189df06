import { decideTransfer } from './fixtures';
import { onDay } from '../../spec-support';
import { HEAD, OFFICER, reportedOn, step, TRANSFER_PACKAGE } from './fixtures';

describe('story: the police refuse on 6 November 2026; the agency goes to the procuratorate at once (第9条)', () => {
  let s = reportedOn('2026-11-02');
  s = step(s, { type: 'decide_transfer', approve: true, note: '同意移送' }, HEAD, '2026-11-03');
  s = step(
    s,
    { type: 'record_sending', sentOn: '2026-11-03', package: TRANSFER_PACKAGE },
    OFFICER,
    '2026-11-03',
    15,
  );
  s = step(
    s,
    { type: 'record_police_decision', filed: false, on: '2026-11-06', note: '不予立案' },
    OFFICER,
    '2026-11-06',
  );

  it('may skip the reconsideration: supervision requested on 9 November straight after the refusal', () => {
    expect(s.stage).toBe('police_refused');
    expect(() =>
      decideTransfer(
        s,
        { type: 'request_procuratorate_supervision', on: '2026-11-05' },
        OFFICER,
        onDay('2026-11-09'),
      ),
    ).toThrow('2026-11-06');
    const asked = step(
      s,
      { type: 'request_procuratorate_supervision', on: '2026-11-09' },
      OFFICER,
      '2026-11-09',
    );
    expect(asked).toMatchObject({
      stage: 'procuratorate_requested',
      reconsideration: null,
      procuratorate: { requestedOn: '2026-11-09', outcome: null },
    });
    expect(asked.documents.at(-1)?.type).toBe('procuratorate_supervision_request');

    const filed = step(
      asked,
      {
        type: 'record_procuratorate_outcome',
        policeFiled: true,
        on: '2026-11-20',
        note: '检察院通知公安机关立案',
      },
      OFFICER,
      '2026-11-20',
    );
    expect(filed).toMatchObject({ stage: 'police_filed', policeFiledOn: '2026-11-20' });
  });

  it('asks only once: after the procuratorate, no second request', () => {
    const asked = step(
      s,
      { type: 'request_procuratorate_supervision', on: '2026-11-09' },
      OFFICER,
      '2026-11-09',
    );
    const refused = step(
      asked,
      { type: 'record_procuratorate_outcome', policeFiled: false, on: '2026-11-20', note: '维持' },
      OFFICER,
      '2026-11-20',
    );
    expect(() =>
      decideTransfer(
        refused,
        { type: 'request_procuratorate_supervision', on: '2026-11-21' },
        OFFICER,
        onDay('2026-11-21'),
      ),
    ).toThrow('already');
  });
});
