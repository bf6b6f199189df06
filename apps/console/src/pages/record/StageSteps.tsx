import { Steps } from 'antd';
import { term } from '../../lib/i18n';
import { useRecordText } from '../../lib/i18n-record';
import { STAGE_PATHS } from '../../lib/records';
import type { View } from './view';

/** The record's stage on its procedure's path; a side stage (逾期未整改 …) as a warning after it. */
export function StageSteps({ view }: { view: View }) {
  const t = useRecordText();
  const path = STAGE_PATHS[view.kind];
  let index = path.indexOf(view.stage);
  const items = path.map((s) => ({ title: term(s) }));
  let status: 'process' | 'error' | 'finish' = view.closedAt ? 'finish' : 'process';
  if (index < 0) {
    index = Math.max(0, view.kind === 'cases' && view.stage === 'escalated' ? 2 : path.length - 2);
    items.splice(index + 1, 0, { title: term(view.stage) });
    index += 1;
    status = 'error';
  }
  return (
    <Steps
      size="small"
      current={index}
      status={status}
      items={items}
      aria-label={t('stepsLabel')}
      style={{ marginBottom: 16 }}
    />
  );
}
