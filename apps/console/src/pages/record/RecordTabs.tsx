import { Link } from 'react-router';
import { Descriptions, Empty, Table, Tag } from 'antd';
import type { Task, TimelineEvent } from '../../api/client';
import { eventText, term } from '../../lib/i18n';
import { useRecordText } from '../../lib/i18n-record';
import { RECORD_KINDS, recordHref } from '../../lib/records';
import { PersonName } from '../../lib/people';
import { formatInstant } from '../../lib/time';
import { TaskDue } from './Due';
import { DocumentsTab } from './DocumentsTab';
import { EvidenceTab } from './EvidenceTab';
import type { View } from './view';

function DangersTable({ view }: { view: View }) {
  const t = useRecordText();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={view.dangers}
      columns={[
        { title: t('col.id'), dataIndex: 'id' },
        { title: t('col.description'), dataIndex: 'description' },
        {
          title: t('col.severity'),
          dataIndex: 'severity',
          render: (s: string) =>
            s === 'major' ? <Tag color="#a8071a">{t('severity.major')}</Tag> : t('severity.ordinary'),
        },
        { title: t('col.legalBasis'), dataIndex: 'legalBasis' },
        { title: t('col.status'), dataIndex: 'status', render: (s: string) => term(s) },
      ]}
    />
  );
}

function MeasuresTable({ view }: { view: View }) {
  const t = useRecordText();
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={view.measures}
      columns={[
        { title: t('col.id'), dataIndex: 'id' },
        { title: t('col.kind'), dataIndex: 'kind', render: (k: string) => term(k) },
        { title: t('col.reason'), dataIndex: 'reason' },
        { title: t('col.status'), dataIndex: 'status', render: (s: string) => term(s) },
        { title: t('col.proposedAt'), dataIndex: 'proposedAt', render: formatInstant },
        { title: t('col.decidedAt'), dataIndex: 'decidedAt', render: formatInstant },
      ]}
    />
  );
}

/**
 * The clocks: the step and its legal basis are long texts and wrap; the deadline keeps its day on one
 * line, and the short columns (role, rung) and every header never break. CJK text may break between
 * any two characters, so without this the browser squeezed 承办角色 and 升级 to two characters a line
 * beside a long basis.
 */
function ClocksTable({ view, now }: { view: View; now: number }) {
  const t = useRecordText();
  return (
    <Table<Task>
      className="clocks-table"
      size="small"
      rowKey="key"
      pagination={false}
      dataSource={view.tasks}
      columns={[
        { title: t('col.step'), dataIndex: 'title', minWidth: 120 },
        {
          title: t('col.due'),
          key: 'due',
          width: 190,
          render: (_, task) => <TaskDue task={task} now={now} />,
        },
        {
          title: t('col.legalBasis'),
          dataIndex: 'source',
          minWidth: 160,
          render: (s: string | null) => (s ? <span lang="zh-CN">{s}</span> : '—'),
        },
        {
          title: t('col.role'),
          dataIndex: 'assigneeRole',
          className: 'nowrap',
          render: (r: string) => term(r),
        },
        {
          title: t('col.escalation'),
          dataIndex: 'escalationLevel',
          className: 'nowrap',
          render: (l: number) => (l ? t('summary.rung', { level: l }) : '—'),
        },
      ]}
    />
  );
}

function ChildrenTable({ view }: { view: View }) {
  const t = useRecordText();
  if (!view.children.length) return <Empty description={t('tabs.noChildren')} />;
  return (
    <Table
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={view.children}
      columns={[
        {
          title: t('col.title'),
          dataIndex: 'title',
          render: (title: string, c) => <Link to={recordHref(c.kind, c.id)}>{title}</Link>,
        },
        { title: t('col.stage'), dataIndex: 'stage', render: (s: string) => term(s) },
        { title: t('col.start'), dataIndex: 'openedAt', render: formatInstant },
      ]}
    />
  );
}

function TimelineTable({ view }: { view: View }) {
  const t = useRecordText();
  const procedure = RECORD_KINDS[view.kind].noun;
  return (
    <Table<TimelineEvent>
      size="small"
      rowKey="seq"
      pagination={{ pageSize: 20 }}
      dataSource={view.timeline}
      columns={[
        { title: t('col.seq'), dataIndex: 'seq', width: 64 },
        { title: t('col.at'), dataIndex: 'at', render: formatInstant, width: 150 },
        { title: t('col.event'), dataIndex: 'type', render: (type: string) => eventText(procedure, type) },
        {
          title: t('col.actor'),
          dataIndex: 'actor',
          render: (a: string | null) =>
            a ? <PersonName username={a} withRole={false} /> : t('narrative.system'),
        },
        { title: t('col.role'), dataIndex: 'role', render: (r: string | null) => (r ? term(r) : '—') },
      ]}
    />
  );
}

/** The tabs of a record: what it found, what it ordered, its clocks, files and procedures. */
export function recordTabs(view: View, now: number, t: ReturnType<typeof useRecordText>) {
  const isCase = view.kind === 'cases';
  return [
    ...(isCase
      ? [
          {
            key: 'dangers',
            label: t('tabs.dangers', { count: view.dangers.length }),
            children: <DangersTable view={view} />,
          },
          {
            key: 'measures',
            label: t('tabs.measures', { count: view.measures.length }),
            children: <MeasuresTable view={view} />,
          },
        ]
      : []),
    {
      key: 'clocks',
      label: t('tabs.clocks', { count: view.tasks.length }),
      children: <ClocksTable view={view} now={now} />,
    },
    {
      key: 'documents',
      label: t('tabs.documents', { count: view.documents.length }),
      children: <DocumentsTab recordId={view.id} />,
    },
    { key: 'evidence', label: t('tabs.evidence'), children: <EvidenceTab view={view} /> },
    ...(isCase
      ? []
      : [
          {
            key: 'facts',
            label: t('tabs.facts'),
            children: (
              <Descriptions
                size="small"
                column={2}
                items={view.facts.map(([k, v]) => ({ key: k, label: k, children: v }))}
              />
            ),
          },
        ]),
    {
      key: 'children',
      label: t('tabs.children', { count: view.children.length }),
      children: <ChildrenTable view={view} />,
    },
    { key: 'timeline', label: t('tabs.timeline'), children: <TimelineTable view={view} /> },
  ];
}
