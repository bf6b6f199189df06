import { termText, yuanOfFen } from '@safecase/domain';
import type { DocumentFacts } from '@safecase/persistence';
import type { Field } from './view';

// Readers of the frozen facts: plain JSON as the issuing transaction stored it, so every field is
// read defensively (an older snapshot may lack a field a newer form prints).
export type Json = Record<string, unknown>;
export const obj = (v: unknown): Json => (v && typeof v === 'object' ? (v as Json) : {});
export const str = (v: unknown): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';
export const list = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : []);
export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

/** 2026年12月1日 (a statutory day, given as YYYY-MM-DD). */
export function chineseDay(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : day;
}

/** 2026年12月1日 9时30分（北京时间）: an instant, in China Standard Time. */
export function chineseInstant(ms: number): string {
  const t = new Date(ms + 8 * 3600_000).toISOString();
  return `${chineseDay(t.slice(0, 10))} ${Number(t.slice(11, 13))}时${t.slice(14, 16)}分（北京时间）`;
}

/** 人民币20000.00元, from an amount in fen. */
export const yuan = (fen: number): string => `人民币${yuanOfFen(fen)}元`;

export const SEVERITY: Record<string, string> = { ordinary: '一般事故隐患', major: '重大事故隐患' };

export function sanctionsText(sanctions: unknown, fineFen: unknown): string {
  return strings(sanctions)
    .map((s) => (s === 'fine' && typeof fineFen === 'number' ? `罚款${yuan(fineFen)}` : termText(s, 'zh')))
    .join('、');
}

export function officersOf(f: DocumentFacts): { name: string; certificateNo: string }[] {
  const source = list(obj(f.record).officers).length ? obj(f.record) : obj(f.parentCase);
  return list(source.officers).map((o) => ({
    name: str(o.displayName) || str(o.username),
    certificateNo: str(o.certificateNo),
  }));
}

export interface Party {
  name: string;
  creditCode: string;
  address: string;
}

/** The party: a penalty's or transfer's own, else the enterprise of the case (or of the parent case). */
export function partyOf(f: DocumentFacts): Party {
  const record = obj(f.record);
  const enterprise = obj(record.enterprise).name ? obj(record.enterprise) : obj(obj(f.parentCase).enterprise);
  return {
    name: str(record.partyName) || str(record.enterpriseName) || str(enterprise.name),
    creditCode: str(record.creditCode) || str(enterprise.creditCode),
    address: str(enterprise.address),
  };
}

export function partyFields(p: Party, label = '被检查单位（当事人）'): Field[] {
  return [
    { label, value: p.name },
    ...(p.creditCode ? [{ label: '统一社会信用代码', value: p.creditCode }] : []),
    ...(p.address ? [{ label: '地址', value: p.address }] : []),
  ];
}

/** The party of a penalty: a unit, or a natural person with their ID number and position. */
export function penaltyParty(f: DocumentFacts): Field[] {
  const record = obj(f.record);
  const party = partyOf(f);
  if (record.party !== 'individual') return partyFields(party, '当事人（单位）');
  const person = obj(record.individual);
  return [
    { label: '当事人（个人）', value: party.name },
    ...(str(person.idNumber) ? [{ label: '居民身份证号', value: str(person.idNumber) }] : []),
    ...(str(person.position) ? [{ label: '职务', value: str(person.position) }] : []),
    ...(party.address ? [{ label: '地址', value: party.address }] : []),
  ];
}

/**
 * The number of the record's latest document of `type` (optionally with a key starting `keyPrefix`)
 * frozen with this one, or '' for a snapshot frozen before documents were (or none was issued).
 */
export function numberOf(f: DocumentFacts, type: string, keyPrefix = ''): string {
  const hits = (f.documents ?? []).filter((d) => d.type === type && d.key.startsWith(keyPrefix));
  return hits.at(-1)?.number ?? '';
}

/** A document named by its title and, where frozen, its number: 《行政处罚决定书》（洪应急罚〔2026〕3号）. */
export function documentCited(title: string, number: string): string {
  return number ? `《${title}》（${number}）` : `《${title}》`;
}

/** A user the event names by id (a hearing's chair), as frozen at issue; '' when not frozen. */
export function personOf(f: DocumentFacts, userId: unknown): { name: string; certificateNo: string } {
  const p = typeof userId === 'string' ? f.people?.[userId] : undefined;
  return p ?? { name: '', certificateNo: '' };
}

/** A blank the officer fills in by hand, where the record does not hold the fact. */
export const BLANK = '__________';
