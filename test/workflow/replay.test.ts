import { Worker } from '@temporalio/worker';
import { WORKFLOW_BUNDLE_PATH } from '../support/environment';
import { recordedHistories } from '../support/histories';

/**
 * Histories recorded from real runs (`RECORD_HISTORIES=1 npm test -- --selectProjects workflow`)
 * replay against today's workflow code: a change that would break running cases fails here. Such a
 * change needs `patched()` and a newly recorded history beside the old ones, never a re-recording alone.
 */
const histories = recordedHistories();

describe('recorded histories replay deterministically', () => {
  it('has histories to replay', () => {
    expect(histories.length).toBeGreaterThanOrEqual(2);
  });

  it.each(histories.map((h) => [h.name, h] as const))(
    '%s',
    async (name, { history }) => {
      await expect(
        Worker.runReplayHistory({ workflowBundle: { codePath: WORKFLOW_BUNDLE_PATH } }, history, name),
      ).resolves.toBeUndefined();
    },
    60_000,
  );
});
