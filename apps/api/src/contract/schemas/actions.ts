import { arr, bool, int, obj, oneOf, ref, str, uuid } from '../schema-dsl';
import { ACTION_REFUSALS } from '../../procedures/available-actions';

/** What a user may do on a record, and what an action answers. */
export const AvailableAction = obj(
  {
    id: str({ description: 'the action: its path under the record', example: 'rectification-order' }),
    command: str({ description: 'the command it sends', example: 'issue_order' }),
    label: str({
      description: 'in the request’s language (Accept-Language)',
      example: '下达责令限期整改指令书',
    }),
    method: oneOf(['POST']),
    path: str({
      description: 'sub-records as a template, e.g. /cases/…/measures/{measureId}/decision',
      example: '/cases/0f8c…/rectification-order',
    }),
    allowed: bool({ description: 'whether this user may take it now (its own checks still apply)' }),
    reason: oneOf(ACTION_REFUSALS, {
      description: 'why not: role, four_eyes (not the proposer or a handler), not_handler, not_chair',
    }),
    message: str({
      description:
        'why not, in the request’s language (Chinese by default, English with Accept-Language: en)',
      example: '您不是本案的承办人员',
    }),
  },
  {
    optional: ['reason', 'message'],
    description:
      'one action of the current stage, for the calling user; one with nothing to act on (no measure to lift) is left out',
  },
);

/**
 * The answer of every action (cases, penalties, transfers, accidents, rectification items): what the
 * action did and what the caller may do next. The record itself is one GET away.
 */
export const ActionAnswer = obj(
  {
    id: uuid({ description: 'the record the action was taken on' }),
    stage: str({ description: 'the record’s stage after the action' }),
    seq: int({ minimum: 1, description: 'the record’s sequence number after the action' }),
    documents: arr(ref('IssuedDocument'), { description: 'the numbered documents this action issued' }),
    availableActions: arr(ref('AvailableAction'), {
      description: 'what the caller may do now, as on the record’s page',
    }),
  },
  {
    description: 'An action taken: its result, and the actions of the stage it left the record in',
    example: {
      id: '0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f',
      stage: 'rectifying',
      seq: 3,
      documents: [
        {
          number: '洪应急责改〔2026〕7号',
          type: 'rectification_order',
          name: '责令限期整改指令书',
          key: 'rectification_order',
        },
      ],
      availableActions: [
        {
          id: 'reinspection',
          command: 'record_reinspection',
          label: '记录整改复查',
          method: 'POST',
          path: '/cases/0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f/reinspection',
          allowed: true,
        },
      ],
    },
  },
);

export const RecordPending = obj(
  { id: uuid(), recordPending: bool({ enum: [true] }) },
  {
    description: 'accepted; the record is still being written (it exists already): read it again shortly',
    example: { id: '0f8c2d4e-5b6a-4c7d-8e9f-0a1b2c3d4e5f', recordPending: true },
  },
);
