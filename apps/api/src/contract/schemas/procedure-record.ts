import { ACCIDENT_GRADES } from '@safecase/domain';
import {
  arr,
  bool,
  day,
  instant,
  int,
  json,
  nullable,
  obj,
  oneOf,
  ref,
  str,
  uuid,
  yuan,
} from '../schema-dsl';
import { PROCEDURE_KINDS } from './record-parts';

/** The sub-procedures (penalty, transfer, accident, rectification item): their list row and their page. */
const procedureSummaryFields = {
  id: uuid(),
  kind: oneOf(PROCEDURE_KINDS),
  workflowId: str(),
  caseId: nullable(uuid({ description: 'the enforcement case it belongs to' })),
  parentId: nullable(uuid({ description: 'the accident it belongs to' })),
  stage: str(),
  title: str(),
  party: obj({ name: str(), creditCode: nullable(str()) }),
  agencyId: uuid(),
  regionCode: str({ pattern: '^\\d{6}$' }),
  openedAt: instant(),
  closedAt: nullable(instant()),
  nextDueAt: nullable(instant()),
  escalationLevel: int(),
};
export const ProcedureSummary = obj(procedureSummaryFields);
export const ProcedureDetail = obj(
  {
    ...procedureSummaryFields,
    grade: oneOf(ACCIDENT_GRADES, { description: 'accidents only' }),
    level: str({ description: 'accidents only: the investigating level' }),
    lateReport: bool({ description: 'accidents only' }),
    lateReportMeasuredFrom: oneOf(['unit_head_notified', 'accident_time'], {
      description:
        'accidents only: the hour of 国务院令第493号 第9条 ran from the unit head’s receipt, or (not known) from the accident',
    }),
    owed: nullable(
      obj(
        {
          asOf: day(),
          fine: yuan(),
          surcharge: yuan({ description: '加处罚款: 3% of the fine a day, capped at the fine' }),
          surchargeDays: int({ minimum: 0 }),
          surchargeCapped: bool(),
          continuingFines: yuan(),
          total: yuan({ description: 'the sum a payment must match' }),
          missingCalendarYear: nullable(int({ description: 'set instead of the amounts' })),
        },
        {
          optional: ['fine', 'surcharge', 'surchargeDays', 'surchargeCapped', 'continuingFines', 'total'],
          description: 'penalties only: what the party owes today; null when nothing is owed',
        },
      ),
    ),
    children: arr(ref('ProcedureSummary')),
    rulebookVersion: nullable(str()),
    state: json(
      'the procedure’s facts (instants ISO 8601 +08:00, money yuan strings); its shape is the procedure’s',
    ),
    tasks: arr(ref('Task')),
    documents: arr(ref('Document')),
    timeline: arr(ref('TimelineEvent')),
    availableActions: arr(ref('AvailableAction'), {
      description: 'for the calling user, each action of the current stage (from the definition)',
    }),
  },
  { optional: ['grade', 'level', 'lateReport', 'lateReportMeasuredFrom', 'owed'] },
);
