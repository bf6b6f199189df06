import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, headers, unwrap } from '../api/client';
import { term } from '../lib/i18n';
import { formatInstant } from '../lib/time';
import { AUDIT } from '../lib/i18n/audit';
import { problemText } from './ActionDialog';

export default function AuditPage() {
  const { t } = useTranslation(AUDIT);
  const { caseId } = useParams();
  const navigate = useNavigate();
  const [exportError, setExportError] = useState<string | null>(null);
  const history = useQuery({
    queryKey: ['audit', caseId],
    enabled: !!caseId,
    queryFn: async () =>
      unwrap(await api.GET('/audit/cases/{caseId}', { params: { path: { caseId: caseId! } } })),
  });
  const verify = useMutation({ mutationFn: async () => unwrap(await api.GET('/audit/verify')) });

  async function exportHistory() {
    setExportError(null);
    const response = await fetch(`/audit/cases/${encodeURIComponent(caseId!)}/export`, {
      headers: headers(),
    });
    if (!response.ok) return setExportError(t('exportFailed', { status: response.status }));
    const url = URL.createObjectURL(await response.blob());
    const a = document.createElement('a');
    a.href = url;
    a.download = `audit-${caseId}.json`;
    a.click();
    URL.revokeObjectURL(url);
  }

  return (
    <section aria-labelledby="audit-title">
      <Typography.Title level={1} id="audit-title" style={{ fontSize: 22 }}>
        {t('title')}
      </Typography.Title>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('verifyTitle')}</h2>}
        style={{ marginBottom: 16 }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            {t('verify')}
          </Button>
          {verify.error && <Alert type="error" title={problemText(verify.error)} />}
          {verify.data && (
            <>
              <Alert
                type={verify.data.ok ? 'success' : 'error'}
                title={
                  verify.data.ok
                    ? t('chainOk', { count: verify.data.checked })
                    : t('chainBroken', {
                        entry: verify.data.firstBrokenEntry ?? '?',
                        problem: verify.data.problem ?? '',
                      })
                }
                role="status"
              />
              {verify.data.head && (
                <Descriptions
                  size="small"
                  column={1}
                  bordered
                  items={Object.entries(verify.data.head).map(([k, v]) => ({
                    key: k,
                    label: t(`head_${k}`, { defaultValue: k }),
                    children: <code style={{ wordBreak: 'break-all' }}>{String(v)}</code>,
                  }))}
                />
              )}
            </>
          )}
        </Space>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>{t('historyTitle')}</h2>}>
        <Form
          layout="inline"
          initialValues={{ caseId }}
          onFinish={(v: { caseId: string }) => void navigate(`/audit/${v.caseId.trim()}`)}
        >
          <Form.Item label={t('caseId')} name="caseId">
            <Input style={{ width: 340 }} />
          </Form.Item>
          <Button htmlType="submit">{t('search')}</Button>
          {caseId && (
            <Button style={{ marginLeft: 8 }} onClick={() => void exportHistory()}>
              {t('export')}
            </Button>
          )}
        </Form>
        {exportError && <Alert type="error" title={exportError} style={{ marginTop: 8 }} />}
        {history.error && <Alert type="error" title={problemText(history.error)} style={{ marginTop: 12 }} />}
        {history.data && (
          <Table
            style={{ marginTop: 12 }}
            size="small"
            rowKey="id"
            pagination={{ pageSize: 50 }}
            dataSource={history.data.entries}
            columns={[
              { title: t('colAt'), dataIndex: 'at', render: formatInstant, width: 150 },
              { title: t('colWho'), dataIndex: 'who' },
              {
                title: t('colRole'),
                dataIndex: 'role',
                render: (r: string | null) => (r ? term(r) : '—'),
              },
              { title: t('colText'), dataIndex: 'text' },
              {
                title: t('colOutcome'),
                dataIndex: 'outcome',
                render: (o: string) => t(`outcome_${o}`, { defaultValue: o }),
              },
              {
                title: t('colDocument'),
                dataIndex: 'documentNumber',
                // A document number (南昌应急责改〔2026〕3号) is the record's own, in Chinese.
                render: (d: string | null) => (d ? <span lang="zh-CN">{d}</span> : '—'),
              },
            ]}
          />
        )}
      </Card>
    </section>
  );
}
