import { Card, Descriptions, Tag } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { term } from '../../lib/i18n';
import { PersonName } from '../../lib/people';
import { useRecordText } from '../../lib/i18n-record';
import { formatInstant } from '../../lib/time';
import { TaskDue, DueTag } from './Due';
import type { View } from './view';

/** At most seven facts an officer needs first: party, stage, next deadline, task, handlers … */
export function Summary({ view, now }: { view: View; now: number }) {
  const t = useRecordText();
  const { t: shell } = useTranslation();
  const nextTask = view.tasks.find((k) => k.dueAt) ?? view.tasks[0];
  const items: { label: string; children: React.ReactNode }[] = [
    { label: t('summary.party'), children: view.party },
    {
      label: t('summary.stage'),
      children: <Tag color={view.closedAt ? 'default' : '#0958d9'}>{term(view.stage)}</Tag>,
    },
    {
      label: t('summary.nextDue'),
      children:
        nextTask?.dueAt && nextTask.dueAt === view.nextDueAt ? (
          <TaskDue task={nextTask} now={now} />
        ) : (
          <DueTag dueAt={view.nextDueAt} now={now} overdue={nextTask?.overdue} />
        ),
    },
    {
      label: t('summary.task'),
      children: nextTask ? `${nextTask.title}（${term(nextTask.assigneeRole)}）` : '—',
    },
    {
      label: t('summary.handlers'),
      children: view.handlers.length ? (
        <span data-testid="handlers">
          {view.handlers.map((h, i) => (
            <Fragment key={h.id ?? h.username ?? i}>
              {i > 0 && shell('listSeparator')}
              <PersonName id={h.id} username={h.username} fallback={h.name} />
            </Fragment>
          ))}
        </span>
      ) : (
        '—'
      ),
    },
    { label: t('summary.openedAt'), children: formatInstant(view.openedAt) },
    {
      label: t('summary.escalation'),
      children:
        view.escalationLevel > 0 ? (
          <Tag color="#ad2102">{t('summary.rung', { level: view.escalationLevel })}</Tag>
        ) : (
          t('summary.notEscalated')
        ),
    },
  ];
  return (
    <Card size="small" style={{ margin: '12px 0' }}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        items={items.map((s, i) => ({ key: i, ...s }))}
      />
    </Card>
  );
}
