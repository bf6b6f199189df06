import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../api/client';
import { term } from '../lib/i18n';
import { formatInstant } from '../lib/time';
import { STAGE_PATHS, type RecordKind } from '../lib/records';
import { LIST } from '../lib/i18n/list';

type ListKind = 'cases' | 'penalties' | 'transfers' | 'accidents';
const KINDS: ListKind[] = ['cases', 'penalties', 'transfers', 'accidents'];

interface Row {
  id: string;
  title: string;
  stage: string;
  openedAt: string;
  nextDueAt: string | null;
  overdue: boolean;
}

async function list(kind: ListKind, stage: string | undefined, overdue: boolean): Promise<Row[]> {
  if (kind === 'cases') {
    const page = unwrap(
      await api.GET('/cases', {
        params: {
          query: {
            limit: 200,
            ...(stage ? { stage: stage as 'opened' } : {}),
            ...(overdue ? { overdue: true } : {}),
          },
        },
      }),
    );
    return page.items.map((c) => ({
      id: c.id,
      title: c.enterprise.name,
      stage: c.stage,
      openedAt: c.openedAt,
      nextDueAt: c.nextDueAt,
      overdue: c.overdue,
    }));
  }
  const path = ({ penalties: '/penalties', transfers: '/transfers', accidents: '/accidents' } as const)[kind];
  const page = unwrap(await api.GET(path, { params: { query: { limit: 200 } } }));
  return page.items
    .map((p) => ({
      id: p.id,
      title: p.title,
      stage: p.stage,
      openedAt: p.openedAt,
      nextDueAt: p.nextDueAt,
      overdue: false,
    }))
    .filter((p) => !stage || p.stage === stage);
}

export default function ListPage() {
  const { kind: raw = 'cases' } = useParams();
  const { t } = useTranslation(LIST);
  const kind = (KINDS as string[]).includes(raw) ? (raw as ListKind) : 'cases';
  const [params, setParams] = useSearchParams();
  const stage = params.get('stage') ?? undefined;
  const overdue = params.get('overdue') === '1';
  const rows = useQuery({
    queryKey: ['list', kind, stage, overdue],
    queryFn: () => list(kind, stage, overdue),
  });
  const set = (k: string, v: string | null) => {
    const next = new URLSearchParams(params);
    if (v) next.set(k, v);
    else next.delete(k);
    setParams(next, { replace: true });
  };
  return (
    <section aria-labelledby="list-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} id="list-title" style={{ fontSize: 22, margin: 0 }}>
          {t(`title_${kind}`)}
        </Typography.Title>
        <Space wrap>
          <label htmlFor="list-stage">{t('stage')}</label>
          <Select
            id="list-stage"
            style={{ width: 160 }}
            value={stage ?? ''}
            onChange={(v: string) => set('stage', v || null)}
            options={[
              { value: '', label: t('all') },
              ...STAGE_PATHS[kind as RecordKind].map((s) => ({ value: s, label: term(s) })),
            ]}
          />
          {kind === 'cases' && (
            <Button
              aria-pressed={overdue}
              type={overdue ? 'primary' : 'default'}
              onClick={() => set('overdue', overdue ? null : '1')}
            >
              {t('overdueOnly')}
            </Button>
          )}
        </Space>
      </Space>
      {rows.error && <Alert type="error" title={rows.error.message} />}
      <Table<Row>
        style={{ marginTop: 12 }}
        rowKey="id"
        loading={rows.isLoading}
        dataSource={rows.data ?? []}
        locale={{ emptyText: t('empty') }}
        columns={[
          {
            title: t('colName'),
            dataIndex: 'title',
            render: (title: string, r) => (
              <Link to={`/records/${kind}/${r.id}`}>
                <span lang="zh-CN">{title}</span>
              </Link>
            ),
          },
          { title: t('colStage'), dataIndex: 'stage', render: (s: string) => <Tag>{term(s)}</Tag> },
          { title: t('colOpened'), dataIndex: 'openedAt', render: formatInstant },
          {
            title: t('colNextDue'),
            dataIndex: 'nextDueAt',
            render: (d: string | null, r) =>
              r.overdue ? (
                <Tag color="#a8071a">{t('overdueAt', { at: formatInstant(d) })}</Tag>
              ) : (
                formatInstant(d)
              ),
          },
        ]}
      />
    </section>
  );
}
