import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { App as AntApp, Col, Result, Row, Space, Spin, Tabs, Typography } from 'antd';
import { ProblemError } from '../api/client';
import { useRecordText } from '../lib/i18n-record';
import { problemMessage } from '../lib/problem';
import { RECORD_KINDS, recordHref, type RecordKind } from '../lib/records';
import { PeopleProvider, usePeople } from '../lib/people';
import { hasRole, useMe, useNow } from '../lib/session';
import { ActionsBar } from './record/ActionsBar';
import { Narrative } from './record/Narrative';
import { recordTabs } from './record/RecordTabs';
import { StageSteps } from './record/StageSteps';
import { Summary } from './record/Summary';
import { loadRecord } from './record/view';

/**
 * One layout for every record (case, penalty, transfer, accident, rectification item): the summary,
 * the stage as steps, the actions, the tabs, and the key events beside them.
 */
export default function RecordPage() {
  return (
    <AntApp>
      <RecordPageContent />
    </AntApp>
  );
}

function RecordPageContent() {
  const t = useRecordText();
  const { kind: rawKind = 'cases', id = '' } = useParams();
  const kind = (rawKind in RECORD_KINDS ? rawKind : 'cases') as RecordKind;
  const now = useNow();
  const { data: me } = useMe();
  const record = useQuery({
    queryKey: ['record', kind, id],
    queryFn: () => loadRecord(kind, id),
    refetchInterval: 20_000,
  });
  // The people the record names (承办人 by id, the timeline's actors by username), looked up once.
  const people = usePeople({
    ids: record.data?.handlers.map((h) => h.id),
    usernames: [
      ...(record.data?.handlers.map((h) => h.username) ?? []),
      ...(record.data?.timeline.map((e) => e.actor) ?? []),
    ],
  });

  if (record.isLoading) return <Spin style={{ margin: 48 }} />;
  if (record.error) {
    const problem = record.error instanceof ProblemError ? record.error.problem : null;
    return (
      <Result
        status={problem?.status === 403 ? '403' : '404'}
        title={<h1 style={{ fontSize: 20 }}>{problem?.status === 403 ? t('forbidden') : t('notFound')}</h1>}
        subTitle={`${problem ? (problem.detail ?? problem.title) : problemMessage(record.error)}${t('notFoundHint')}`}
        extra={<Link to="/">{t('backToInbox')}</Link>}
      />
    );
  }
  const view = record.data!;
  return (
    <PeopleProvider value={people}>
      <article aria-labelledby="record-title">
        <Space style={{ width: '100%', justifyContent: 'space-between' }} wrap>
          <Typography.Title level={1} id="record-title" style={{ fontSize: 22, margin: 0 }}>
            {t(`kinds.${kind}`)}：{view.title}
          </Typography.Title>
          <Space>
            {view.caseId && kind !== 'cases' && (
              <Link to={recordHref('enforcement', view.caseId)}>{t('parentCase')}</Link>
            )}
            {hasRole(me, 'auditor') && view.caseId && (
              <Link to={`/audit/${view.caseId}`}>{t('auditLink')}</Link>
            )}
          </Space>
        </Space>
        {view.summary && <Typography.Paragraph type="secondary">{view.summary}</Typography.Paragraph>}
        <Summary view={view} now={now} />
        <StageSteps view={view} />
        <ActionsBar view={view} now={now} />
        <Row gutter={16}>
          <Col xs={24} lg={16}>
            <Tabs items={recordTabs(view, now, t)} />
          </Col>
          <Col xs={24} lg={8}>
            <Narrative view={view} />
          </Col>
        </Row>
      </article>
    </PeopleProvider>
  );
}
