import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Segmented, Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap, type Task } from '../api/client';
import { hasRole, useMe, useNow } from '../lib/session';
import { term } from '../lib/i18n';
import { daysLeft, formatDue } from '../lib/time';
import { recordHref } from '../lib/records';
import { problemMessage } from '../lib/problem';

const PROCEDURES = ['enforcement', 'penalty', 'transfer', 'accident', 'rectification_item'] as const;
const SAVED = 'safecase.inbox.filters';
const PAGE = 50;

function Due({ task }: { task: Task }) {
  const { t } = useTranslation('inbox');
  if (!task.dueAt)
    return (
      <span>
        {task.provisional
          ? t('awaitingCalendar', { year: task.provisional.missingCalendarYear })
          : t('noDeadline')}
      </span>
    );
  const text = formatDue(task.dueAt, task.due);
  if (!task.source) return <span>{text}</span>;
  return (
    <Tooltip title={t('legalSource', { source: task.source })}>
      <span
        className="legal-source"
        tabIndex={0}
        aria-label={t('dueWithSource', { due: text, source: task.source })}
      >
        {text}
      </span>
    </Tooltip>
  );
}

function Left({ task, now }: { task: Task; now: number }) {
  const { t } = useTranslation('inbox');
  if (!task.dueAt) return <span>—</span>;
  const days = daysLeft(task.dueAt, now);
  if (task.overdue || days < 0)
    return <Tag color="#a8071a">{t('overdueDays', { count: Math.max(-days, 0) })}</Tag>;
  if (days === 0) return <Tag color="#ad4e00">{t('dueToday')}</Tag>;
  return <Tag color={days <= 3 ? '#874d00' : '#237804'}>{t('daysLeft', { count: days })}</Tag>;
}

export function Inbox() {
  const { t: tr } = useTranslation('inbox');
  const procedureName = (p: string) => tr(`proc_${p}`, { defaultValue: p });
  const { data: me } = useMe();
  const now = useNow();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = useState(0);
  const scope = params.get('scope') === 'team' ? 'team' : 'mine';
  const procedure = params.get('kind') ?? '';
  const overdue = params.get('overdue') === '1';
  const tasks = useQuery({
    queryKey: ['tasks', scope],
    queryFn: async () => unwrap(await api.GET('/tasks', { params: { query: { scope, limit: 200 } } })),
    refetchInterval: 15_000,
  });
  const rows = useMemo(
    () =>
      (tasks.data?.items ?? []).filter(
        (t) => (!procedure || t.procedure === procedure) && (!overdue || t.overdue),
      ),
    [tasks.data, procedure, overdue],
  );
  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setPage(0);
    setParams(next, { replace: true });
  };
  const canTeam = hasRole(me, 'supervisor', 'head');
  const shown = rows.slice(page * PAGE, (page + 1) * PAGE);

  return (
    <section aria-labelledby="inbox-title">
      <div className="toolbar">
        <h1 id="inbox-title" className="page-title">
          {tr('title')}
        </h1>
        <div className="toolbar-filters">
          {canTeam && (
            <Segmented
              aria-label={tr('scope')}
              value={scope}
              onChange={(v) => update('scope', v === 'team' ? 'team' : null)}
              options={[
                { label: tr('scopeMine'), value: 'mine' },
                { label: tr('scopeTeam'), value: 'team' },
              ]}
            />
          )}
          <label htmlFor="inbox-kind">{tr('kind')}</label>
          <select
            id="inbox-kind"
            className="native-select"
            value={procedure}
            onChange={(e) => update('kind', e.target.value || null)}
          >
            <option value="">{tr('all')}</option>
            {PROCEDURES.map((p) => (
              <option key={p} value={p}>
                {procedureName(p)}
              </option>
            ))}
          </select>
          <Button
            aria-pressed={overdue}
            type={overdue ? 'primary' : 'default'}
            onClick={() => update('overdue', overdue ? null : '1')}
          >
            {tr('overdueOnly')}
          </Button>
          <Button onClick={() => localStorage.setItem(SAVED, params.toString())}>{tr('saveFilters')}</Button>
          <Button
            onClick={() => {
              const saved = localStorage.getItem(SAVED);
              if (saved !== null) setParams(new URLSearchParams(saved), { replace: true });
            }}
          >
            {tr('loadFilters')}
          </Button>
        </div>
      </div>
      <p className="muted">{tr('hint')}</p>
      {tasks.error && <div role="alert">{problemMessage(tasks.error)}</div>}
      <div className="table-wrap">
        <table className="task-table" aria-labelledby="inbox-title" aria-busy={tasks.isLoading}>
          <thead>
            <tr>
              <th scope="col">{tr('colRecord')}</th>
              <th scope="col">{tr('colKind')}</th>
              <th scope="col">{tr('colStep')}</th>
              <th scope="col">{tr('colDue')}</th>
              <th scope="col">{tr('colLeft')}</th>
              <th scope="col">{tr('colRung')}</th>
              <th scope="col">{tr('colStatus')}</th>
              <th scope="col">{tr('colRole')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={`${t.caseId}:${t.key}`} className={t.overdue ? 'overdue' : undefined}>
                <td>
                  <Link to={recordHref(t.procedure, t.caseId)}>
                    {(t.enterpriseName ?? t.subject) ? (
                      <span lang="zh-CN">{t.enterpriseName ?? t.subject}</span>
                    ) : (
                      procedureName(t.procedure)
                    )}
                  </Link>
                </td>
                <td>{procedureName(t.procedure)}</td>
                <td>{t.title}</td>
                <td>
                  <Due task={t} />
                </td>
                <td>
                  <Left task={t} now={now} />
                </td>
                <td>
                  {t.escalationLevel > 0 ? (
                    <Tag color="#ad2102">
                      {tr('rung', { level: t.escalationLevel })}
                      {t.escalatedTo ? ` · ${term(t.escalatedTo)}` : ''}
                    </Tag>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {t.reminded && <Tag color="#0958d9">{tr('reminded')}</Tag>}
                  {t.paused && <Tag>{tr('paused')}</Tag>}
                  {!t.reminded && !t.paused && '—'}
                </td>
                <td>{term(t.assigneeRole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!tasks.isLoading && rows.length === 0 && <div className="empty">{tr('empty')}</div>}
      </div>
      {rows.length > PAGE && (
        <div className="pager">
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            {tr('previous')}
          </Button>
          <span>
            {tr('pageOf', { page: page + 1, pages: Math.ceil(rows.length / PAGE), total: rows.length })}
          </span>
          <Button disabled={(page + 1) * PAGE >= rows.length} onClick={() => setPage(page + 1)}>
            {tr('next')}
          </Button>
        </div>
      )}
    </section>
  );
}
