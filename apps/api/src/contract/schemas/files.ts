import { arr, instant, int, nullable, obj, oneOf, ref, str, uuid, type Schema } from '../schema-dsl';

const sha256 = (description: string) => str({ pattern: '^[0-9a-f]{64}$', description });

/** Printed documents and evidence files (issue #15). */
export const FILE_SCHEMAS: Record<string, Schema> = {
  DocumentFile: obj(
    {
      id: uuid(),
      number: nullable(
        str({ example: '洪应急罚〔2026〕3号', description: 'null: a document without a number (听证笔录)' }),
      ),
      type: str({ example: 'penalty_decision' }),
      name: str({ example: '行政处罚决定书', description: 'the document’s name in the reader’s language' }),
      recordId: uuid({ description: 'the case or sub-procedure that issued it' }),
      key: str(),
      issuedAt: instant(),
      status: oneOf(['rendering', 'rendered', 'no_file'], {
        description: 'no_file: issued before documents were printed',
      }),
      pdf: nullable(
        obj({
          sha256: sha256('SHA-256 of the PDF, as in the audit entry `document.rendered`'),
          size: int({ minimum: 1 }),
          pages: int({ minimum: 1 }),
          renderedAt: instant(),
          href: str({ example: '/documents/0b6c…/pdf' }),
        }),
      ),
    },
    { description: 'A numbered document and its file, rendered once from the facts frozen at issue' },
  ),
  DocumentFileList: obj({ items: arr(ref('DocumentFile')) }),
  EvidenceFile: obj(
    {
      id: uuid(),
      caseId: uuid(),
      sha256: sha256('computed by the server while the file streamed in'),
      size: int({ minimum: 0 }),
      mediaType: str({ example: 'image/jpeg' }),
      fileName: str(),
      href: str({ example: '/evidence/0b6c…/content' }),
    },
    { description: 'A stored evidence file; a finding’s evidence refers to it by `sha256`' },
  ),
  EvidenceFileList: obj({ items: arr(ref('EvidenceFile')) }),
};
