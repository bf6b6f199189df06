import {
  chinaDateOf,
  RULEBOOK_2026_V1,
  startOfChinaDay,
  type CaseActor,
  type CaseCommand,
  type CaseOfficer,
  type Role,
} from '@safecase/domain';
import { DEMO_AGENCIES } from '@safecase/persistence';
import {
  caseCommand,
  caseSynced,
  type EnforcementCaseInput,
  type enforcementCaseWorkflow,
} from '@safecase/workflows';
import { workflowIds } from '@safecase/temporal';
import type { Client } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { EVENTUALLY_TIMEOUT_MS } from './timeouts';

/** A demo user as the workflow sees an actor or an inspecting officer. */
export async function demoActor(db: DataSource, username: string): Promise<CaseOfficer & CaseActor> {
  const [u] = await db.query<
    {
      id: string;
      username: string;
      display_name: string;
      agency_id: string;
      roles: Role[];
      certificate_no: string | null;
    }[]
  >('SELECT id, username, display_name, agency_id, roles, certificate_no FROM app_user WHERE username = $1', [
    username,
  ]);
  if (!u) throw new Error(`no demo user ${username}`);
  return {
    userId: u.id,
    username: u.username,
    displayName: u.display_name,
    agencyId: u.agency_id,
    roles: u.roles,
    certificateNo: u.certificate_no,
  };
}

export function caseInput(caseId: string, openedBy: CaseActor): EnforcementCaseInput {
  const nanchang = DEMO_AGENCIES[1];
  return {
    caseId,
    agencyId: nanchang.id,
    regionCode: nanchang.regionCode,
    docPrefix: nanchang.docPrefix,
    origin: 'plan',
    enterprise: { name: '南昌某化工有限公司', creditCode: '91110108551385082Q', address: '南昌市青山湖区' },
    summary: 'annual plan inspection',
    openedBy,
    rulebook: RULEBOOK_2026_V1,
    searchAttributes: false,
  };
}

/** Polls until `check` passes (the read model is written by activities, a moment after the fact). */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = EVENTUALLY_TIMEOUT_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

/** Starts a case's workflow directly (workflow tests), waits until it is in the read model. */
export async function startCase(
  client: Client,
  taskQueue: string,
  openedBy: CaseActor,
  options: Partial<EnforcementCaseInput> = {},
) {
  const caseId = randomUUID();
  const handle = await client.workflow.start<typeof enforcementCaseWorkflow>('enforcementCaseWorkflow', {
    workflowId: workflowIds.enforcementCase(caseId),
    taskQueue,
    args: [{ ...caseInput(caseId, openedBy), ...options }],
  });
  await handle.executeUpdate(caseSynced);
  const send = (actor: CaseActor, command: CaseCommand) =>
    handle.executeUpdate(caseCommand, { args: [{ actor, command }] });
  return { caseId, handle, send };
}

/**
 * A minute before `nowMs`, an instant the workflow has passed, but never before the start of its China
 * day: at 00:00:30 北京时间 a minute ago is yesterday, before a filing or decision made today.
 */
export function aMinuteBefore(nowMs: number): number {
  return Math.max(nowMs - 60_000, startOfChinaDay(chinaDateOf(nowMs)));
}
