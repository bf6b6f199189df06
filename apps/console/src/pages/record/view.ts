import {
  api,
  unwrap,
  type AvailableAction,
  type CaseDetail,
  type ProcedureDetail,
  type Task,
  type TimelineEvent,
} from '../../api/client';
import { term } from '../../lib/i18n';
import type { RecordKind } from '../../lib/records';

export interface PersonRef {
  id?: string;
  username?: string;
  name?: string;
}

/** One shape for every kind of record, as the record page draws it. */
export interface View {
  kind: RecordKind;
  id: string;
  caseId: string | null;
  title: string;
  stage: string;
  party: string;
  summary: string | null;
  openedAt: string;
  closedAt: string | null;
  nextDueAt: string | null;
  escalationLevel: number;
  /** 承办人: a case names its officers (username and name), a procedure its handlers by user id. */
  handlers: PersonRef[];
  tasks: Task[];
  documents: CaseDetail['documents'];
  timeline: TimelineEvent[];
  actions: AvailableAction[];
  dangers: CaseDetail['hiddenDangers'];
  measures: CaseDetail['measures'];
  children: { id: string; kind: string; stage: string; title: string; openedAt: string }[];
  facts: [string, string][];
}

function fromCase(c: CaseDetail): View {
  return {
    kind: 'cases',
    id: c.id,
    caseId: c.id,
    title: c.enterprise.name,
    stage: c.stage,
    party: `${c.enterprise.name}（${c.enterprise.creditCode}）`,
    summary: c.summary,
    openedAt: c.openedAt,
    closedAt: c.closedAt,
    nextDueAt: c.nextDueAt,
    escalationLevel: c.escalationLevel,
    handlers: c.officers.map((o) => ({ username: o.username, name: o.displayName })),
    tasks: c.tasks,
    documents: c.documents,
    timeline: c.timeline,
    actions: c.availableActions,
    dangers: c.hiddenDangers,
    measures: c.measures,
    children: c.procedures,
    facts: [
      ['案件来源', term(c.origin)],
      ['检查地点', c.inspection?.place ?? '—'],
      ['整改期限', c.order?.deadline ?? '—'],
      ['规则版本', c.rulebookVersion],
    ],
  };
}

function fromProcedure(kind: RecordKind, p: ProcedureDetail): View {
  const facts: [string, string][] = [];
  for (const [k, v] of Object.entries(p.state))
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') facts.push([k, String(v)]);
  const handlers = Array.isArray(p.state.handlers)
    ? (p.state.handlers as unknown[]).map((id) => ({ id: String(id) }))
    : [];
  return {
    kind,
    id: p.id,
    caseId: p.caseId,
    title: p.title,
    stage: p.stage,
    party: p.party.creditCode ? `${p.party.name}（${p.party.creditCode}）` : p.party.name,
    summary: null,
    openedAt: p.openedAt,
    closedAt: p.closedAt,
    nextDueAt: p.nextDueAt,
    escalationLevel: p.escalationLevel,
    handlers,
    tasks: p.tasks,
    documents: p.documents,
    timeline: p.timeline,
    actions: p.availableActions ?? [],
    dangers: [],
    measures: [],
    children: p.children,
    facts: facts.slice(0, 12),
  };
}

export async function loadRecord(kind: RecordKind, id: string): Promise<View> {
  switch (kind) {
    case 'cases':
      return fromCase(unwrap(await api.GET('/cases/{caseId}', { params: { path: { caseId: id } } })));
    case 'penalties':
      return fromProcedure(kind, unwrap(await api.GET('/penalties/{id}', { params: { path: { id } } })));
    case 'transfers':
      return fromProcedure(kind, unwrap(await api.GET('/transfers/{id}', { params: { path: { id } } })));
    case 'accidents':
      return fromProcedure(kind, unwrap(await api.GET('/accidents/{id}', { params: { path: { id } } })));
    case 'items':
      return fromProcedure(
        kind,
        unwrap(await api.GET('/rectification-items/{id}', { params: { path: { id } } })),
      );
  }
}
