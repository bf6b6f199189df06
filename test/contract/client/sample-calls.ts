import createClient from 'openapi-fetch';
import type { paths } from '../../../.cache/openapi/schema';

/**
 * A few real calls through a client generated from the OpenAPI document (openapi-typescript +
 * openapi-fetch). The file must type-check against the generated types, so a document that loses a
 * schema, a parameter or a body breaks this test at compile time.
 */
export async function sampleCalls(baseUrl: string, token: string, creditCode: string) {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } });

  const me = await client.GET('/auth/me');
  const roles: string[] = me.data?.roles ?? [];

  const opened = await client.POST('/cases', {
    body: {
      origin: 'plan',
      enterprise: { name: '南昌某化工有限公司', creditCode, address: '南昌市青山湖区' },
      summary: '年度执法计划检查',
    },
  });
  const caseId = opened.data?.id ?? '';

  const detail = await client.GET('/cases/{caseId}', { params: { path: { caseId } } });
  const stage: string | undefined = detail.data?.stage;
  const openedAt: string | undefined = detail.data?.openedAt;

  // Not yet inspected: refused with a typed problem whose code the client can switch on.
  const refused = await client.POST('/cases/{caseId}/rectification-order', {
    params: { path: { caseId } },
    body: { deadline: '2026-12-22', instructions: '限期整改' },
  });
  const refusedCode: string | undefined = refused.error?.code;

  const inbox = await client.GET('/tasks');
  const taskCount: number = inbox.data?.items.length ?? -1;

  // @ts-expect-error `origin` is an enum: the generated types refuse a value outside it.
  const wrong = client.POST('/cases', {
    body: { origin: 'nowhere', enterprise: { name: 'x' }, summary: 'x' },
  });
  await wrong;

  return { roles, caseId, stage, openedAt, refusedCode, refusedStatus: refused.response.status, taskCount };
}
