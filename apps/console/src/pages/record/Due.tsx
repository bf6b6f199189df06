import { Space, Tag, Typography } from 'antd';
import type { Task } from '../../api/client';
import { useRecordText } from '../../lib/i18n-record';
import { daysLeft, formatDue, formatDueDay } from '../../lib/time';

/** Days left or overdue, as a tag. */
export function DaysTag({ dueAt, now, overdue }: { dueAt: string; now: number; overdue?: boolean }) {
  const t = useRecordText();
  const days = daysLeft(dueAt, now);
  if (overdue || days < 0) return <Tag color="#a8071a">{t('overdueDays', { days: Math.max(0, -days) })}</Tag>;
  if (days === 0) return <Tag color="#ad4e00">{t('dueToday')}</Tag>;
  return <Tag color={days <= 3 ? '#874d00' : '#237804'}>{t('daysLeft', { days })}</Tag>;
}

/** A deadline as the day it falls on, with days left; without a task, just the instant's day. */
export function DueTag({
  dueAt,
  now,
  overdue,
  due,
}: {
  dueAt: string | null;
  now: number;
  overdue?: boolean;
  due?: string | null;
}) {
  if (!dueAt) return <span>—</span>;
  return (
    <Space size={4} wrap>
      <span style={{ whiteSpace: 'nowrap' }}>{formatDue(dueAt, due)}</span>
      <DaysTag dueAt={dueAt} now={now} overdue={overdue} />
    </Space>
  );
}

/**
 * A task's deadline: its last day, and where the agency must act earlier (the last working day on or
 * before it, `actBy`) the day to act by; a rolled end is said as information.
 */
export function TaskDue({ task, now }: { task: Task; now: number }) {
  const t = useRecordText();
  if (!task.dueAt) return <span>—</span>;
  return (
    <Space direction="vertical" size={0}>
      <DueTag dueAt={task.dueAt} due={task.due} now={now} overdue={task.overdue} />
      {task.actBy && task.due && task.actBy !== task.due && (
        <Typography.Text type="warning" style={{ color: '#874d00' }}>
          {t('actBy', { day: task.actBy })}
        </Typography.Text>
      )}
      {task.rolledEnd && task.rolledEnd !== task.due && (
        <Typography.Text type="secondary">{t('rolledEnd', { day: task.rolledEnd })}</Typography.Text>
      )}
    </Space>
  );
}

export { formatDueDay };
