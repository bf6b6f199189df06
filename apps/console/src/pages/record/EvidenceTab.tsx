import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Table, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { useRecordText } from '../../lib/i18n-record';
import { problemMessage } from '../../lib/problem';
import type { View } from './view';
import { fetchFile, saveBlob } from './files';

type EvidenceFile = Schemas['EvidenceFile'];

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function download(file: EvidenceFile) {
  const answer = await fetchFile(file.href);
  if ('blob' in answer) saveBlob(answer.blob, file.fileName);
}

/** The case's stored evidence files (download), and the evidence the findings record by digest. */
export function EvidenceTab({ view }: { view: View }) {
  const t = useRecordText();
  const files = useQuery({
    queryKey: ['evidence', view.id],
    queryFn: async () => unwrap(await api.GET('/evidence', { params: { query: { caseId: view.id } } })),
  });
  const recorded = view.dangers.flatMap((d) => d.evidence.map((e) => ({ ...e, danger: d.id })));
  return (
    <>
      <h3 style={{ fontSize: 14 }}>{t('evidence.listTitle')}</h3>
      {files.error && <Alert type="error" role="alert" title={problemMessage(files.error)} />}
      <Table<EvidenceFile>
        size="small"
        rowKey="id"
        loading={files.isLoading}
        pagination={false}
        locale={{ emptyText: t('evidence.none') }}
        dataSource={files.data?.items ?? []}
        columns={[
          { title: t('col.file'), dataIndex: 'fileName' },
          { title: t('col.size'), dataIndex: 'size', render: size },
          {
            title: 'SHA-256',
            dataIndex: 'sha256',
            render: (h: string) => (
              <Typography.Text code title={h}>
                {h.slice(0, 16)}…
              </Typography.Text>
            ),
          },
          {
            title: t('col.actions'),
            key: 'download',
            render: (_, f) => (
              <Button
                size="small"
                aria-label={`${t('evidence.download')} ${f.fileName}`}
                onClick={() => void download(f)}
              >
                {t('evidence.download')}
              </Button>
            ),
          },
        ]}
      />
      {view.kind === 'cases' && (
        <>
          <h3 style={{ fontSize: 14, marginTop: 16 }}>{t('evidence.recorded')}</h3>
          <Table
            size="small"
            rowKey={(e) => `${e.danger}:${e.name}:${e.sha256}`}
            pagination={false}
            dataSource={recorded}
            columns={[
              { title: t('col.danger'), dataIndex: 'danger' },
              {
                title: t('col.kind'),
                dataIndex: 'kind',
                render: (k: string) => t(`evidenceKinds.${k}`, { defaultValue: k }),
              },
              { title: t('col.name'), dataIndex: 'name' },
              {
                title: 'SHA-256',
                dataIndex: 'sha256',
                render: (h: string) => <code>{h.slice(0, 16)}…</code>,
              },
            ]}
          />
        </>
      )}
    </>
  );
}
