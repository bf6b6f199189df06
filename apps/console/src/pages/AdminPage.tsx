import { useState } from 'react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Input, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey, unwrap, type Schemas } from '../api/client';
import { china, formatInstant } from '../lib/time';
import { problemMessage } from '../lib/problem';
import { ADMIN } from '../lib/i18n/admin';

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
  const { t } = useTranslation(ADMIN);
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
      if (bad.length) throw new Error(t('badLines', { lines: bad.join(t('lineSeparator')) }));
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
    <Card title={<h2 className="card-title">{t('calendarTitle')}</h2>}>
      {years.error && <div role="alert">{problemMessage(years.error)}</div>}
      <p>
        {t('coverage')}
        {span.map((y) => (
          <Tag key={y} color={loaded.has(y) ? '#237804' : '#a8071a'} data-testid={`coverage-${y}`}>
            {t(loaded.has(y) ? 'yearLoaded' : 'yearMissing', { year: y })}
          </Tag>
        ))}
      </p>
      <div className="scroll-box" tabIndex={0} role="region" aria-label={t('loadedYearsRegion')}>
        <table className="task-table" aria-label={t('loadedYears')} data-testid="calendar-years">
          <thead>
            <tr>
              <th scope="col">{t('colYear')}</th>
              <th scope="col">{t('colSource')}</th>
              <th scope="col">{t('colLoadedAt')}</th>
              <th scope="col">{t('colLoadedBy')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          </thead>
          <tbody>
            {[...(years.data ?? [])].reverse().map((y) => (
              <tr key={y.year}>
                <td>{y.year}</td>
                <td lang="zh-CN">{y.source}</td>
                <td>{formatInstant(y.loadedAt)}</td>
                <td>{y.loadedBy}</td>
                <td>
                  <Button size="small" onClick={() => setSelected(y.year)}>
                    {t('viewYear', { year: y.year })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {year.data && (
        <section aria-labelledby="calendar-year-title" className="admin-year">
          <h3 id="calendar-year-title">{t('yearTitle', { year: year.data.year })}</h3>
          <Row gutter={16}>
            <Col xs={24} md={12}>
              <h4>{t('holidays')}</h4>
              <ul data-testid="holidays" className="day-list" lang="zh-CN">
                {year.data.holidays.map((d) => (
                  <li key={d.date}>
                    {d.date} {d.name}
                  </li>
                ))}
              </ul>
            </Col>
            <Col xs={24} md={12}>
              <h4>{t('makeup')}</h4>
              <ul data-testid="makeup" className="day-list" lang="zh-CN">
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
            {t('correctYear', { year: year.data.year })}
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
        <h3 id="calendar-load-title">{t('loadTitle')}</h3>
        <label htmlFor="cal-year">{t('year')}</label>
        <Input id="cal-year" value={form.year} onChange={(e) => setForm({ ...form, year: e.target.value })} />
        <label htmlFor="cal-source">{t('source')}</label>
        <Input
          id="cal-source"
          value={form.source}
          onChange={(e) => setForm({ ...form, source: e.target.value })}
        />
        <label htmlFor="cal-holidays">{t('holidayLines')}</label>
        <Input.TextArea
          id="cal-holidays"
          rows={6}
          value={form.holidays}
          onChange={(e) => setForm({ ...form, holidays: e.target.value })}
        />
        <label htmlFor="cal-makeup">{t('makeupLines')}</label>
        <Input.TextArea
          id="cal-makeup"
          rows={3}
          value={form.makeup}
          onChange={(e) => setForm({ ...form, makeup: e.target.value })}
        />
        {formError && <Alert type="error" role="alert" message={formError} />}
        {load.isSuccess && (
          <Alert type="success" role="status" message={t('loadedMessage', { year: load.data.year })} />
        )}
        <Button type="primary" htmlType="submit" loading={load.isPending}>
          {t('load')}
        </Button>
      </form>
    </Card>
  );
}

function RulebookVersions() {
  const { t } = useTranslation(ADMIN);
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
    <Card title={<h2 className="card-title">{t('rulebookTitle')}</h2>}>
      {versions.error && <div role="alert">{problemMessage(versions.error)}</div>}
      <table className="task-table" aria-label={t('versions')} data-testid="rulebook-versions">
        <thead>
          <tr>
            <th scope="col">{t('colVersion')}</th>
            <th scope="col">{t('colEffectiveFrom')}</th>
            <th scope="col">{t('colPublishedBy')}</th>
            <th scope="col">{t('colPublishedAt')}</th>
            <th scope="col">{t('colActions')}</th>
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
                  {t('viewRules', { version: v.version })}
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
            {t('rulesTitle', {
              version: rules.data.version,
              from: rules.data.effectiveFrom,
              count: rules.data.rules.length,
            })}
          </h3>
          <table className="task-table" aria-labelledby="rules-title" data-testid="rules">
            <thead>
              <tr>
                <th scope="col">{t('colRule')}</th>
                <th scope="col">{t('colName')}</th>
                <th scope="col">{t('colLimit')}</th>
                <th scope="col">{t('colLegalSource')}</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.rules.map((r) => (
                <tr key={r.id}>
                  <td>{r.id}</td>
                  {/* The API's, in the language asked for; they quote Chinese legal terms and laws. */}
                  <td>{r.name}</td>
                  <td>
                    {r.amount} {t(`unit_${r.unit}`, { defaultValue: r.unit })}
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

/** Screen 9: the admin's calendar years and rulebook versions (the API's existing endpoints). */
export default function AdminPage() {
  const { t } = useTranslation(ADMIN);
  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title" className="page-title">
        {t('title')}
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
