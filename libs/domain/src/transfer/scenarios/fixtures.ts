import { onDay, specActor } from '../../spec-support';
import { RULEBOOK_2026_V1 } from '../../rulebook/rulebook';
import { decideChecked } from '../../procedure/checked';
import { decideTransfer as decideRules } from '../transfer-decide';
import { applyTransferEvent, applyTransferEvents } from '../transfer-reducer';
import type { TransferCommand, TransferPackage, TransferState } from '../transfer-types';
import { TRANSFER_PROCEDURE } from '../transfer.procedure';

/** The rules as the workflow runs them: behind the definition's stage and role gate (`decideChecked`). */
export const decideTransfer = decideChecked(TRANSFER_PROCEDURE, decideRules);

/** The package of 国务院令第310号 第6条 the specs send: report, one item, one appraisal. */
export const TRANSFER_PACKAGE: TransferPackage = {
  investigationReport: '该单位在停产停业决定生效后继续组织生产，涉嫌危险作业罪（调查报告）',
  items: [{ item: '液氨储罐阀门（已查封）', quantity: '2 个' }],
  appraisals: [{ title: '阀门失效检验报告（赣特检〔2026〕31号）', conclusion: '阀门密封失效，存在泄漏危险' }],
};

export const OFFICER = specActor('o1', ['officer']);
export const HEAD = specActor('head', ['supervisor', 'head']);

/** A transfer reported by o1 and o2 on `on` at 10:00. */
export function reportedOn(on: string, penaltyId: string | null = null): TransferState {
  return applyTransferEvent(undefined, {
    type: 'transfer_reported',
    at: onDay(on),
    by: { userId: 'o1', username: 'o1', role: 'officer' },
    transferId: 't-1',
    caseId: 'case-1',
    agencyId: 'a',
    regionCode: '360100',
    docPrefix: '洪应急',
    enterpriseName: '某矿业有限公司',
    creditCode: '91360100MA35XXXX0X',
    suspectedOffence: '危险作业罪 (刑法 第134条之一)',
    facts: '拒不执行停产停业决定，继续组织井下作业',
    team: [
      { userId: 'o1', username: 'o1', displayName: '张三' },
      { userId: 'o2', username: 'o2', displayName: '李四' },
    ],
    rulebook: RULEBOOK_2026_V1,
    penaltyId,
  });
}

/** Decide and apply, at 10:00 (or `hour`) on `day`. */
export function step(
  s: TransferState,
  c: TransferCommand,
  who = OFFICER,
  day: string,
  hour = 10,
): TransferState {
  return applyTransferEvents(s, decideTransfer(s, c, who, onDay(day, hour)));
}
