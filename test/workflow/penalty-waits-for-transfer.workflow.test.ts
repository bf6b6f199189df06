import { WorkflowUpdateFailedError } from '@temporalio/client';
import {
  chinaDateOf,
  endOfChinaDay,
  startOfChinaDay,
  type CaseActor,
  type CaseCommand,
  type CaseOfficer,
  type PenaltyCommand,
  type TransferCommand,
} from '@safecase/domain';
import { workflowIds } from '@safecase/temporal';
import { penaltyCommand, penaltyStateQuery, transferCommand, transferStateQuery } from '@safecase/workflows';
import { randomUUID } from 'node:crypto';
import { eventually, startCase } from '../support/cases';
import { recordHistory } from '../support/histories';
import { timeSkippingSuite } from '../support/time-skipping';

/**
 * 行政处罚法 第27条 in the running system (issue #13): a penalty and a judicial transfer opened from the
 * same enforcement case. The penalty's statement and defence is recorded and reviewed, the defence
 * period runs out on the time-skipping server, and the decision is refused while the transfer is open
 * (the workflow asks the read model right before deciding); once the head refuses the transfer (it
 * closes), the same decision goes through.
 */
describe('a penalty decision waits for the transfer on the same facts (time-skipping)', () => {
  const suite = timeSkippingSuite();
  let officer1: CaseOfficer & CaseActor;
  let officer2: CaseOfficer & CaseActor;
  let supervisor: CaseActor;
  let head: CaseActor;

  beforeAll(async () => {
    officer1 = await suite.user('nc.officer1');
    officer2 = await suite.user('nc.officer2');
    supervisor = await suite.user('nc.supervisor');
    head = await suite.user('nc.head');
  });

  it('refuses the decision while the transfer is open and decides once it is closed', async () => {
    let d = chinaDateOf(await suite.env.currentTimeMs());
    while (!suite.calendar.isWorkingDay(d)) d = chinaDateOf(startOfChinaDay(d) + 36 * 3600_000);
    await suite.sleepUntil(startOfChinaDay(d) + 10 * 3600_000);

    const opened = await startCase(suite.env.client, suite.taskQueue, officer1);
    await opened.send(officer1, {
      type: 'record_inspection',
      officers: [officer1, officer2],
      inspectedAt: await suite.env.currentTimeMs(),
      place: '井下采区',
      findings: [
        {
          description: '停产期间组织井下作业',
          severity: 'major',
          legalBasis: '安全生产法 第65条',
          evidence: [{ kind: 'video', name: 'cam.mp4', sha256: 'e'.repeat(64) }],
        },
      ],
      unitRefusedToSign: false,
      refusalNote: null,
    } satisfies CaseCommand);
    await opened.send(officer1, { type: 'propose_penalty', dangerIds: ['D1'], summary: '建议罚款1万元' });
    const penaltyId = randomUUID();
    await opened.send(supervisor, { type: 'acknowledge_penalty_proposal', note: '同意立案', penaltyId });
    const transferId = randomUUID();
    await opened.send(officer1, {
      type: 'report_transfer',
      transferId,
      team: [officer1, officer2].map((o) => ({
        userId: o.userId,
        username: o.username,
        displayName: o.displayName,
      })),
      suspectedOffence: '危险作业罪 (刑法 第134条之一)',
      facts: '停产期间组织井下作业',
    });

    const penalty = suite.env.client.workflow.getHandle(workflowIds.penalty(penaltyId));
    const transfer = suite.env.client.workflow.getHandle(workflowIds.transfer(transferId));
    const act = (actor: CaseActor, command: PenaltyCommand) =>
      penalty.executeUpdate(penaltyCommand, { args: [{ actor, command }] });
    await eventually(async () =>
      expect((await penalty.query(penaltyStateQuery)).stage).toBe('investigating'),
    );
    await eventually(async () => {
      const [row] = await suite.own.db.query<{ stage: string }[]>(
        'SELECT stage FROM procedure WHERE id = $1',
        [transferId],
      );
      expect(row?.stage).toBe('reported');
    });

    const fine = {
      sanctions: ['fine' as const],
      fineFen: 1_000_000,
      facts: '停产期间组织作业',
      legalBasis: '安全生产法 第102条',
    };
    const today = async () => chinaDateOf(await suite.env.currentTimeMs());
    await act(officer1, { type: 'serve_notice', servedOn: await today(), ...fine });
    await act(officer2, {
      type: 'record_statement',
      receivedOn: await today(),
      form: 'oral',
      content: '已停止作业',
    });
    const noticed = await penalty.query(penaltyStateQuery);
    await suite.sleepUntil(endOfChinaDay(noticed.notice!.defenceEnds) + 10 * 3600_000);
    // The defence is reviewed before the case goes to decision.
    await expect(act(officer1, { type: 'submit_for_decision' })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    await act(supervisor, {
      type: 'review_statement',
      statementId: 'S1',
      adopted: '',
      notAdopted: '已停止作业',
      reasons: '检查时仍在作业，有视频为证',
    });
    await act(officer1, { type: 'submit_for_decision' });

    const refused = await act(head, { type: 'decide_penalty', ...fine }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(WorkflowUpdateFailedError);
    expect(String((refused as WorkflowUpdateFailedError).cause?.message)).toMatch(
      new RegExp(`a transfer on the same facts is open \\(${transferId}\\)`),
    );
    // A client cannot talk its way past the look-up: the workflow fills the field itself.
    await expect(act(head, { type: 'decide_penalty', ...fine, openTransfers: [] })).rejects.toBeInstanceOf(
      WorkflowUpdateFailedError,
    );
    expect((await penalty.query(penaltyStateQuery)).stage).toBe('deciding');

    await transfer.executeUpdate(transferCommand, {
      args: [
        {
          actor: head,
          command: {
            type: 'decide_transfer',
            approve: false,
            note: '不构成犯罪，不予移送',
          } satisfies TransferCommand,
        },
      ],
    });
    await eventually(async () => {
      expect((await transfer.query(transferStateQuery)).stage).toBe('closed');
      const [row] = await suite.own.db.query<{ closed_at: Date | null }[]>(
        'SELECT closed_at FROM procedure WHERE id = $1',
        [transferId],
      );
      expect(row?.closed_at).not.toBeNull();
    });
    const decided = await act(head, { type: 'decide_penalty', ...fine });
    expect(decided.stage).toBe('decided');
    expect(decided.documents[0]?.number).toMatch(/^洪应急罚〔\d{4}〕\d+号$/);
    // Beside the older penalty history (recorded before the transfer check's patch), this one replays
    // the look-up and the defence steps.
    if (process.env.RECORD_HISTORIES === '1')
      recordHistory('penalty-procedure-waits-for-transfer', await penalty.fetchHistory());
  });
});
