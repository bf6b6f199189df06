import { App as AntApp } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Result,
  Row,
  Space,
  Spin,
  Steps,
  Table,
  Tabs,
  Tag,
  Timeline,
  Tooltip,
  Typography,
} from 'antd';
import {
  api,
  unwrap,
  ProblemError,
  type AvailableAction,
  type CaseDetail,
  type ProcedureDetail,
  type Task,
  type TimelineEvent,
} from '../api/client';
import { eventText, term } from '../lib/i18n';
import { formatInstant, daysLeft } from '../lib/time';
import { hasRole, useMe, useNow } from '../lib/session';
import { RECORD_KINDS, STAGE_PATHS, recordHref, type RecordKind } from '../lib/records';
import { ActionDialog, problemText, type SubRecordChoices } from './ActionDialog';
import type { FormChoices } from './SchemaForm';

const KIND_NAMES: Record<RecordKind, string> = {
  cases: '执法案件',
  penalties: '处罚案件',
  transfers: '移送案件',
  accidents: '事故',
  items: '整改事项',
};

/** One shape for every kind of record, as this page draws it. */
interface View {
  kind: RecordKind;
  id: string;
  caseId: string | null;
  title: string;
  stage: string;
  party: string;
  summary: string | null;
  openedAt: string;
  closedAt: string | null;
  nextDueAt: string | null;
  escalationLevel: number;
  handlers: string[];
  tasks: Task[];
  documents: CaseDetail['documents'];
  timeline: TimelineEvent[];
  actions: AvailableAction[];
  dangers: CaseDetail['hiddenDangers'];
  measures: CaseDetail['measures'];
  children: { id: string; kind: string; stage: string; title: string; openedAt: string }[];
  facts: [string, string][];
}

function fromCase(c: CaseDetail): View {
  return {
    kind: 'cases',
    id: c.id,
    caseId: c.id,
    title: c.enterprise.name,
    stage: c.stage,
    party: `${c.enterprise.name}（${c.enterprise.creditCode}）`,
    summary: c.summary,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    nextDueAt: c.nextDueAt,
    escalationLevel: c.escalationLevel,
    handlers: c.officers.map((o) => o.displayName),
    tasks: c.tasks,
    documents: c.documents,
    timeline: c.timeline,
    actions: c.availableActions,
    dangers: c.hiddenDangers,
    measures: c.measures,
    children: c.procedures,
    facts: [
      ['案件来源', term(c.origin)],
      ['检查地点', c.inspection?.place ?? '—'],
      ['整改期限', c.order?.deadline ?? '—'],
      ['规则版本', c.rulebookVersion],
    ],
  };
}

function fromProcedure(kind: RecordKind, p: ProcedureDetail): View {
  const facts: [string, string][] = [];
  for (const [k, v] of Object.entries(p.state))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') facts.push([k, String(v)]);
  const handlers = Array.isArray(p.state.handlers) ? (p.state.handlers as unknown[]).map(String) : [];
  return {
    kind,
    id: p.id,
    caseId: p.caseId,
    title: p.title,
    stage: p.stage,
    party: p.party.creditCode ? `${p.party.name}（${p.party.creditCode}）` : p.party.name,
    summary: null,
    openedAt: p.openedAt,
    closedAt: p.closedAt,
    nextDueAt: p.nextDueAt,
    escalationLevel: p.escalationLevel,
    handlers,
    tasks: p.tasks,
    documents: p.documents,
    timeline: p.timeline,
    actions: p.availableActions ?? [],
    dangers: [],
    measures: [],
    children: p.children,
    facts: facts.slice(0, 12),
  };
}

async function load(kind: RecordKind, id: string): Promise<View> {
  switch (kind) {
    case 'cases':
      return fromCase(unwrap(await api.GET('/cases/{caseId}', { params: { path: { caseId: id } } })));
    case 'penalties':
      return fromProcedure(kind, unwrap(await api.GET('/penalties/{id}', { params: { path: { id } } })));
    case 'transfers':
      return fromProcedure(kind, unwrap(await api.GET('/transfers/{id}', { params: { path: { id } } })));
    case 'accidents':
      return fromProcedure(kind, unwrap(await api.GET('/accidents/{id}', { params: { path: { id } } })));
    case 'items':
      return fromProcedure(
        kind,
        unwrap(await api.GET('/rectification-items/{id}', { params: { path: { id } } })),
      );
  }
}

function StageSteps({ view }: { view: View }) {
  const path = STAGE_PATHS[view.kind];
  let index = path.indexOf(view.stage);
  const items = path.map((s) => ({ title: term(s) }));
  let status: 'process' | 'error' | 'finish' = view.closedAt ? 'finish' : 'process';
  if (index < 0) {
    // A side stage (逾期未整改, 不予立案 …): drawn after the last stage reached, as a warning.
    index = Math.max(0, view.kind === 'cases' && view.stage === 'escalated' ? 2 : path.length - 2);
    items.splice(index + 1, 0, { title: term(view.stage) });
    index += 1;
    status = 'error';
  }
  return (
    <Steps
      size="small"
      current={index}
      status={status}
      items={items}
      aria-label="办理阶段"
      style={{ marginBottom: 16 }}
    />
  );
}

function DueTag({ dueAt, now, overdue }: { dueAt: string | null; now: number; overdue?: boolean }) {
  if (!dueAt) return <span>—</span>;
  const days = daysLeft(dueAt, now);
  return (
    <Space size={4}>
      <span>{formatInstant(dueAt)}</span>
      {overdue || days < 0 ? (
        <Tag color="#a8071a">已超期{Math.max(0, -days)}天</Tag>
      ) : (
        <Tag color={days <= 3 ? '#874d00' : '#237804'}>剩余{days}天</Tag>
      )}
    </Space>
  );
}

function ActionsBar({ view, now }: { view: View; now: number }) {
  const [open, setOpen] = useState<AvailableAction | null>(null);
  const allowed = view.actions.filter((a) => a.allowed);
  const refused = view.actions.filter((a) => !a.allowed);
  const choices: FormChoices = {
    dangers: view.dangers.map((d) => ({ value: d.id, label: `${d.id} ${d.description}` })),
  };
  const subRecords: SubRecordChoices = {
    measureId: view.measures.map((m) => ({
      value: m.id,
      label: `${m.id} ${term(m.kind)}（${term(m.status)}）`,
    })),
  };
  return (
    <Card
      size="small"
      title={<h2 style={{ fontSize: 15, margin: 0 }}>可办理的操作</h2>}
      style={{ marginBottom: 16 }}
    >
      {view.actions.length === 0 && (
        <Typography.Text type="secondary">当前阶段没有可办理的操作。</Typography.Text>
      )}
      <Space wrap>
        {allowed.map((a) => (
          <Button key={a.id + a.path} type="primary" onClick={() => setOpen(a)}>
            {a.label}
          </Button>
        ))}
        {refused.map((a) => (
          <Tooltip key={a.id + a.path} title={a.message}>
            <Button disabled>{a.label}</Button>
          </Tooltip>
        ))}
      </Space>
      {refused.length > 0 && (
        <ul aria-label="不能办理的原因" style={{ margin: '8px 0 0', paddingLeft: 18, color: '#595959' }}>
          {refused.map((a) => (
            <li key={a.id + a.path}>
              {a.label}：{a.message ?? term(a.reason)}
            </li>
          ))}
        </ul>
      )}
      {open && (
        <ActionDialog
          action={open}
          choices={choices}
          subRecords={subRecords}
          now={now}
          onClose={() => setOpen(null)}
        />
      )}
    </Card>
  );
}

export default function RecordPage() {
  return (
    <AntApp>
      <RecordPageContent />
    </AntApp>
  );
}

function RecordPageContent() {
  const { kind: rawKind = 'cases', id = '' } = useParams();
  const kind = (rawKind in RECORD_KINDS ? rawKind : 'cases') as RecordKind;
  const now = useNow();
  const { data: me } = useMe();
  const record = useQuery({
    queryKey: ['record', kind, id],
    queryFn: () => load(kind, id),
    refetchInterval: 20_000,
  });

  if (record.isLoading) return <Spin style={{ margin: 48 }} />;
  if (record.error) {
    const status = record.error instanceof ProblemError ? record.error.problem.status : 0;
    return (
      <Result
        status={status === 403 ? '403' : '404'}
        title={<h1 style={{ fontSize: 20 }}>{status === 403 ? '无权查看该记录' : '未找到该记录'}</h1>}
        subTitle={`${record.error instanceof ProblemError ? (record.error.problem.detail ?? record.error.problem.title) : problemText(record.error)}（不在本单位管辖范围内的记录无法查看）`}
        extra={<Link to="/">返回我的待办</Link>}
      />
    );
  }
  const view = record.data!;
  const nextTask = view.tasks.find((t) => t.dueAt) ?? view.tasks[0];
  const summary: { label: string; children: React.ReactNode }[] = [
    { label: '当事单位', children: view.party },
    { label: '阶段', children: <Tag color={view.closedAt ? 'default' : '#0958d9'}>{term(view.stage)}</Tag> },
    { label: '下一期限', children: <DueTag dueAt={view.nextDueAt} now={now} overdue={nextTask?.overdue} /> },
    { label: '待办', children: nextTask ? `${nextTask.title}（${term(nextTask.assigneeRole)}）` : '—' },
    { label: '承办人', children: view.handlers.join('、') || '—' },
    { label: '立案时间', children: formatInstant(view.openedAt) },
    {
      label: '升级',
      children: view.escalationLevel > 0 ? <Tag color="#ad2102">第{view.escalationLevel}级</Tag> : '未升级',
    },
  ];
  const procedure = RECORD_KINDS[kind].noun;
  const narrative = view.timeline.filter((e) => !/reminder|reminded|escalat|clock_/.test(e.type)).slice(-8);

  return (
    <article aria-labelledby="record-title">
      <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
        <Typography.Title level={1} id="record-title" style={{ fontSize: 22, margin: 0 }}>
          {KIND_NAMES[kind]}：{view.title}
        </Typography.Title>
        <Space>
          {view.caseId && kind !== 'cases' && (
            <Link to={recordHref('enforcement', view.caseId)}>所属执法案件</Link>
          )}
          {hasRole(me, 'auditor') && view.caseId && <Link to={`/audit/${view.caseId}`}>审计记录</Link>}
        </Space>
      </Space>
      {view.summary && <Typography.Paragraph type="secondary">{view.summary}</Typography.Paragraph>}
      <Card size="small" style={{ margin: '12px 0' }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          items={summary.map((s, i) => ({ key: i, ...s }))}
        />
      </Card>
      <StageSteps view={view} />
      <ActionsBar view={view} now={now} />
      <Row gutter={16}>
        <Col xs={24} lg={16}>
          <Tabs
            items={[
              ...(kind === 'cases'
                ? [
                    {
                      key: 'dangers',
                      label: `隐患（${view.dangers.length}）`,
                      children: (
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={false}
                          dataSource={view.dangers}
                          columns={[
                            { title: '编号', dataIndex: 'id' },
                            { title: '描述', dataIndex: 'description' },
                            {
                              title: '等级',
                              dataIndex: 'severity',
                              render: (s: string) =>
                                s === 'major' ? <Tag color="#a8071a">重大隐患</Tag> : '一般隐患',
                            },
                            { title: '法律依据', dataIndex: 'legalBasis' },
                            { title: '状态', dataIndex: 'status', render: (s: string) => term(s) },
                          ]}
                        />
                      ),
                    },
                    {
                      key: 'measures',
                      label: `措施（${view.measures.length}）`,
                      children: (
                        <Table
                          size="small"
                          rowKey="id"
                          pagination={false}
                          dataSource={view.measures}
                          columns={[
                            { title: '编号', dataIndex: 'id' },
                            { title: '种类', dataIndex: 'kind', render: (k: string) => term(k) },
                            { title: '理由', dataIndex: 'reason' },
                            { title: '状态', dataIndex: 'status', render: (s: string) => term(s) },
                            { title: '提出时间', dataIndex: 'proposedAt', render: formatInstant },
                            { title: '审批时间', dataIndex: 'decidedAt', render: formatInstant },
                          ]}
                        />
                      ),
                    },
                  ]
                : []),
              {
                key: 'clocks',
                label: `期限（${view.tasks.length}）`,
                children: (
                  <Table<Task>
                    size="small"
                    rowKey="key"
                    pagination={false}
                    dataSource={view.tasks}
                    columns={[
                      { title: '步骤', dataIndex: 'title' },
                      {
                        title: '截止（北京时间）',
                        key: 'due',
                        render: (_, t) => <DueTag dueAt={t.dueAt} now={now} overdue={t.overdue} />,
                      },
                      { title: '法律依据', dataIndex: 'source', render: (s: string | null) => s ?? '—' },
                      { title: '承办角色', dataIndex: 'assigneeRole', render: (r: string) => term(r) },
                      {
                        title: '升级',
                        dataIndex: 'escalationLevel',
                        render: (l: number) => (l ? `第${l}级` : '—'),
                      },
                    ]}
                  />
                ),
              },
              {
                key: 'documents',
                label: `文书（${view.documents.length}）`,
                children: (
                  <Table
                    size="small"
                    rowKey="number"
                    pagination={false}
                    dataSource={view.documents}
                    columns={[
                      { title: '文书名称', dataIndex: 'name' },
                      { title: '文号', dataIndex: 'number' },
                      { title: '制作时间', dataIndex: 'issuedAt', render: formatInstant },
                    ]}
                  />
                ),
              },
              ...(kind === 'cases'
                ? [
                    {
                      key: 'evidence',
                      label: '证据',
                      children: (
                        <Table
                          size="small"
                          rowKey={(e) => `${e.danger}:${e.name}`}
                          pagination={false}
                          dataSource={view.dangers.flatMap((d) =>
                            d.evidence.map((e) => ({ ...e, danger: d.id })),
                          )}
                          columns={[
                            { title: '隐患', dataIndex: 'danger' },
                            {
                              title: '种类',
                              dataIndex: 'kind',
                              render: (k: string) =>
                                ({ photo: '照片', video: '视频', audio: '录音', document: '书证' })[k] ?? k,
                            },
                            { title: '名称', dataIndex: 'name' },
                            {
                              title: 'SHA-256',
                              dataIndex: 'sha256',
                              render: (h: string) => <code>{h.slice(0, 16)}…</code>,
                            },
                          ]}
                        />
                      ),
                    },
                  ]
                : [
                    {
                      key: 'facts',
                      label: '事实',
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
                label: `关联程序（${view.children.length}）`,
                children: view.children.length ? (
                  <Table
                    size="small"
                    rowKey="id"
                    pagination={false}
                    dataSource={view.children}
                    columns={[
                      {
                        title: '名称',
                        dataIndex: 'title',
                        render: (t: string, c) => <Link to={recordHref(c.kind, c.id)}>{t}</Link>,
                      },
                      { title: '阶段', dataIndex: 'stage', render: (s: string) => term(s) },
                      { title: '开始', dataIndex: 'openedAt', render: formatInstant },
                    ]}
                  />
                ) : (
                  <Empty description="暂无关联程序" />
                ),
              },
              {
                key: 'timeline',
                label: '完整时间线',
                children: (
                  <Table<TimelineEvent>
                    size="small"
                    rowKey="seq"
                    pagination={{ pageSize: 20 }}
                    dataSource={view.timeline}
                    columns={[
                      { title: '序号', dataIndex: 'seq', width: 64 },
                      { title: '时间（北京时间）', dataIndex: 'at', render: formatInstant, width: 150 },
                      { title: '事件', dataIndex: 'type', render: (t: string) => eventText(procedure, t) },
                      { title: '办理人', dataIndex: 'actor', render: (a: string | null) => a ?? '系统' },
                      { title: '角色', dataIndex: 'role', render: (r: string | null) => (r ? term(r) : '—') },
                    ]}
                  />
                ),
              },
            ]}
          />
        </Col>
        <Col xs={24} lg={8}>
          <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>办理经过</h2>}>
            {narrative.length ? (
              <Timeline
                items={narrative.map((e) => ({
                  key: e.seq,
                  content: (
                    <span>
                      <strong>{eventText(procedure, e.type)}</strong>
                      <br />
                      <Typography.Text type="secondary">
                        {formatInstant(e.at)} · {e.actor ?? '系统'}
                      </Typography.Text>
                    </span>
                  ),
                }))}
              />
            ) : (
              <Alert type="info" title="尚无记录" />
            )}
          </Card>
        </Col>
      </Row>
    </article>
  );
}
