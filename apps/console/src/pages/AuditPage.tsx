import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Form, Input, Space, Table, Typography } from 'antd';
import { api, session, unwrap } from '../api/client';
import { term } from '../lib/i18n';
import { formatInstant } from '../lib/time';
import { problemText } from './ActionDialog';

const HEAD_LABELS: Record<string, string> = {
  id: '链头序号',
  entryHash: '链头哈希（请记录）',
  hash: '链头哈希（请记录）',
  at: '时间',
};
const OUTCOMES: Record<string, string> = {
  accepted: '已受理',
  automatic: '系统自动',
  refused: '被拒绝',
  failed: '失败',
  ok: '成功',
};

export default function AuditPage() {
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
      headers: { Authorization: `Bearer ${session.token() ?? ''}` },
    });
    if (!response.ok) return setExportError(`导出失败（HTTP ${response.status}）`);
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
        审计
      </Typography.Title>
      <Card
        size="small"
        title={<h2 style={{ fontSize: 15, margin: 0 }}>审计链校验</h2>}
        style={{ marginBottom: 16 }}
      >
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button onClick={() => verify.mutate()} loading={verify.isPending}>
            校验审计链
          </Button>
          {verify.error && <Alert type="error" title={problemText(verify.error)} />}
          {verify.data && (
            <>
              <Alert
                type={verify.data.ok ? 'success' : 'error'}
                title={
                  verify.data.ok
                    ? `审计链完整：已校验 ${verify.data.checked} 条记录`
                    : `审计链在第 ${verify.data.firstBrokenEntry ?? '?'} 条断裂：${verify.data.problem ?? ''}`
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
                    label: HEAD_LABELS[k] ?? k,
                    children: <code style={{ wordBreak: 'break-all' }}>{String(v)}</code>,
                  }))}
                />
              )}
            </>
          )}
        </Space>
      </Card>
      <Card size="small" title={<h2 style={{ fontSize: 15, margin: 0 }}>案件审计记录</h2>}>
        <Form
          layout="inline"
          initialValues={{ caseId }}
          onFinish={(v: { caseId: string }) => void navigate(`/audit/${v.caseId.trim()}`)}
        >
          <Form.Item label="案件编号" name="caseId">
            <Input style={{ width: 340 }} />
          </Form.Item>
          <Button htmlType="submit">查询</Button>
          {caseId && (
            <Button style={{ marginLeft: 8 }} onClick={() => void exportHistory()}>
              导出
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
              { title: '时间（北京时间）', dataIndex: 'at', render: formatInstant, width: 150 },
              { title: '办理人', dataIndex: 'who' },
              { title: '角色', dataIndex: 'role', render: (r: string | null) => (r ? term(r) : '—') },
              { title: '经过', dataIndex: 'text' },
              {
                title: '结果',
                dataIndex: 'outcome',
                render: (o: string) => OUTCOMES[o] ?? o,
              },
              { title: '文号', dataIndex: 'documentNumber', render: (d: string | null) => d ?? '—' },
            ]}
          />
        )}
      </Card>
    </section>
  );
}
