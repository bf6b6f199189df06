import { decide } from './fixtures';
import { openTasks } from '../case-tasks';
import { act, at, inspectionWith, OFFICER_1, OFFICER_2, openedCase } from './fixtures';

describe('story: hidden dangers found, order issued, rectified, closed out at the re-inspection', () => {
  it('walks inspection → order → report → re-inspection → closed, each step with its task and document', () => {
    let s = openedCase('2026-03-02');
    expect(s.stage).toBe('opened');
    expect(openTasks(s).map((t) => t.kind)).toEqual(['record_inspection']);

    s = act(s, inspectionWith(['ordinary', 'major'], at('2026-03-03')), OFFICER_2, at('2026-03-03', 11));
    expect(s.stage).toBe('inspected');
    expect(s.dangers.map((d) => [d.id, d.severity, d.status])).toEqual([
      ['D1', 'ordinary', 'open'],
      ['D2', 'major', 'open'],
    ]);
    expect(s.handlers).toEqual(['officer-1', 'officer-2']);
    expect(openTasks(s).map((t) => t.kind)).toEqual(['issue_order']);

    s = act(
      s,
      { type: 'issue_order', deadline: '2026-03-20', instructions: 'fix both', correctedOnSite: ['D1'] },
      OFFICER_1,
      at('2026-03-03', 15),
    );
    expect(s.stage).toBe('rectifying');
    expect(s.dangers.map((d) => d.status)).toEqual(['corrected_on_site', 'open']);
    expect(openTasks(s).map((t) => t.key)).toEqual(['reinspect:2026-03-20']);

    // The unit reports early: the re-inspection window now runs from the report.
    s = act(
      s,
      { type: 'record_rectification_report', receivedOn: '2026-03-10', note: 'done' },
      OFFICER_1,
      at('2026-03-10'),
    );
    expect(openTasks(s).map((t) => t.key)).toEqual(['reinspect:2026-03-10']);

    s = act(
      s,
      { type: 'record_reinspection', results: [{ dangerId: 'D2', rectified: true, note: 'guard fitted' }] },
      OFFICER_2,
      at('2026-03-12'),
    );
    expect(s.stage).toBe('closed');
    expect(s.closure?.reason).toBe('rectified');
    expect(s.dangers.map((d) => d.status)).toEqual(['corrected_on_site', 'closed_out']);
    expect(openTasks(s)).toEqual([]);
    expect(s.documents.map((d) => d.type)).toEqual([
      'inspection_record',
      'rectification_order',
      'reinspection_opinion',
    ]);
    expect(() => decide(s, { type: 'close_case', note: 'again' }, OFFICER_1, at('2026-03-13'))).toThrow(
      'closed',
    );
  });

  it('closes at once when the inspection finds nothing', () => {
    const s = act(
      openedCase('2026-03-02'),
      inspectionWith([], at('2026-03-02')),
      OFFICER_1,
      at('2026-03-02', 12),
    );
    expect(s.stage).toBe('closed');
    expect(s.closure?.reason).toBe('no_findings');
    expect(s.documents.map((d) => d.type)).toEqual(['inspection_record']);
  });
});
