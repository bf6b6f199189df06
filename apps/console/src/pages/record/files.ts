import { session } from '../../api/client';
import { i18n } from '../../lib/i18n';
import { ProblemError, type Problem } from '../../api/client';

/** The headers every request of the console carries (the typed client adds them the same way). */
export function authHeaders(): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  const token = session.token();
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

/** A file of the API (a document's PDF, an evidence file) as a blob; not JSON, so not the typed client. */
export type FileAnswer = { blob: Blob } | { retryAfter: number };

export async function fetchFile(href: string): Promise<FileAnswer> {
  const response = await fetch(href, { headers: authHeaders() });
  if (response.ok) return { blob: await response.blob() };
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

/** Hands a blob to the browser as a download under the given name. */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has taken the bytes once the click returns; the URL is freed a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** SHA-256 of bytes, hex, in the browser (SubtleCrypto). */
export async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', data));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
