import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import type { TFunction } from 'i18next';
import { Trans, useTranslation } from 'react-i18next';
import { api, unwrap, type Schemas } from '../api/client';
import { term } from '../lib/i18n';
import { formatInstant } from '../lib/time';
import { problemMessage } from '../lib/problem';
import { DASHBOARD } from '../lib/i18n/dashboard';
import { Chart, type ChartOption } from './Chart';

type Dashboard = Schemas['Dashboard'];
type T = TFunction<typeof DASHBOARD>;

const kindName = (t: T, kind: string) => t(`kind_${kind}`, { defaultValue: kind });
const rungName = (t: T, rung: string) => t(`rung_${rung}`, { defaultValue: rung });
// Colours with enough contrast on white for the table tags and the charts alike.
const RED = '#a8071a';
const AMBER = '#ad6800';
const BLUE = '#1d4ed8';
const GREEN = '#237804';

const stageLabel = (t: T, d: Dashboard['deadlines'][number], agencies: number) =>
  `${agencies > 1 ? `${d.agencyName} · ` : ''}${kindName(t, d.kind)} · ${term(d.stage)}`;

function deadlineChart(t: T, d: Dashboard): ChartOption {
  const labels = d.deadlines.map((r) => stageLabel(t, r, d.agencies.length));
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('overdue'), t('dueSoon')] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        name: t('overdue'),
        type: 'bar',
        barMaxWidth: 36,
        stack: 'due',
        color: RED,
        data: d.deadlines.map((r) => r.overdue),
      },
      {
        name: t('dueSoon'),
        type: 'bar',
        barMaxWidth: 36,
        stack: 'due',
        color: AMBER,
        data: d.deadlines.map((r) => r.dueSoon),
      },
    ],
  };
}

function ladderChart(t: T, d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('reached'), t('stillOpen')] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.ladder.map((r) => rungName(t, r.rung)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: t('reached'),
        type: 'bar',
        barMaxWidth: 36,
        color: BLUE,
        data: d.ladder.map((r) => r.reached),
      },
      {
        name: t('stillOpen'),
        type: 'bar',
        barMaxWidth: 36,
        color: RED,
        data: d.ladder.map((r) => r.open),
      },
    ],
  };
}

function workloadChart(t: T, d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('notOverdue'), t('overdue')] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.workload.map((w) => w.displayName), inverse: true },
    series: [
      {
        name: t('notOverdue'),
        type: 'bar',
        barMaxWidth: 36,
        stack: 'w',
        color: BLUE,
        data: d.workload.map((w) => w.openTasks - w.overdue),
      },
      {
        name: t('overdue'),
        type: 'bar',
        barMaxWidth: 36,
        stack: 'w',
        color: RED,
        data: d.workload.map((w) => w.overdue),
      },
    ],
  };
}

function weeklyChart(t: T, d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: [t('opened'), t('closed')] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.weekly.map((w) => w.weekStart.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: t('opened'), type: 'line', color: BLUE, data: d.weekly.map((w) => w.opened) },
      { name: t('closed'), type: 'line', color: GREEN, data: d.weekly.map((w) => w.closed) },
    ],
  };
}

/** Screen 8: the supervisor dashboard (GET /dashboard), charts drawn with ECharts, figures in tables. */
export default function DashboardPage() {
  const { t } = useTranslation(DASHBOARD);
  const query = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => unwrap(await api.GET('/dashboard')),
    refetchInterval: 60_000,
  });
  const d = query.data;
  const charts = useMemo(
    () =>
      d && {
        deadlines: deadlineChart(t, d),
        ladder: ladderChart(t, d),
        workload: workloadChart(t, d),
        weekly: weeklyChart(t, d),
      },
    // `t` changes with the language, so the charts redraw in it.
    [t, d],
  );
  const overdue = d?.deadlines.reduce((n, r) => n + r.overdue, 0) ?? 0;
  const dueSoon = d?.deadlines.reduce((n, r) => n + r.dueSoon, 0) ?? 0;

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title" className="page-title">
        {t('title')}
      </h1>
      {query.error && <div role="alert">{problemMessage(query.error)}</div>}
      {d && charts && (
        <>
          <p className="muted" data-testid="dashboard-as-of">
            <Trans
              t={t}
              i18nKey="asOf"
              values={{
                at: formatInstant(d.asOf),
                agencies: d.agencies.map((a) => a.name).join(t('agencySeparator')),
                hours: d.dueSoonHours,
              }}
              // The agencies' names are the records' own, in Chinese.
              components={{ agencies: <span lang="zh-CN" /> }}
            />
          </p>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('statOverdue')} value={overdue} valueStyle={{ color: RED }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title={t('statDueSoon')} value={dueSoon} valueStyle={{ color: AMBER }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('statListed')}
                  value={d.ladder.find((r) => r.rung === 'listed')?.open ?? 0}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title={t('statOpenTasks')}
                  value={d.workload.reduce((n, w) => n + w.openTasks, 0)}
                />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">{t('deadlinesTitle')}</h2>}>
                <Chart option={charts.deadlines} label={t('deadlinesChart')} />
                <table className="task-table" aria-label={t('deadlinesTitle')} data-testid="deadlines">
                  <thead>
                    <tr>
                      <th scope="col">{t('deadlinesGroup')}</th>
                      <th scope="col">{t('overdue')}</th>
                      <th scope="col">{t('dueSoon')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.deadlines.map((r) => (
                      <tr key={`${r.agencyId}:${r.kind}:${r.stage}`}>
                        <td>
                          <span lang="zh-CN">{r.agencyName}</span> · {kindName(t, r.kind)} · {term(r.stage)}
                        </td>
                        <td>{r.overdue}</td>
                        <td>{r.dueSoon}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {d.deadlines.length === 0 && <div className="empty">{t('deadlinesEmpty')}</div>}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">{t('ladderTitle')}</h2>}>
                <Chart option={charts.ladder} label={t('ladderChart')} />
                <table className="task-table" aria-label={t('ladderTitle')} data-testid="ladder">
                  <thead>
                    <tr>
                      <th scope="col">{t('rung')}</th>
                      <th scope="col">{t('reached')}</th>
                      <th scope="col">{t('stillOpen')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.ladder.map((r) => (
                      <tr key={r.rung}>
                        <td>{rungName(t, r.rung)}</td>
                        <td>{r.reached}</td>
                        <td>{r.open}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">{t('workloadTitle')}</h2>}>
                <Chart option={charts.workload} label={t('workloadChart')} />
                <table className="task-table" aria-label={t('workloadTitle')} data-testid="workload">
                  <thead>
                    <tr>
                      <th scope="col">{t('officer')}</th>
                      <th scope="col">{t('openTasks')}</th>
                      <th scope="col">{t('ofWhichOverdue')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.workload.map((w) => (
                      <tr key={w.userId}>
                        <td>
                          <span lang="zh-CN">{w.displayName}</span>
                          {t('officerUsername', { username: w.username })}
                        </td>
                        <td>{w.openTasks}</td>
                        <td>{w.overdue}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">{t('weeklyTitle')}</h2>}>
                <Chart option={charts.weekly} label={t('weeklyChart')} />
                <table className="task-table" aria-label={t('weeklyTable')} data-testid="weekly">
                  <thead>
                    <tr>
                      <th scope="col">{t('week')}</th>
                      <th scope="col">{t('opened')}</th>
                      <th scope="col">{t('closed')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.weekly.map((w) => (
                      <tr key={w.weekStart}>
                        <td>{w.weekStart}</td>
                        <td>{w.opened}</td>
                        <td>{w.closed}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
          </Row>
        </>
      )}
    </section>
  );
}
