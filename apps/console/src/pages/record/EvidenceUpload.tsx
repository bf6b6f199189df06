import { useId, useState } from 'react';
import { Form, Progress } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '../../api/client';
import { recordText, useRecordText } from '../../lib/i18n-record';
import { authHeaders, sha256Hex } from './files';

type EvidenceFile = Schemas['EvidenceFile'];
type NamePath = (string | number)[];

/** Files up to this size are hashed on the device too (SubtleCrypto holds the whole file in memory). */
const HASH_HERE_MAX_BYTES = 256 * 1024 * 1024;

function evidenceKind(mediaType: string): string {
  if (mediaType.startsWith('image/')) return 'photo';
  if (mediaType.startsWith('video/')) return 'video';
  if (mediaType.startsWith('audio/')) return 'audio';
  return 'document';
}

/** POST /evidence with upload progress (fetch reports none): caseId and the digest before the file. */
function upload(
  caseId: string,
  file: File,
  sha256: string | null,
  onProgress: (percent: number) => void,
): Promise<EvidenceFile> {
  const body = new FormData();
  body.append('caseId', caseId);
  if (sha256) body.append('sha256', sha256);
  body.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/evidence');
    for (const [k, v] of Object.entries(authHeaders())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => reject(new Error(recordText('evidence.failed', { reason: 'network' })));
    xhr.onload = () => {
      let json: unknown = null;
      try {
        json = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: said by the status below
      }
      if (xhr.status === 201 || xhr.status === 200) resolve(json as EvidenceFile);
      else {
        const p = json as { title?: string; detail?: string } | null;
        reject(new Error(p?.detail ?? p?.title ?? `HTTP ${xhr.status}`));
      }
    };
    xhr.send(body);
  });
}

/**
 * Evidence chosen on the device: hashed here, uploaded (the server computes the digest again and refuses
 * a mismatch), and the stored file's name and digest put into the form's evidence row.
 */
export function EvidenceUpload({
  path,
  caseId,
  hasKind,
}: {
  path: NamePath;
  caseId?: string;
  hasKind: boolean;
}) {
  const t = useRecordText();
  const form = Form.useFormInstance();
  const queryClient = useQueryClient();
  const id = useId();
  const [status, setStatus] = useState('');
  const [percent, setPercent] = useState<number | null>(null);

  async function chosen(file: File) {
    if (!caseId) return setStatus(t('evidence.noCase'));
    try {
      let local: string | null = null;
      if (file.size <= HASH_HERE_MAX_BYTES) {
        setStatus(t('evidence.hashing'));
        local = await sha256Hex(await file.arrayBuffer());
      }
      setPercent(0);
      setStatus(t('evidence.uploading', { percent: 0 }));
      const stored = await upload(caseId, file, local, (p) => {
        setPercent(p);
        setStatus(t('evidence.uploading', { percent: p }));
      });
      if (local && stored.sha256 !== local) throw new Error(t('evidence.mismatch'));
      form.setFieldValue([...path, 'name'], stored.fileName || file.name);
      form.setFieldValue([...path, 'sha256'], stored.sha256);
      if (hasKind) form.setFieldValue([...path, 'kind'], evidenceKind(stored.mediaType || file.type));
      setPercent(100);
      setStatus(t('evidence.uploaded', { sha256: stored.sha256 }));
      void queryClient.invalidateQueries({ queryKey: ['evidence', caseId] });
    } catch (e) {
      setPercent(null);
      setStatus(t('evidence.failed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  }

  return (
    <div style={{ marginBottom: 12 }}>
      <label htmlFor={id}>{t('evidence.choose')}</label>
      <input
        id={id}
        type="file"
        style={{ display: 'block', marginTop: 4 }}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void chosen(file);
        }}
      />
      {percent !== null && (
        <Progress percent={percent} size="small" aria-label={t('evidence.uploading', { percent })} />
      )}
      <span role="status" className="muted" style={{ fontSize: 12, wordBreak: 'break-all' }}>
        {status}
      </span>
    </div>
  );
}
