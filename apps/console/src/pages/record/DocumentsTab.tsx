import { useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Modal, Space, Table, Tag, Typography } from 'antd';
import { api, unwrap, type Schemas } from '../../api/client';
import { useRecordText } from '../../lib/i18n-record';
import { problemMessage } from '../../lib/problem';
import { formatInstant } from '../../lib/time';
import { fetchFile, saveBlob } from './files';
import { PageImages } from './PageImages';

type DocumentFile = Schemas['DocumentFile'];

/** A document's PDF: fetched once, asked again after Retry-After while the printer is still at it. */
function usePdf(doc: DocumentFile, enabled: boolean) {
  return useQuery({
    queryKey: ['document-pdf', doc.id],
    queryFn: () => fetchFile(`/documents/${doc.id}/pdf`),
    enabled: enabled && doc.status !== 'no_file',
    staleTime: Infinity,
    refetchInterval: (q) => {
      const d = q.state.data;
      return d && 'retryAfter' in d ? d.retryAfter * 1000 : false;
    },
  });
}

function fileName(doc: DocumentFile): string {
  // A record without a number (听证笔录) is named after its kind.
  return `${doc.number ?? doc.name}.pdf`;
}

/** The document's pages as images (any browser), with the PDF's digest and its download. */
function PreviewModal({ doc, onClose }: { doc: DocumentFile; onClose: () => void }) {
  const t = useRecordText();
  const pdf = usePdf(doc, true);
  const blob = pdf.data && 'blob' in pdf.data ? pdf.data.blob : null;
  const meta = useQuery({
    queryKey: ['document', doc.id, !!blob],
    queryFn: async () => unwrap(await api.GET('/documents/{id}', { params: { path: { id: doc.id } } })),
  });
  const file = meta.data?.pdf ?? doc.pdf;
  return (
    <Modal
      open
      width={900}
      title={t('documents.previewTitle', { name: doc.name, number: doc.number ?? t('documents.noNumber') })}
      onCancel={onClose}
      footer={[
        <Button key="close" onClick={onClose}>
          {t('documents.close')}
        </Button>,
        <Button
          key="download"
          type="primary"
          disabled={!blob}
          onClick={() => blob && saveBlob(blob, fileName(doc))}
        >
          {t('documents.download')}
        </Button>,
      ]}
    >
      {file && (
        <p style={{ margin: '0 0 8px', wordBreak: 'break-all' }}>
          {t('documents.sha256')}：<code data-testid="pdf-sha256">{file.sha256}</code>
          {' · '}
          {t('documents.pages', { pages: file.pages })}
        </p>
      )}
      {pdf.error && <Alert type="error" role="alert" title={problemMessage(pdf.error)} />}
      {pdf.data && 'retryAfter' in pdf.data && (
        <Alert
          type="info"
          role="status"
          title={t('documents.renderingRetry', { seconds: pdf.data.retryAfter })}
        />
      )}
      <PageImages doc={meta.data ?? doc} />
    </Modal>
  );
}

/** Download straight from the list: the PDF fetched (waiting out a render), then saved. */
function DownloadButton({ doc }: { doc: DocumentFile }) {
  const t = useRecordText();
  const [wanted, setWanted] = useState(false);
  const pdf = usePdf(doc, wanted);
  const blob = pdf.data && 'blob' in pdf.data ? pdf.data.blob : null;
  useEffect(() => {
    if (wanted && blob) {
      saveBlob(blob, fileName(doc));
      setWanted(false);
    }
  }, [wanted, blob, doc]);
  const waiting = wanted && (pdf.isFetching || (pdf.data && 'retryAfter' in pdf.data));
  return (
    <Button
      size="small"
      loading={!!waiting}
      aria-label={`${t('documents.download')} ${doc.number ?? doc.name}`}
      onClick={() => (blob ? saveBlob(blob, fileName(doc)) : setWanted(true))}
    >
      {t('documents.download')}
    </Button>
  );
}

/** The record's numbered documents with their files: preview in the page, download, digest. */
export function DocumentsTab({ recordId }: { recordId: string }) {
  const t = useRecordText();
  const [previewing, setPreviewing] = useState<DocumentFile | null>(null);
  const list = useQuery({
    queryKey: ['documents', recordId],
    queryFn: async () =>
      unwrap(await api.GET('/cases/{caseId}/documents', { params: { path: { caseId: recordId } } })),
    // While one is still printing, look again soon.
    refetchInterval: (q) => (q.state.data?.items.some((d) => d.status === 'rendering') ? 2_000 : 20_000),
  });
  if (list.error) return <Alert type="error" role="alert" title={problemMessage(list.error)} />;
  return (
    <>
      <Table<DocumentFile>
        size="small"
        rowKey="id"
        loading={list.isLoading}
        pagination={false}
        dataSource={list.data?.items ?? []}
        columns={[
          { title: t('col.docName'), dataIndex: 'name' },
          {
            title: t('col.docNumber'),
            dataIndex: 'number',
            render: (n: string | null) =>
              n ?? <Typography.Text type="secondary">{t('documents.noNumber')}</Typography.Text>,
          },
          { title: t('col.issuedAt'), dataIndex: 'issuedAt', render: formatInstant },
          {
            title: t('documents.sha256'),
            key: 'sha256',
            render: (_, d) =>
              d.pdf ? (
                <Typography.Text code title={d.pdf.sha256}>
                  {d.pdf.sha256.slice(0, 12)}…
                </Typography.Text>
              ) : d.status === 'rendering' ? (
                <Tag color="#874d00">{t('documents.rendering')}</Tag>
              ) : (
                <Typography.Text type="secondary">{t('documents.noFile')}</Typography.Text>
              ),
          },
          {
            title: t('col.actions'),
            key: 'actions',
            render: (_, d) =>
              d.status === 'no_file' ? null : (
                <Space>
                  <Button
                    size="small"
                    aria-label={`${t('documents.preview')} ${d.number ?? d.name}`}
                    onClick={() => setPreviewing(d)}
                  >
                    {t('documents.preview')}
                  </Button>
                  <DownloadButton doc={d} />
                </Space>
              ),
          },
        ]}
      />
      {previewing && <PreviewModal doc={previewing} onClose={() => setPreviewing(null)} />}
    </>
  );
}
