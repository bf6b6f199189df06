import { WorkflowFailedError, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import { ActivityFailure, ApplicationFailure } from '@temporalio/common';
import { RULEBOOK_2026_V1, type CaseActor, type CaseOfficer } from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import {
  caseSynced,
  PROCEDURE_INPUT_UNUSABLE,
  PROJECTION_REFUSED,
  procedureSynced,
  type EnforcementCaseInput,
  type enforcementCaseWorkflow,
  type penaltyProcedureWorkflow,
} from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { caseInput } from '../support/cases';
import { timeSkippingSuite } from '../support/time-skipping';

/**
 * Defence in depth (issue #12): a workflow started with data the read model can never hold (a NUL
 * byte, a missing NOT NULL field) fails at once with a typed failure, instead of retrying its
 * projection forever; the create's sync update learns it too.
 */
jest.setTimeout(120_000);

describe('a workflow whose input the read model refuses', () => {
  const suite = timeSkippingSuite();
  let officer: CaseOfficer & CaseActor;

  beforeAll(async () => {
    officer = await suite.user('nc.officer1');
  });

  /** The workflow's failure: typed, caused by the activity's non-retryable refusal, on its first attempt. */
  async function expectUnusable(handle: WorkflowHandle, sqlStates: string[]) {
    const error: unknown = await handle.result().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(WorkflowFailedError);
    const failure = (error as WorkflowFailedError).cause;
    expect(failure).toBeInstanceOf(ApplicationFailure);
    expect((failure as ApplicationFailure).type).toBe(PROCEDURE_INPUT_UNUSABLE);
    const activity = (failure as ApplicationFailure).cause;
    expect(activity).toBeInstanceOf(ActivityFailure);
    const refusal = (activity as ActivityFailure).cause as ApplicationFailure;
    expect(refusal.type).toBe(PROJECTION_REFUSED);
    expect(refusal.nonRetryable).toBe(true);
    expect(sqlStates).toContain((refusal.details?.[0] as { sqlState: string }).sqlState);
    // One attempt only: the history holds a single ActivityTaskStarted for the projection.
    const { events } = await handle.fetchHistory();
    const attempts = (events ?? []).filter((e) => e.activityTaskStartedEventAttributes);
    expect(attempts.map((e) => e.activityTaskStartedEventAttributes!.attempt)).not.toContain(2);
  }

  async function startCase(input: Partial<EnforcementCaseInput>) {
    const caseId = randomUUID();
    const handle = await suite.env.client.workflow.start<typeof enforcementCaseWorkflow>(
      'enforcementCaseWorkflow',
      {
        workflowId: workflowIds.enforcementCase(caseId),
        taskQueue: suite.taskQueue,
        args: [{ ...caseInput(caseId, officer), ...input }],
      },
    );
    return { caseId, handle };
  }

  it('a case with a NUL byte in its summary fails typed, and its sync update says why', async () => {
    const { caseId, handle } = await startCase({ summary: '群众\u0000举报' });
    const synced = await handle.executeUpdate(caseSynced).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(synced).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(((synced as WorkflowUpdateFailedError).cause as ApplicationFailure).type).toBe(
      PROCEDURE_INPUT_UNUSABLE,
    );
    // 22021: a NUL in a text column; 22P05: \u0000 in jsonb.
    await expectUnusable(handle, ['22021', '22P05']);
    const rows = await suite.own.db.query('SELECT id FROM enforcement_case WHERE id = $1', [caseId]);
    expect(rows).toEqual([]);
  });

  it('a case without its enterprise’s name fails typed (NOT NULL)', async () => {
    const { handle } = await startCase({
      enterprise: {} as EnforcementCaseInput['enterprise'],
    });
    await expectUnusable(handle, ['23502']);
  });

  it('a penalty with a NUL byte in its facts fails typed', async () => {
    const penaltyId = randomUUID();
    const handle = await suite.env.client.workflow.start<typeof penaltyProcedureWorkflow>(
      'penaltyProcedureWorkflow',
      {
        workflowId: workflowIds.penalty(penaltyId),
        taskQueue: suite.taskQueue,
        args: [
          {
            parentWorkflowId: null,
            searchAttributes: false,
            opening: {
              penaltyId,
              caseId: null,
              agencyId: officer.agencyId,
              regionCode: '360100',
              docPrefix: '洪应急',
              party: 'individual',
              partyName: '张\u0000某',
              creditCode: null,
              facts: '违章作业',
              majorHiddenDanger: false,
              rulebook: RULEBOOK_2026_V1,
            },
            proposedBy: { userId: officer.userId, username: officer.username },
            handlers: [],
          },
        ],
      },
    );
    const synced = await handle.executeUpdate(procedureSynced).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(synced).toBeInstanceOf(WorkflowUpdateFailedError);
    await expectUnusable(handle, ['22021', '22P05']);
  });
});
