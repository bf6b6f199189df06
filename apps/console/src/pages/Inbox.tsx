import { useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Button, Segmented, Tag, Tooltip } from 'antd';
import { api, unwrap, type Task } from '../api/client';
import { hasRole, useMe, useNow } from '../lib/session';
import { term } from '../lib/i18n';
import { daysLeft, formatDue } from '../lib/time';
import { recordHref } from '../lib/records';
import { problemMessage } from '../lib/problem';

const PROCEDURES = ['enforcement', 'penalty', 'transfer', 'accident', 'rectification_item'] as const;
const PROCEDURE_NAMES: Record<string, string> = {
  enforcement: '执法案件',
  penalty: '处罚案件',
  transfer: '移送案件',
  accident: '事故',
  rectification_item: '整改事项',
};
const SAVED = 'safecase.inbox.filters';
const PAGE = 50;

function Due({ task }: { task: Task }) {
  if (!task.dueAt)
    return <span>{task.provisional ? `待载入${task.provisional.missingCalendarYear}年日历` : '无时限'}</span>;
  const text = formatDue(task.dueAt, task.due);
  if (!task.source) return <span>{text}</span>;
  return (
    <Tooltip title={`法律依据：${task.source}`}>
      <span className="legal-source" tabIndex={0} aria-label={`${text}，法律依据：${task.source}`}>
        {text}
      </span>
    </Tooltip>
  );
}

function Left({ task, now }: { task: Task; now: number }) {
  if (!task.dueAt) return <span>—</span>;
  const days = daysLeft(task.dueAt, now);
  if (task.overdue || days < 0) return <Tag color="#a8071a">已超期{Math.max(-days, 0)}天</Tag>;
  if (days === 0) return <Tag color="#ad4e00">今日到期</Tag>;
  return <Tag color={days <= 3 ? '#874d00' : '#237804'}>剩余{days}天</Tag>;
}

export function Inbox() {
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
          我的待办
        </h1>
        <div className="toolbar-filters">
          {canTeam && (
            <Segmented
              aria-label="范围"
              value={scope}
              onChange={(v) => update('scope', v === 'team' ? 'team' : null)}
              options={[
                { label: '我的（含升级到我）', value: 'mine' },
                { label: '本单位', value: 'team' },
              ]}
            />
          )}
          <label htmlFor="inbox-kind">类别</label>
          <select
            id="inbox-kind"
            className="native-select"
            value={procedure}
            onChange={(e) => update('kind', e.target.value || null)}
          >
            <option value="">全部</option>
            {PROCEDURES.map((p) => (
              <option key={p} value={p}>
                {PROCEDURE_NAMES[p]}
              </option>
            ))}
          </select>
          <Button
            aria-pressed={overdue}
            type={overdue ? 'primary' : 'default'}
            onClick={() => update('overdue', overdue ? null : '1')}
          >
            只看超期
          </Button>
          <Button onClick={() => localStorage.setItem(SAVED, params.toString())}>保存筛选</Button>
          <Button
            onClick={() => {
              const saved = localStorage.getItem(SAVED);
              if (saved !== null) setParams(new URLSearchParams(saved), { replace: true });
            }}
          >
            载入已保存筛选
          </Button>
        </div>
      </div>
      <p className="muted">按截止时间排序，最早到期在前；时间均为北京时间，每15秒自动刷新。</p>
      {tasks.error && <div role="alert">{problemMessage(tasks.error)}</div>}
      <div className="table-wrap">
        <table className="task-table" aria-labelledby="inbox-title" aria-busy={tasks.isLoading}>
          <thead>
            <tr>
              <th scope="col">记录</th>
              <th scope="col">类别</th>
              <th scope="col">步骤</th>
              <th scope="col">截止时间（北京时间）</th>
              <th scope="col">剩余</th>
              <th scope="col">升级</th>
              <th scope="col">状态</th>
              <th scope="col">承办角色</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((t) => (
              <tr key={`${t.caseId}:${t.key}`} className={t.overdue ? 'overdue' : undefined}>
                <td>
                  <Link to={recordHref(t.procedure, t.caseId)}>
                    {t.enterpriseName ?? t.subject ?? PROCEDURE_NAMES[t.procedure]}
                  </Link>
                </td>
                <td>{PROCEDURE_NAMES[t.procedure] ?? t.procedure}</td>
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
                      第{t.escalationLevel}级{t.escalatedTo ? ` · ${term(t.escalatedTo)}` : ''}
                    </Tag>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {t.reminded && <Tag color="#0958d9">已提醒</Tag>}
                  {t.paused && <Tag>已中止计时</Tag>}
                  {!t.reminded && !t.paused && '—'}
                </td>
                <td>{term(t.assigneeRole)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {!tasks.isLoading && rows.length === 0 && <div className="empty">暂无待办</div>}
      </div>
      {rows.length > PAGE && (
        <div className="pager">
          <Button disabled={page === 0} onClick={() => setPage(page - 1)}>
            上一页
          </Button>
          <span>
            第 {page + 1} / {Math.ceil(rows.length / PAGE)} 页，共 {rows.length} 项
          </span>
          <Button disabled={(page + 1) * PAGE >= rows.length} onClick={() => setPage(page + 1)}>
            下一页
          </Button>
        </div>
      )}
    </section>
  );
}
