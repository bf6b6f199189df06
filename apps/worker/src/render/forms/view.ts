import {
  chinaDateOf,
  documentName,
  documentTextsByVersion,
  documentTextsOn,
  type DocumentTexts,
} from '@safecase/domain';
import type { DocumentFacts } from '@safecase/persistence';
import { chineseDay, officersOf } from './facts';

/**
 * What a printed document says, built only from its frozen facts (nothing is retyped): the content its
 * statute requires for the forms in this folder, the title and facts for every other type.
 */
export interface DocumentView {
  title: string;
  /** Null for a document that carries no number (a 听证笔录): no number line is printed. */
  number: string | null;
  /** The statute the form rests on, printed under the number. */
  basis: string | null;
  /** 当事人 line: "××有限公司：" */
  addressee: string | null;
  fields: Field[];
  sections: Section[];
  signatures: Signatures;
  copies: string;
  /** Printed below the signatures, behind a cut line: a receipt the other side fills in (回执). */
  after?: Section[];
}

export interface Field {
  label: string;
  value: string;
}

export interface Section {
  heading: string | null;
  paragraphs: string[];
  /** A list the statute wants item by item (a 清单: name, quantity …), printed as a ruled table. */
  table?: { columns: string[]; rows: string[][] };
}

export interface Signatures {
  officers: { name: string; certificateNo: string }[];
  /** The officers' line label: 执法人员, or 送达人 on a 送达回证. */
  officerLabel?: string;
  /** The party's signature line, or the recorded refusal (安全生产法 第68条). */
  party: { label: string; refusal: string | null } | null;
  /** Further signature lines (见证人, 行政机关负责人 …), each a label. */
  others?: string[];
  agency: string;
  date: string;
}

export function textsOf(f: DocumentFacts): DocumentTexts {
  return documentTextsByVersion(f.textsVersion) ?? documentTextsOn(chinaDateOf(f.issuedAt));
}

/** The frame every form fills: title, number, basis, officers, party line, agency and date. */
export function baseView(f: DocumentFacts, texts: DocumentTexts): DocumentView {
  return {
    title: documentName(f.documentType, 'zh'),
    number: f.number,
    basis: texts.basis[f.documentType] ? `依据：${texts.basis[f.documentType]}` : null,
    addressee: null,
    fields: [],
    sections: [],
    signatures: {
      officers: officersOf(f),
      party: { label: '当事人（签收）', refusal: null },
      agency: f.agency.name,
      date: chineseDay(chinaDateOf(f.issuedAt)),
    },
    copies: texts.copies,
  };
}

/** A form: the view of one document type, from its facts, the texts in force and the base frame. */
export type Form = (f: DocumentFacts, v: DocumentView, texts: DocumentTexts) => DocumentView;
