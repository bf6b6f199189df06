import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bearer, tokenFor } from './auth';
import { aMinuteBefore } from './cases';
import { binary, pdfText } from './pdf-files';
import { EVENTUALLY_TIMEOUT_MS } from './timeouts';

export const PARTY = '南昌某某化工有限公司';
const DAY_MS = 24 * 3600_000;

export interface DocumentFile {
  id: string;
  /** Null for a document without a number (听证笔录). */
  number: string | null;
  type: string;
  name: string;
}

/** 2026年12月1日 from YYYY-MM-DD, computed here independently of the renderer. */
export const chinaDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** Polls until `found` gives a value: a workflow's step or a print lands asynchronously. */
export async function eventually<T>(what: string, found: () => Promise<T | undefined>): Promise<T> {
  const until = Date.now() + EVENTUALLY_TIMEOUT_MS;
  for (;;) {
    const value = await found();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`${what} never happened`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The intended ¥60,000 fine on a unit: over the threshold, so it gives the right to a hearing (第63条). */
export const HEARING_FINE = {
  sanctions: ['fine'],
  fine: '60000.00',
  facts: '你单位危险化学品仓库未设置可燃气体报警装置。',
  legalBasis: '《中华人民共和国安全生产法》第九十九条',
};

/**
 * The steps of a penalty walked over HTTP against a running API in the training sandbox: a case
 * inspected with two findings, its penalty proposed and filed, the notice served, the hearing
 * requested and scheduled, and each document's PDF read back with poppler.
 */
export function penaltyWalk(api: () => INestApplication) {
  const tokens = new Map<string, Record<string, string>>();
  const as = async (username: string) => {
    if (!tokens.has(username)) tokens.set(username, bearer(await tokenFor(api(), username)));
    return tokens.get(username)!;
  };
  const http = () => request(api().getHttpServer());
  const post = async (username: string, path: string, body: object) =>
    http()
      .post(path)
      .set(await as(username))
      .send(body);
  const clockNow = async () =>
    Date.parse(
      (
        (
          await http()
            .get('/sandbox/clock')
            .set(await as('nc.officer1'))
        ).body as { now: string }
      ).now,
    );
  /** The China day `days` from the sandbox's now. */
  const dayIn = async (days: number) =>
    new Date((await clockNow()) + 8 * 3600_000 + days * DAY_MS).toISOString().slice(0, 10);
  /** A service handed over a minute ago on the sandbox's clock (an instant the workflow has passed). */
  const servedNow = async () => new Date(aMinuteBefore(await clockNow())).toISOString();
  const advance = async (duration: string) =>
    expect((await post('nc.supervisor', '/sandbox/clock', { advance: duration })).status).toBe(200);

  async function documentsOf(caseId: string): Promise<DocumentFile[]> {
    const r = await http()
      .get(`/cases/${caseId}/documents`)
      .set(await as('nc.officer1'));
    expect(r.status).toBe(200);
    return r.body.items as DocumentFile[];
  }

  /** The PDF's text once printed (until then the API answers 409 document.rendering). */
  async function printed(doc: DocumentFile): Promise<string> {
    const pdf = await eventually(`${doc.number ?? doc.name} printed`, async () => {
      const r = await binary(
        http()
          .get(`/documents/${doc.id}/pdf`)
          .set(await as('nc.officer1')),
      );
      if (r.status === 409) return undefined;
      expect(r.status).toBe(200);
      return r.body as Buffer;
    });
    const text = pdfText(pdf);
    for (const s of ['安全生产行政执法文书', doc.number ?? doc.name, PARTY, '南昌市应急管理局'])
      expect(text).toContain(s);
    return text;
  }

  async function inspectedCase(): Promise<string> {
    const opened = await post('nc.officer1', '/cases', {
      origin: 'plan',
      enterprise: {
        name: PARTY,
        creditCode: '91110108551385082Q',
        address: '江西省南昌市青山湖区某某路88号',
      },
      summary: '危险化学品仓库检查',
    });
    expect(opened.status).toBe(201);
    const caseId = opened.body.id as string;
    const finding = (description: string, legalBasis: string) => ({
      description,
      severity: 'ordinary',
      legalBasis,
      evidence: [],
    });
    const inspected = await post('nc.officer1', `/cases/${caseId}/inspection`, {
      officers: ['nc.officer1', 'nc.officer2'],
      inspectedAt: new Date((await clockNow()) - 3600_000).toISOString(),
      place: '危险化学品仓库',
      findings: [
        finding('危险化学品仓库未设置可燃气体报警装置', '《危险化学品安全管理条例》第二十条'),
        finding('安全出口被货物堵塞', '《中华人民共和国安全生产法》第四十二条'),
      ],
      unitRefusedToSign: false,
    });
    expect(inspected.status).toBe(200);
    return caseId;
  }

  /** A penalty proposed from the case and filed by the supervisor: its id once investigating. */
  async function filedPenalty(caseId: string): Promise<string> {
    const proposed = await post('nc.officer1', `/cases/${caseId}/penalty-proposal`, {
      dangerIds: ['D1'],
      summary: '建议罚款',
    });
    expect(proposed.status).toBe(200);
    const ack = { note: '同意立案' };
    expect(
      (await post('nc.supervisor', `/cases/${caseId}/penalty-proposal/acknowledgement`, ack)).status,
    ).toBe(200);
    return eventually('the filing', async () => {
      const page = await http()
        .get(`/cases/${caseId}`)
        .set(await as('nc.officer1'));
      const p = (page.body.procedures ?? [])[0] as { id: string; stage: string } | undefined;
      return p?.stage === 'investigating' ? p.id : undefined;
    });
  }

  /** The notice of `fine` served directly a minute ago; the action's answer. */
  async function serveNotice(penaltyId: string, fine: object = HEARING_FINE) {
    const served = await post('nc.officer1', `/penalties/${penaltyId}/notice`, {
      service: { method: 'direct', receiver: '王五（总经理）', servedAt: await servedNow() },
      ...fine,
    });
    expect(served.status).toBe(200);
    return served.body as { documents: { type: string; number: string }[] };
  }

  /** The hearing requested today and scheduled in 20 days, chaired by the supervisor (王强). */
  async function scheduledHearing(penaltyId: string, extra: object = {}) {
    const requestedOn = await dayIn(0);
    expect(
      (await post('nc.officer1', `/penalties/${penaltyId}/hearing-request`, { requestedOn })).status,
    ).toBe(200);
    const hearingOn = await dayIn(20);
    const scheduled = await post('nc.supervisor', `/penalties/${penaltyId}/hearing`, {
      date: hearingOn,
      chair: 'nc.supervisor',
      ...extra,
    });
    expect(scheduled.status).toBe(200);
    return { requestedOn, hearingOn };
  }

  return {
    as,
    http,
    post,
    clockNow,
    dayIn,
    servedNow,
    advance,
    documentsOf,
    printed,
    inspectedCase,
    filedPenalty,
    serveNotice,
    scheduledHearing,
  };
}
