import { patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { EnforcementCaseActivities, ProjectCaseInput } from './enforcement-case.activities';
import type { IssuedDocument } from './enforcement-case.messages';
import type { ProcedureActivities, ProjectProcedureInput } from './procedure.activities';

/**
 * The projection (workflow → read model) as a local activity (issue #16 §1): it runs in the worker
 * that holds the workflow task, with no activity task through the server, so an officer's action is
 * answered one server round trip sooner. Its retry semantics hold there: the activity is idempotent by
 * (record, seq), so running it again after a lost workflow task writes nothing twice and returns the same
 * document numbers; retries back off up to a minute as before, the longer ones on a durable timer.
 *
 * The trade-off: a local activity's effect commits before the workflow task that decided it is in the
 * history. If that task is lost (the worker dies, as in test/drills/worker-killed), the next worker
 * decides again from the last recorded task: the same command on the same state gives the same events
 * at the same seq, which the projection skips as written, so the read model keeps the first run's
 * instants for them. An ordinary activity's input is in the history before it runs.
 *
 * Histories recorded before carry an ordinary activity there, so the local one is behind a patch:
 * they replay as recorded, and every projection after the marker is local.
 */
export const PROJECTION_LOCAL_ACTIVITY = 'projection-local-activity';

const options = { startToCloseTimeout: '1 minute', retry: { maximumInterval: '1 minute' } } as const;

type Projections = Pick<EnforcementCaseActivities, 'projectCase'> &
  Pick<ProcedureActivities, 'projectProcedure'>;
const remote = proxyActivities<Projections>(options);
const local = proxyLocalActivities<Projections>(options);

export function projectCase(input: ProjectCaseInput): Promise<{ documents: IssuedDocument[] }> {
  return patched(PROJECTION_LOCAL_ACTIVITY) ? local.projectCase(input) : remote.projectCase(input);
}

export function projectProcedure(input: ProjectProcedureInput): Promise<{ documents: IssuedDocument[] }> {
  return patched(PROJECTION_LOCAL_ACTIVITY) ? local.projectProcedure(input) : remote.projectProcedure(input);
}
