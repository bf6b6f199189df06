/** What the API says about document files and evidence files (issue #15). */
export const FILE_MESSAGES = {
  'api.document_not_found': {
    zh: '您的管辖范围内没有文书 {id}。',
    en: 'No document {id} in your jurisdiction.',
  },
  'api.document_rendering': {
    zh: '文书 {number} 正在生成 PDF，请稍后（{seconds} 秒后）再试。',
    en: 'The PDF of {number} is being printed; try again in {seconds} seconds.',
  },
  'api.document_no_file': {
    zh: '文书 {number} 签发于文书生成 PDF 之前，没有 PDF 文件。',
    en: '{number} was issued before documents were printed: it has no PDF.',
  },
  'api.evidence_not_found': {
    zh: '您的管辖范围内没有证据文件 {id}。',
    en: 'No evidence file {id} in your jurisdiction.',
  },
  'api.evidence_digest_mismatch': {
    zh: '文件的 SHA-256 为 {actual}，与提交的 {expected} 不符；文件未保存。',
    en: 'The file’s SHA-256 is {actual}, not {expected} as sent; nothing was stored.',
  },
  'api.evidence_too_large': {
    zh: '证据文件不得超过 {limit} 字节；文件未保存。',
    en: 'An evidence file may not exceed {limit} bytes; nothing was stored.',
  },
  'api.evidence_form': {
    zh: '请以 multipart/form-data 提交：先 caseId 字段，再 file 文件（可选 sha256 字段）。',
    en: 'Send multipart/form-data: the caseId field first, then the file (optionally a sha256 field).',
  },
  'api.evidence_broken_off': {
    zh: '上传中断，文件未保存。',
    en: 'The upload broke off; nothing was stored.',
  },
  'api.document_page_not_found': {
    zh: '文书 {number} 共 {pages} 页，没有第 {page} 页。',
    en: '{number} has {pages} pages: there is no page {page}.',
  },
  'api.document_page_unavailable': {
    zh: '文书 {number} 的页面图像暂时无法生成，请下载 PDF 查看。',
    en: 'The page images of {number} cannot be drawn now; download the PDF instead.',
  },
  'api.page_number_invalid': {
    zh: '页码须为从 1 开始的整数。',
    en: 'The page must be a whole number from 1.',
  },
} as const;
