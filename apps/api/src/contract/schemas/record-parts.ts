import { bool, day, instant, int, json, nullable, obj, oneOf, str, uuid } from '../schema-dsl';

/** The parts every record shows: its tasks, its numbered documents, its timeline. */
export const PROCEDURE_KINDS = ['penalty', 'transfer', 'accident', 'rectification_item'] as const;

export const Task = obj(
  {
    caseId: uuid({ description: 'the record the task belongs to' }),
    procedure: oneOf(['enforcement', ...PROCEDURE_KINDS]),
    key: str({ description: 'stable within the record' }),
    kind: str(),
    title: str({ description: 'in the reader’s language (Accept-Language)' }),
    assigneeRole: str(),
    subject: nullable(str()),
    dated: bool({ description: 'whether a clock runs (dueAt set); undated decisions come after the dated' }),
    dueAt: nullable(instant({ description: 'overdue after this instant' })),
    dueDate: nullable(day()),
    due: nullable(
      day({
        description:
          'the day the task falls due (docs/domain.md §2.4): party-side the rolled end, the last day the party’s act is accepted; agency-side and caps the un-rolled last day; overdue after it',
      }),
    ),
    actBy: nullable(
      day({
        description: 'agency-side: the last working day on or before `due`; reminders count back from it',
      }),
    ),
    rolledEnd: nullable(
      day({ description: 'the end rolled past rest days, as information, where it differs from `due`' }),
    ),
    remindAt: nullable(instant()),
    reminded: bool(),
    overdue: bool(),
    escalationLevel: int({
      minimum: 0,
      description:
        'the rung reached: 0 none (the assignee), 1 the first rung, 2 the second (escalatedTo names it)',
    }),
    escalatedTo: nullable(str()),
    rule: nullable(str({ description: 'the rulebook clock, e.g. reinspection.window' })),
    source: nullable(str({ description: 'legal source of the clock' })),
    provisional: nullable(
      obj({ missingCalendarYear: int() }, { description: 'due day in a year not loaded: not guessed' }),
    ),
    paused: bool(),
    enterpriseName: str(),
  },
  { optional: ['enterpriseName'] },
);

export const Document = obj({
  number: nullable(
    str({ example: '洪应急责改〔2026〕7号', description: 'null: a document without a number (听证笔录)' }),
  ),
  type: str(),
  name: str({ example: '责令限期整改指令书', description: 'the document’s name in the reader’s language' }),
  key: str(),
  seq: int(),
  issuedAt: instant(),
});
export const IssuedDocument = obj({
  number: str({ example: '洪应急责改〔2026〕7号' }),
  type: str({ example: 'rectification_order' }),
  name: str({ example: '责令限期整改指令书', description: 'the document’s name in the reader’s language' }),
  key: str({ example: 'rectification_order' }),
});

export const TimelineEvent = obj({
  seq: int({ minimum: 1 }),
  type: str(),
  at: instant(),
  actor: nullable(str()),
  role: nullable(str()),
  details: json('the event’s facts'),
});
