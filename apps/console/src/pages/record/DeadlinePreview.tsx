import { useQueries } from '@tanstack/react-query';
import { Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { api, unwrap } from '../../api/client';
import { useRecordText } from '../../lib/i18n-record';
import { problemMessage } from '../../lib/problem';
import { dayjs, formatDue } from '../../lib/time';

type NamePath = (string | number)[];

/**
 * The clocks a form's date or instant starts, by action and field: what the API's clock preview
 * (`GET /rules/{ruleId}/deadline`) then says, shown under the field before anything is submitted.
 */
const PREVIEWS: { action: RegExp; field: string; rules: string[] }[] = [
  { action: /\/rectification-order$/, field: 'deadline', rules: ['reinspection.due'] },
  { action: /\/rectification-report$/, field: 'receivedOn', rules: ['reinspection.due'] },
  { action: /\/extension-request$/, field: 'newDeadline', rules: ['reinspection.due'] },
  { action: /\/emergency-measures$/, field: 'takenAt', rules: ['emergency_measure.report'] },
  {
    action: /^\/penalties\/[^/]+\/notice$/,
    field: 'servedOn',
    rules: ['statement_defence.period', 'hearing.request'],
  },
  {
    action: /^\/penalties\/[^/]+\/service$/,
    field: 'servedOn',
    rules: ['payment.due', 'reconsideration.window', 'lawsuit.window'],
  },
  {
    action: /\/evidence\/[^/]+\/registration$/,
    field: 'registeredOn',
    rules: ['evidence_preservation.decision'],
  },
];

/** The previews of an action's fields: field name → the rulebook clocks its value starts. */
export function previewsFor(actionPath: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const p of PREVIEWS) if (p.action.test(actionPath)) out[p.field] = p.rules;
  return out;
}

/** The value of a date or instant picker as the preview's `from` (China wall-clock time). */
function fromOf(value: unknown, instant: boolean): string | null {
  if (!dayjs.isDayjs(value) || !value.isValid()) return null;
  return (value as Dayjs).format(instant ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD');
}

export function DeadlinePreview({
  field,
  rules,
  instant = false,
}: {
  field: NamePath;
  rules: string[];
  instant?: boolean;
}) {
  const t = useRecordText();
  const form = Form.useFormInstance();
  const from = fromOf(Form.useWatch(field, form), instant);
  const previews = useQueries({
    queries: rules.map((ruleId) => ({
      queryKey: ['clock-preview', ruleId, from],
      enabled: !!from,
      staleTime: 60_000,
      retry: false,
      queryFn: async () =>
        unwrap(
          await api.GET('/rules/{ruleId}/deadline', {
            params: { path: { ruleId }, query: { from: from! } },
          }),
        ),
    })),
  });
  if (!from) return null;
  return (
    <div className="deadline-preview" role="status" aria-label={t('preview.title')} style={{ marginTop: 4 }}>
      <Typography.Text type="secondary">{t('preview.title')}</Typography.Text>
      <ul style={{ margin: '2px 0 0', paddingLeft: 18 }}>
        {previews.map((p, i) => {
          const ruleId = rules[i]!;
          const name = t(`rules.${ruleId.replace(/\./g, '_')}`, { defaultValue: p.data?.name ?? ruleId });
          if (p.error)
            return <li key={ruleId}>{t('preview.unavailable', { reason: problemMessage(p.error) })}</li>;
          if (!p.data) return <li key={ruleId}>{t('preview.loading')}</li>;
          const d = p.data;
          return (
            <li key={ruleId} title={t('preview.citation', { citation: d.citation })}>
              {t('preview.due', { name, due: formatDue(d.dueAt, d.unit.endsWith('hours') ? null : d.due) })}
              {d.actBy && d.actBy !== d.due && <>；{t('actBy', { day: d.actBy })}</>}
              {d.rolledEnd && d.rolledEnd !== d.due && <>；{t('rolledEnd', { day: d.rolledEnd })}</>}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
