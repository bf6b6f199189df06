import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Input, Row, Tag } from 'antd';
import { api, newIdempotencyKey, unwrap, type Schemas } from '../api/client';
import { china, formatInstant } from '../lib/time';
import { problemMessage } from '../lib/problem';

interface CalendarDay {
  date: string;
  name: string;
}

/** `2027-01-01 元旦` per line → days; a line that does not parse is reported, not dropped. */
function parseDays(text: string): { days: CalendarDay[]; bad: string[] } {
  const days: CalendarDay[] = [];
  const bad: string[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    const m = /^(\d{4}-\d{2}-\d{2})\s+(.+)$/.exec(line);
    if (m) days.push({ date: m[1]!, name: m[2]!.trim() });
    else bad.push(line);
  }
  return { days, bad };
}
const daysText = (days: { date: string; name?: string }[]) =>
  days.map((d) => `${d.date} ${d.name ?? ''}`.trim()).join('\n');

function CalendarYears() {
  const queryClient = useQueryClient();
  const thisYear = china(Date.now()).year();
  const years = useQuery({
    queryKey: ['calendar-years'],
    queryFn: async () => unwrap(await api.GET('/calendar/years')),
  });
  const [selected, setSelected] = useState<number | null>(null);
  const [form, setForm] = useState({ year: String(thisYear + 1), source: '', holidays: '', makeup: '' });
  const [formError, setFormError] = useState<string | null>(null);
  const year = useQuery({
    queryKey: ['calendar-year', selected],
    enabled: selected !== null,
    queryFn: async () =>
      unwrap(await api.GET('/calendar/years/{year}', { params: { path: { year: selected! } } })),
  });
  const load = useMutation({
    mutationFn: async () => {
      const holidays = parseDays(form.holidays);
      const makeup = parseDays(form.makeup);
      const bad = [...holidays.bad, ...makeup.bad];
      if (bad.length) throw new Error(`无法识别的行（应为“YYYY-MM-DD 名称”）：${bad.join('；')}`);
      return unwrap(
        await api.PUT('/calendar/years/{year}', {
          params: { path: { year: Number(form.year) }, header: { 'Idempotency-Key': newIdempotencyKey() } },
          body: { source: form.source, holidays: holidays.days, makeupWorkdays: makeup.days },
        }),
      );
    },
    onMutate: () => setFormError(null),
    onError: (e) => setFormError(problemMessage(e)),
    onSuccess: async (answer) => {
      await queryClient.invalidateQueries({ queryKey: ['calendar-years'] });
      await queryClient.invalidateQueries({ queryKey: ['calendar-year', answer.year] });
      setSelected(answer.year);
    },
  });
  const loaded = new Set((years.data ?? []).map((y) => y.year));
  // Coverage: the years around today a deadline may fall in; a missing one holds its clocks provisional.
  const span = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  const edit = (y: Schemas['CalendarYear'], source: string) => {
    setForm({
      year: String(y.year),
      source,
      holidays: daysText(y.holidays),
      makeup: daysText(y.makeupWorkdays),
    });
  };

  return (
    <Card title={<h2 className="card-title">工作日历（法定节假日与调休）</h2>}>
      {years.error && <div role="alert">{problemMessage(years.error)}</div>}
      <p>
        覆盖情况：
        {span.map((y) => (
          <Tag key={y} color={loaded.has(y) ? '#237804' : '#a8071a'} data-testid={`coverage-${y}`}>
            {y}年{loaded.has(y) ? '已载入' : '未载入'}
          </Tag>
        ))}
      </p>
      <div className="scroll-box" tabIndex={0} role="region" aria-label="已载入的年度（最近的在前）">
        <table className="task-table" aria-label="已载入的年度" data-testid="calendar-years">
          <thead>
            <tr>
              <th scope="col">年度</th>
              <th scope="col">来源</th>
              <th scope="col">载入时间（北京时间）</th>
              <th scope="col">载入人</th>
              <th scope="col">操作</th>
            </tr>
          </thead>
          <tbody>
            {[...(years.data ?? [])].reverse().map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td>{y.source}</td>
                <td>{formatInstant(y.loadedAt)}</td>
                <td>{y.loadedBy}</td>
                <td>
                  <Button size="small" onClick={() => setSelected(y.year)}>
                    查看{y.year}年
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {year.data && (
        <section aria-labelledby="calendar-year-title" className="admin-year">
          <h3 id="calendar-year-title">{year.data.year}年安排</h3>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <h4>放假</h4>
              <ul data-testid="holidays" className="day-list">
                {year.data.holidays.map((d) => (
                  <li key={d.date}>
                    {d.date} {d.name}
                  </li>
                ))}
              </ul>
            </Col>
            <Col xs={24} md={12}>
              <h4>调休上班</h4>
              <ul data-testid="makeup" className="day-list">
                {year.data.makeupWorkdays.map((d) => (
                  <li key={d.date}>
                    {d.date} {d.name}
                  </li>
                ))}
              </ul>
            </Col>
          </Row>
          <Button
            onClick={() =>
              edit(year.data!, (years.data ?? []).find((y) => y.year === year.data!.year)?.source ?? '')
            }
          >
            更正{year.data.year}年
          </Button>
        </section>
      )}
      <form
        className="admin-form"
        aria-labelledby="calendar-load-title"
        onSubmit={(e) => {
          e.preventDefault();
          load.mutate();
        }}
      >
        <h3 id="calendar-load-title">载入或更正年度安排</h3>
        <label htmlFor="cal-year">年度</label>
        <Input id="cal-year" value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })} />
        <label htmlFor="cal-source">来源（通知文号）</label>
        <Input
          id="cal-source"
          value={form.source}
          onChange={(e) => setForm({ ...form, source: e.target.value })}
        />
        <label htmlFor="cal-holidays">放假日期（每行一天：YYYY-MM-DD 名称）</label>
        <Input.TextArea
          id="cal-holidays"
          rows={6}
          value={form.holidays}
          onChange={(e) => setForm({ ...form, holidays: e.target.value })}
        />
        <label htmlFor="cal-makeup">调休上班日期（每行一天：YYYY-MM-DD 名称）</label>
        <Input.TextArea
          id="cal-makeup"
          rows={3}
          value={form.makeup}
          onChange={(e) => setForm({ ...form, makeup: e.target.value })}
        />
        {formError && <Alert type="error" role="alert" message={formError} />}
        {load.isSuccess && <Alert type="success" role="status" message={`已载入${load.data.year}年安排`} />}
        <Button type="primary" htmlType="submit" loading={load.isPending}>
          载入
        </Button>
      </form>
    </Card>
  );
}

function RulebookVersions() {
  const versions = useQuery({
    queryKey: ['rulebook-versions'],
    queryFn: async () => unwrap(await api.GET('/rules/versions')),
  });
  const [on, setOn] = useState<{ version: string; day: string } | null>(null);
  const rules = useQuery({
    queryKey: ['rules', on?.day],
    enabled: on !== null,
    queryFn: async () => unwrap(await api.GET('/rules', { params: { query: { on: on!.day } } })),
  });
  return (
    <Card title={<h2 className="card-title">规则版本（法定时限）</h2>}>
      {versions.error && <div role="alert">{problemMessage(versions.error)}</div>}
      <table className="task-table" aria-label="规则版本" data-testid="rulebook-versions">
        <thead>
          <tr>
            <th scope="col">版本</th>
            <th scope="col">生效日期</th>
            <th scope="col">发布人</th>
            <th scope="col">发布时间（北京时间）</th>
            <th scope="col">操作</th>
          </tr>
        </thead>
        <tbody>
          {(versions.data ?? []).map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{v.effectiveFrom}</td>
              <td>{v.publishedBy}</td>
              <td>{formatInstant(v.publishedAt)}</td>
              <td>
                <Button size="small" onClick={() => setOn({ version: v.version, day: v.effectiveFrom })}>
                  查看{v.version}的规则
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rules.error && <div role="alert">{problemMessage(rules.error)}</div>}
      {rules.data && (
        <section aria-labelledby="rules-title">
          <h3 id="rules-title">
            规则 {rules.data.version}（{rules.data.effectiveFrom}起生效，共{rules.data.rules.length}条）
          </h3>
          <table className="task-table" aria-labelledby="rules-title" data-testid="rules">
            <thead>
              <tr>
                <th scope="col">规则</th>
                <th scope="col">名称</th>
                <th scope="col">时限</th>
                <th scope="col">法律依据</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.rules.map((r) => (
                <tr key={r.id}>
                  <td>{r.id}</td>
                  <td>{r.name}</td>
                  <td>
                    {r.amount} {UNITS[r.unit] ?? r.unit}
                  </td>
                  <td>{r.source}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </Card>
  );
}

const UNITS: Record<string, string> = {
  working_days: '个工作日',
  calendar_days: '日',
  hours: '小时',
  days: '日',
  months: '个月',
  percent: '%',
};

/** Screen 9: the admin's calendar years and rulebook versions (the API's existing endpoints). */
export default function AdminPage() {
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title" className="page-title">
        系统管理
      </h1>
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <CalendarYears />
        </Col>
        <Col span={24}>
          <RulebookVersions />
        </Col>
      </Row>
    </section>
  );
}
