import createClient from 'openapi-fetch';
import type { components, paths } from '../generated/schema';
import { i18n } from '../lib/i18n';

export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type Me = Schemas['Me'];
export type Task = Schemas['Task'];
export type CaseDetail = Schemas['CaseDetail'];
export type ProcedureDetail = Schemas['ProcedureDetail'];
export type AvailableAction = Schemas['AvailableAction'];
export type TimelineEvent = Schemas['TimelineEvent'];

const TOKEN = 'safecase.token';
export const session = {
  token: () => sessionStorage.getItem(TOKEN),
  set: (token: string) => sessionStorage.setItem(TOKEN, token),
  clear: () => sessionStorage.removeItem(TOKEN),
};

/** What every request to the API carries: the reader's language (the API answers in it) and the token. */
export function headers(): Record<string, string> {
  const h: Record<string, string> = { 'Accept-Language': i18n.language === 'en' ? 'en' : 'zh-CN' };
  const token = session.token();
  if (token) h.Authorization = `Bearer ${token}`;
  return h;
}

/** The typed client of the API, generated at build time from its OpenAPI document. */
export const api = createClient<paths>({ baseUrl: '' });
api.use({
  onRequest({ request }) {
    for (const [k, v] of Object.entries(headers())) request.headers.set(k, v);
    return request;
  },
  onResponse({ response }) {
    if (response.status === 401 && session.token()) {
      session.clear();
      window.location.assign('/console/login');
    }
    return response;
  },
});

/** A problem+json answer, thrown so TanStack Query and the forms see it as an error. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ?? problem.title);
  }
}

/** Unwraps an openapi-fetch result: its data, or a ProblemError. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const p = result.error as Partial<Problem> | undefined;
    throw new ProblemError({
      type: p?.type ?? 'about:blank',
      title: p?.title ?? `HTTP ${result.response.status}`,
      status: p?.status ?? result.response.status,
      code: p?.code ?? 'http.error',
      ...p,
    });
  }
  return result.data;
}

/**
 * An action of a record (`availableActions` names its path at run time, so its body is checked by
 * the API, drawn from the document's schema by the form). One Idempotency-Key per submit.
 */
export async function postAction(path: string, body: unknown, idempotencyKey: string): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { ...headers(), 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(body ?? {}),
  });
  const text = await response.text();
  const json: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) throw new ProblemError(json as Problem);
  return json;
}

export function newIdempotencyKey(): string {
  return `console-${crypto.randomUUID()}`;
}
