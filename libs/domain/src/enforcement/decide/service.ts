// 送达 of the case's documents (行政处罚法 第61条; 行政强制法 第38条; 安全生产法 第70条): the service record
// of libs/domain/src/service, and what starts from it.
import { chinaDateOf } from '../../calendar/china-time';
import { effectiveService, serviceProblem } from '../../service/service-record';
import type { CaseEvent } from '../case-events';
import { CUTOFF_KINDS } from '../case-types';
import { factDayProblem } from '../../rulebook/input-bounds';
import { refuse } from '../case-rejection';
import { reject, requireFactInstant, requireHandler, type CommandOf, type DecideContext } from './guards';

export function recordService(ctx: DecideContext, command: CommandOf<'record_service'>): CaseEvent[] {
  const { state, now, by } = ctx;
  const role = requireHandler(ctx, 'record the service of a document');
  const doc = state.documents.find((d) => d.key === command.documentKey);
  // A 送达回证 is the proof of a service, not a document served on the party.
  if (!doc || doc.type === 'service_receipt')
    return reject('case.invalid', 'service.unknown_document', { key: command.documentKey });
  if ((state.services ?? []).some((s) => s.documentKey === doc.key))
    reject('case.wrong_stage', 'service.already_served', { key: doc.key });
  const problem = serviceProblem(command.service);
  if (problem) reject('case.invalid', problem);
  requireFactInstant(ctx, command.service.servedAt, 'servedAt');
  if (command.service.receiptDate) {
    const tooLate = factDayProblem(
      state.rulebook,
      chinaDateOf(now),
      command.service.receiptDate,
      'receiptDate',
    );
    if (tooLate) refuse('case.invalid', tooLate);
  }
  const measure = state.measures.find((m) => m.id === doc.key.split(':')[1]);
  const issuedAt = measure
    ? (measure.decidedAt ?? measure.proposedAt)
    : doc.type === 'rectification_order'
      ? state.order?.issuedAt
      : null;
  if (issuedAt && command.service.servedAt < issuedAt && !measure?.emergency)
    reject('case.invalid', 'service.before_issue');
  const service = effectiveService(command.service, state.rulebook);
  // 安全生产法 第70条: 提前二十四小时通知 — the 24 hours run from the notice's effective service.
  const awaitsNotice =
    doc.type === 'cutoff_notice' &&
    measure !== undefined &&
    CUTOFF_KINDS.includes(measure.kind) &&
    measure.status === 'noticed' &&
    measure.noticeUntil === null;
  const hours = state.rulebook.rules['power_cutoff.notice']?.amount ?? 24;
  return [
    {
      type: 'document_served',
      at: now,
      by: by(role),
      documentKey: doc.key,
      documentType: doc.type,
      service,
      servedDocument: { key: doc.key, type: doc.type },
      noticeUntil: awaitsNotice ? service.effectiveAt + hours * 3600_000 : null,
      // 送达回证: one per document served (the case refuses a second service of it).
      documents: [{ key: `receipt:${doc.key}`, type: 'service_receipt' }],
    },
  ];
}
