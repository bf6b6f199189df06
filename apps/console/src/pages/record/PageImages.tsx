import { useEffect, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Space, Spin } from 'antd';
import { ProblemError, type Problem, type Schemas } from '../../api/client';
import { registerNamespace } from '../../lib/i18n';
import { pages as texts } from '../../lib/i18n/pages';
import { problemMessage } from '../../lib/problem';
import { authHeaders } from './files';

registerNamespace('pages', texts);

type DocumentFile = Schemas['DocumentFile'];
type PageAnswer = { blob: Blob; pages: number } | { retryAfter: number };

/** One page as PNG from the API (drawn from the stored PDF); 409 while the PDF is still printed. */
async function fetchPage(id: string, page: number): Promise<PageAnswer> {
  const response = await fetch(`/documents/${id}/pages/${page}`, { headers: authHeaders() });
  if (response.ok)
    return { blob: await response.blob(), pages: Number(response.headers.get('X-Page-Count')) || 1 };
  const problem = (await response.json().catch(() => null)) as Problem | null;
  if (response.status === 409 && problem?.code === 'document.rendering')
    return { retryAfter: Number(response.headers.get('Retry-After') ?? '2') || 2 };
  throw new ProblemError(
    problem ?? {
      type: 'about:blank',
      title: `HTTP ${response.status}`,
      status: response.status,
      code: 'http.error',
    },
  );
}

const pageQuery = (id: string, page: number) => ({
  queryKey: ['document-page', id, page],
  queryFn: () => fetchPage(id, page),
  // The stored PDF never changes, and neither do its pages.
  staleTime: Infinity,
});

/**
 * The document as images of its pages, one at a time with page turning: works where the browser has
 * no PDF viewer (headless Chromium, Android tablets), which a PDF in a frame does not.
 */
export function PageImages({ doc }: { doc: DocumentFile }) {
  const { t } = useTranslation('pages');
  const client = useQueryClient();
  const [page, setPage] = useState(1);
  const answer = useQuery({
    ...pageQuery(doc.id, page),
    refetchInterval: (q) => {
      const d = q.state.data;
      return d && 'retryAfter' in d ? d.retryAfter * 1000 : false;
    },
  });
  const data = answer.data;
  const blob = data && 'blob' in data ? data.blob : null;
  const count = data && 'pages' in data ? data.pages : (doc.pdf?.pages ?? 1);
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!blob) return;
    const u = URL.createObjectURL(blob);
    setUrl(u);
    return () => URL.revokeObjectURL(u);
  }, [blob]);
  // The next page is fetched while this one is read, so turning the page is immediate.
  useEffect(() => {
    if (blob && page < count) void client.prefetchQuery(pageQuery(doc.id, page + 1));
  }, [blob, page, count, doc.id, client]);

  if (answer.error) return <Alert type="error" role="alert" title={problemMessage(answer.error)} />;
  return (
    <div>
      {count > 1 && (
        <nav aria-label={t('navigation')} style={{ marginBottom: 8 }}>
          <Space>
            <Button size="small" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              {t('previous')}
            </Button>
            <span data-testid="page-position">{t('position', { page, pages: count })}</span>
            <Button size="small" disabled={page >= count} onClick={() => setPage(page + 1)}>
              {t('next')}
            </Button>
          </Space>
        </nav>
      )}
      {/* Focusable, so the page can be scrolled from the keyboard too. */}
      <div
        role="region"
        tabIndex={0}
        aria-label={t('region', { name: doc.name, number: doc.number ?? '' })}
        style={{
          maxHeight: '70vh',
          overflow: 'auto',
          border: '1px solid #e5e7eb',
          background: '#f5f5f5',
          textAlign: 'center',
        }}
      >
        {blob && url ? (
          <img
            src={url}
            alt={t('alt', { name: doc.name, number: doc.number ?? '', page })}
            data-testid="page-image"
            style={{ maxWidth: '100%', background: '#fff', display: 'block', margin: '0 auto' }}
          />
        ) : (
          <div style={{ padding: 48 }} role="status">
            <Spin /> {t('loading')}
          </div>
        )}
      </div>
    </div>
  );
}
