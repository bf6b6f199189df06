import type { YearArrangement } from './work-calendar';
import { addDays, type IsoDate } from './iso-date';

function span(first: IsoDate, last: IsoDate, name: string): { date: IsoDate; name: string }[] {
  const days = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push({ date: d, name });
  return days;
}

/** The 2026 arrangement as docs/domain.md §2 states it (State Council notice of late 2025), for specs. */
export const ARRANGEMENT_2026: YearArrangement = {
  year: 2026,
  holidays: [
    ...span('2026-01-01', '2026-01-03', '元旦'),
    ...span('2026-02-15', '2026-02-23', '春节'),
    ...span('2026-04-04', '2026-04-06', '清明节'),
    ...span('2026-05-01', '2026-05-05', '劳动节'),
    ...span('2026-06-19', '2026-06-21', '端午节'),
    ...span('2026-09-25', '2026-09-27', '中秋节'),
    ...span('2026-10-01', '2026-10-07', '国庆节'),
  ],
  makeupWorkdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'].map(
    (date) => ({ date, name: '调休补班' }),
  ),
};
