import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { api, unwrap, type Schemas } from '../api/client';
import { term } from '../lib/i18n';
import { formatInstant } from '../lib/time';
import { problemMessage } from '../lib/problem';
import { Chart, type ChartOption } from './Chart';

type Dashboard = Schemas['Dashboard'];

const KIND_NAMES: Record<string, string> = {
  case: '执法案件',
  penalty: '处罚案件',
  transfer: '移送案件',
  accident: '事故',
  rectification_item: '整改事项',
};
export const RUNG_NAMES: Record<string, string> = {
  notice: '通报',
  summons: '约谈',
  listed: '挂牌督办',
  accountability: '问责',
};
// Colours with enough contrast on white for the table tags and the charts alike.
const RED = '#a8071a';
const AMBER = '#ad6800';
const BLUE = '#1d4ed8';
const GREEN = '#237804';

const stageLabel = (d: Dashboard['deadlines'][number], agencies: number) =>
  `${agencies > 1 ? `${d.agencyName} · ` : ''}${KIND_NAMES[d.kind] ?? d.kind} · ${term(d.stage)}`;

function deadlineChart(d: Dashboard): ChartOption {
  const labels = d.deadlines.map((r) => stageLabel(r, d.agencies.length));
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['已超期', '即将到期'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [
      {
        name: '已超期',
        type: 'bar',
        barMaxWidth: 36,
        stack: 'due',
        color: RED,
        data: d.deadlines.map((r) => r.overdue),
      },
      {
        name: '即将到期',
        type: 'bar',
        barMaxWidth: 36,
        stack: 'due',
        color: AMBER,
        data: d.deadlines.map((r) => r.dueSoon),
      },
    ],
  };
}

function ladderChart(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['累计达到', '其中未结'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.ladder.map((r) => RUNG_NAMES[r.rung]) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '累计达到', type: 'bar', barMaxWidth: 36, color: BLUE, data: d.ladder.map((r) => r.reached) },
      { name: '其中未结', type: 'bar', barMaxWidth: 36, color: RED, data: d.ladder.map((r) => r.open) },
    ],
  };
}

function workloadChart(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['未超期', '已超期'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: d.workload.map((w) => w.displayName), inverse: true },
    series: [
      {
        name: '未超期',
        type: 'bar',
        barMaxWidth: 36,
        stack: 'w',
        color: BLUE,
        data: d.workload.map((w) => w.openTasks - w.overdue),
      },
      {
        name: '已超期',
        type: 'bar',
        barMaxWidth: 36,
        stack: 'w',
        color: RED,
        data: d.workload.map((w) => w.overdue),
      },
    ],
  };
}

function weeklyChart(d: Dashboard): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { data: ['立案', '结案'] },
    grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.weekly.map((w) => w.weekStart.slice(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '立案', type: 'line', color: BLUE, data: d.weekly.map((w) => w.opened) },
      { name: '结案', type: 'line', color: GREEN, data: d.weekly.map((w) => w.closed) },
    ],
  };
}

/** Screen 8: the supervisor dashboard (GET /dashboard), charts drawn with ECharts, figures in tables. */
export default function DashboardPage() {
  const query = useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => unwrap(await api.GET('/dashboard')),
    refetchInterval: 60_000,
  });
  const d = query.data;
  const charts = useMemo(
    () =>
      d && {
        deadlines: deadlineChart(d),
        ladder: ladderChart(d),
        workload: workloadChart(d),
        weekly: weeklyChart(d),
      },
    [d],
  );
  const overdue = d?.deadlines.reduce((n, r) => n + r.overdue, 0) ?? 0;
  const dueSoon = d?.deadlines.reduce((n, r) => n + r.dueSoon, 0) ?? 0;

  return (
    <section aria-labelledby="dashboard-title">
      <h1 id="dashboard-title" className="page-title">
        监督看板
      </h1>
      {query.error && <div role="alert">{problemMessage(query.error)}</div>}
      {d && charts && (
        <>
          <p className="muted" data-testid="dashboard-as-of">
            统计时间：北京时间 {formatInstant(d.asOf)}；范围：{d.agencies.map((a) => a.name).join('、')}；
            “即将到期”指{d.dueSoonHours}小时内到期。
          </p>
          <Row gutter={[16, 16]}>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="已超期待办" value={overdue} valueStyle={{ color: RED }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="即将到期待办" value={dueSoon} valueStyle={{ color: AMBER }} />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic
                  title="挂牌督办（未结）"
                  value={d.ladder.find((r) => r.rung === 'listed')?.open ?? 0}
                />
              </Card>
            </Col>
            <Col xs={12} md={6}>
              <Card>
                <Statistic title="执法人员在办待办" value={d.workload.reduce((n, w) => n + w.openTasks, 0)} />
              </Card>
            </Col>
          </Row>
          <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">超期与即将到期（按单位和阶段）</h2>}>
                <Chart option={charts.deadlines} label="超期与即将到期待办，按单位和阶段的条形图" />
                <table
                  className="task-table"
                  aria-label="超期与即将到期（按单位和阶段）"
                  data-testid="deadlines"
                >
                  <thead>
                    <tr>
                      <th scope="col">单位 · 类别 · 阶段</th>
                      <th scope="col">已超期</th>
                      <th scope="col">即将到期</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.deadlines.map((r) => (
                      <tr key={`${r.agencyId}:${r.kind}:${r.stage}`}>
                        <td>{stageLabel(r, 2)}</td>
                        <td>{r.overdue}</td>
                        <td>{r.dueSoon}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                {d.deadlines.length === 0 && <div className="empty">没有超期或即将到期的待办</div>}
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">整改事项督办阶梯</h2>}>
                <Chart option={charts.ladder} label="整改事项达到通报、约谈、挂牌督办、问责的数量柱状图" />
                <table className="task-table" aria-label="整改事项督办阶梯" data-testid="ladder">
                  <thead>
                    <tr>
                      <th scope="col">阶梯</th>
                      <th scope="col">累计达到</th>
                      <th scope="col">其中未结</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.ladder.map((r) => (
                      <tr key={r.rung}>
                        <td>{RUNG_NAMES[r.rung]}</td>
                        <td>{r.reached}</td>
                        <td>{r.open}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title={<h2 className="card-title">执法人员工作量</h2>}>
                <Chart option={charts.workload} label="每名执法人员在办待办数量条形图" />
                <table className="task-table" aria-label="执法人员工作量" data-testid="workload">
                  <thead>
                    <tr>
                      <th scope="col">执法人员</th>
                      <th scope="col">在办待办</th>
                      <th scope="col">其中超期</th>
                    </tr>
                  </thead>
                  <tbody>
                    {d.workload.map((w) => (
                      <tr key={w.userId}>
                        <td>
                          {w.displayName}（{w.username}）
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
              <Card title={<h2 className="card-title">每周立案与结案（近12周，北京时间）</h2>}>
                <Chart option={charts.weekly} label="近12周每周立案与结案数量折线图" />
                <table className="task-table" aria-label="每周立案与结案" data-testid="weekly">
                  <thead>
                    <tr>
                      <th scope="col">周（周一起）</th>
                      <th scope="col">立案</th>
                      <th scope="col">结案</th>
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
