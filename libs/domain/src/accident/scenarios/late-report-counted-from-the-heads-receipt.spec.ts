import { lateReportFacts } from '../accident-penalties';
import { at, reported } from './fixtures';

const principal = {
  name: '王某',
  idNumber: '11010519491231002X',
  position: '总经理',
  lastYearIncomeFen: 36_000_000,
};
const minutes = (day: string, hour: number, minute: number) => at(day, hour) + minute * 60_000;

describe('story: a tower crane falls at 08:00 on Mon 14 Sep 2026 — the hour runs from the head’s receipt', () => {
  it('is in time when the head, told at 09:30, has the agency told at 10:20 (2 h 20 after the accident)', () => {
    const s = reported({
      occurredAt: at('2026-09-14', 8),
      unitHeadNotifiedAt: minutes('2026-09-14', 9, 30),
      reportedAt: minutes('2026-09-14', 10, 20),
      principal,
    });
    expect(s).toMatchObject({ lateReport: false, lateReportMeasuredFrom: 'unit_head_notified' });
  });

  it('is in time at exactly one hour after the receipt, late one minute later (第9条)', () => {
    const heard = minutes('2026-09-14', 9, 0);
    const onTheHour = reported({
      occurredAt: at('2026-09-14', 8),
      unitHeadNotifiedAt: heard,
      reportedAt: heard + 3600_000,
    });
    expect(onTheHour.lateReport).toBe(false);
    const late = reported({
      occurredAt: at('2026-09-14', 8),
      unitHeadNotifiedAt: heard,
      reportedAt: minutes('2026-09-14', 10, 1),
      principal,
    });
    expect(late.lateReport).toBe(true);
    // One duty (第9条) and one penalty provision (安全生产法 第110条), and the head's instant.
    const facts = lateReportFacts(late);
    expect(facts).toContain('单位负责人于 2026-09-14 09:00 接到现场报告');
    expect(facts).toContain('至 2026-09-14 10:01 才向应急管理部门报告，超过 1 小时（国务院令第493号 第9条）');
    expect(facts).toContain(
      '总经理 王某 作为单位主要负责人迟报事故，依照安全生产法 第110条，处上一年年收入（360000.00 元）60%至100%的罚款',
    );
    expect(facts).not.toContain('第35条');
  });

  it('counts from the accident when the head’s receipt is not known, and says so', () => {
    const s = reported({
      occurredAt: at('2026-09-14', 8),
      reportedAt: minutes('2026-09-14', 9, 10),
      principal,
    });
    expect(s).toMatchObject({ lateReport: true, lateReportMeasuredFrom: 'accident_time' });
    expect(lateReportFacts(s)).toContain('单位负责人接到现场报告的时间不详，自事故发生时起算');
  });
});
