import type { ProcedureDefinition } from '../procedure/definition';
import type { TransferCommand, TransferStage, TransferState } from './transfer-types';
import { registerCommandLabels } from '../i18n/message';

const OFFICER = ['officer'] as const;
type Definition = ProcedureDefinition<TransferStage, TransferCommand['type'], TransferState>;

/**
 * 涉嫌犯罪案件移送 (国务院令第310号; docs/domain.md §3.7), its whole stage graph:
 *
 *   reported ─decision─▶ approved ─sending─▶ sent ─police-decision─▶ police_filed ─handover─▶ closed
 *      │ (refused: closed)                        └▶ police_refused ─reconsideration─▶ reconsideration_requested
 *      │                                              │                    ─reconsideration/answer─▶ police_filed
 *      │                                              │                                        or reconsideration_refused
 *      │                            reconsideration_refused ─procuratorate─▶ procuratorate_requested
 *      │                                  ─procuratorate/outcome─▶ police_filed or reconsideration_refused
 *      ├ police_refused ─procuratorate─▶ procuratorate_requested (第9条: directly after a refusal)
 *      └ police_refused / reconsideration_refused ─closure─▶ closed (administrative handling goes on)
 *
 * Each command: its stages, its roles (most senior first: the capacity recorded), API action, audit
 * name and person check. `decideTransfer` refuses by this table before any rule runs.
 */
export const TRANSFER_PROCEDURE: Definition = {
  kind: 'transfer',
  noun: 'the transfer',
  stages: [
    'reported',
    'approved',
    'sent',
    'police_filed',
    'police_refused',
    'reconsideration_requested',
    'reconsideration_refused',
    'procuratorate_requested',
    'closed',
  ],
  terminal: ['closed'],
  // The reporting team (two or more officers) handles the transfer.
  handles: (s, userId) => s.handlers.includes(userId),
  commands: {
    decide_transfer: {
      action: 'decision',
      audit: 'transfer.decide',
      // The head (正职负责人) decides, within 3 days (第5条).
      label: { zh: '审批移送', en: 'Decide on the transfer' },
      stages: ['reported'],
      roles: ['head'],
      check: 'four_eyes',
      proposer: (s) => s.reportedBy,
      yields: ['transfer_decided'],
    },
    record_sending: {
      action: 'sending',
      audit: 'transfer.send',
      label: { zh: '登记移送公安机关', en: 'Record sending' },
      stages: ['approved'],
      roles: OFFICER,
      check: 'handler',
      yields: ['transfer_sent'],
    },
    record_police_decision: {
      action: 'police-decision',
      audit: 'transfer.police_decision',
      label: { zh: '登记公安机关立案决定', en: 'Record the police decision' },
      stages: ['sent'],
      roles: OFFICER,
      check: 'handler',
      yields: ['police_decided'],
    },
    request_reconsideration: {
      action: 'reconsideration',
      audit: 'transfer.reconsideration',
      label: { zh: '提请公安机关复议', en: 'Request reconsideration' },
      stages: ['police_refused'],
      roles: OFFICER,
      check: 'handler',
      yields: ['reconsideration_requested'],
    },
    record_reconsideration_answer: {
      action: 'reconsideration/answer',
      audit: 'transfer.reconsideration.answer',
      label: { zh: '登记复议决定', en: 'Record the reconsideration answer' },
      stages: ['reconsideration_requested'],
      roles: OFFICER,
      check: 'handler',
      yields: ['reconsideration_answered'],
    },
    request_procuratorate_supervision: {
      action: 'procuratorate',
      audit: 'transfer.procuratorate',
      label: { zh: '建议人民检察院立案监督', en: 'Request procuratorate supervision' },
      // 第9条: after a refusal, directly, or after the reconsideration upheld it.
      stages: ['police_refused', 'reconsideration_refused'],
      roles: OFFICER,
      check: 'handler',
      yields: ['procuratorate_requested'],
    },
    record_procuratorate_outcome: {
      action: 'procuratorate/outcome',
      audit: 'transfer.procuratorate.outcome',
      label: { zh: '登记立案监督结果', en: 'Record the supervision outcome' },
      stages: ['procuratorate_requested'],
      roles: OFFICER,
      check: 'handler',
      yields: ['procuratorate_outcome'],
    },
    record_handover: {
      action: 'handover',
      audit: 'transfer.handover',
      label: { zh: '移交涉案物品和材料', en: 'Record the handover' },
      stages: ['police_filed'],
      roles: OFFICER,
      check: 'handler',
      yields: ['handed_over'],
    },
    close_transfer: {
      action: 'closure',
      audit: 'transfer.close',
      // The police did not file: the case goes back to administrative handling.
      label: { zh: '终结移送', en: 'Close the transfer' },
      stages: ['police_refused', 'reconsideration_refused'],
      roles: ['head', 'supervisor'],
      yields: ['transfer_closed'],
    },
  },
};

// Refusals name the command by its label, in the reader's language (i18n/message.ts).
registerCommandLabels(TRANSFER_PROCEDURE.kind, TRANSFER_PROCEDURE.commands);
