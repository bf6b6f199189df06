import { Alert, Card, Timeline, Typography } from 'antd';
import { eventText } from '../../lib/i18n';
import { useRecordText } from '../../lib/i18n-record';
import { RECORD_KINDS } from '../../lib/records';
import { PersonName } from '../../lib/people';
import { formatInstant } from '../../lib/time';
import type { View } from './view';

/** What a person wrote with the event (a reviewer's opinion, a note, a reason), to be read as written. */
function said(details: unknown): string | null {
  if (!details || typeof details !== 'object') return null;
  const d = details as Record<string, unknown>;
  for (const k of ['opinion', 'note', 'reason']) if (typeof d[k] === 'string' && d[k]) return d[k] as string;
  return null;
}

/** The key events in a few lines, beside the full timeline: reminders and clock ticks left out. */
export function Narrative({ view }: { view: View }) {
  const t = useRecordText();
  const procedure = RECORD_KINDS[view.kind].noun;
  const events = view.timeline.filter((e) => !/reminder|reminded|escalat|clock_/.test(e.type)).slice(-8);
  return (
    <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('narrative.title')}</h2>}>
      {events.length ? (
        <Timeline
          items={events.map((e) => ({
            key: e.seq,
            content: (
              <div>
                <strong>{eventText(procedure, e.type)}</strong>
                <div>
                  <Typography.Text type="secondary">
                    {formatInstant(e.at)} ·{' '}
                    {e.actor ? <PersonName username={e.actor} role={e.role} /> : t('narrative.system')}
                  </Typography.Text>
                </div>
                {said(e.details) && (
                  <blockquote
                    style={{
                      margin: '4px 0 0',
                      paddingLeft: 8,
                      borderLeft: '3px solid #d9d9d9',
                      color: '#262626',
                    }}
                  >
                    {said(e.details)}
                  </blockquote>
                )}
              </div>
            ),
          }))}
        />
      ) : (
        <Alert type="info" title={t('narrative.empty')} />
      )}
    </Card>
  );
}
