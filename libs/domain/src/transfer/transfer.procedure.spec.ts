import { TRANSFER_PACKAGE } from './scenarios/fixtures';
import { describeConformance } from '../procedure/conformance';
import { RULEBOOK_2026_V1 } from '../rulebook/rulebook';
import { onDay, specActor } from '../spec-support';
import { decideTransfer } from './scenarios/fixtures';
import { applyTransferEvent, applyTransferEvents } from './transfer-reducer';
import type { TransferCommand, TransferStage, TransferState } from './transfer-types';
import { TRANSFER_PROCEDURE } from './transfer.procedure';

const OFFICER = specActor('o1', ['officer']);
const HEAD = specActor('head', ['supervisor', 'head']);
const team = [
  { userId: 'o1', username: 'o1', displayName: '张三' },
  { userId: 'o2', username: 'o2', displayName: '李四' },
];
const reported = applyTransferEvent(undefined, {
  type: 'transfer_reported',
  at: onDay('2026-11-02'),
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
  team,
  rulebook: RULEBOOK_2026_V1,
});
/** Every step on 3 Nov 2026 (the matrix acts on that day too). */
const DAY = '2026-11-03';
const then = (s: TransferState, steps: [TransferCommand, typeof OFFICER][]) =>
  steps.reduce((x, [c, who]) => applyTransferEvents(x, decideTransfer(x, c, who, onDay(DAY))), s);

const approved = then(reported, [[{ type: 'decide_transfer', approve: true, note: '同意移送' }, HEAD]]);
const sent = then(approved, [[{ type: 'record_sending', sentOn: DAY, package: TRANSFER_PACKAGE }, OFFICER]]);
const refused = then(sent, [
  [{ type: 'record_police_decision', filed: false, on: DAY, note: '不立案' }, OFFICER],
]);
const filed = then(sent, [[{ type: 'record_police_decision', filed: true, on: DAY, note: '立案' }, OFFICER]]);
const reconsidering = then(refused, [[{ type: 'request_reconsideration', on: DAY }, OFFICER]]);
const reconsideredNo = then(reconsidering, [
  [{ type: 'record_reconsideration_answer', filed: false, on: DAY }, OFFICER],
]);
const supervised = then(reconsideredNo, [[{ type: 'request_procuratorate_supervision', on: DAY }, OFFICER]]);
const closed = then(filed, [[{ type: 'record_handover', on: DAY, items: '案卷一宗' }, OFFICER]]);

const states: Record<TransferStage, TransferState[]> = {
  reported: [reported],
  approved: [approved],
  sent: [sent],
  police_filed: [filed],
  police_refused: [refused],
  reconsideration_requested: [reconsidering],
  reconsideration_refused: [reconsideredNo],
  procuratorate_requested: [supervised],
  closed: [closed],
};

const samples: { [T in TransferCommand['type']]: Extract<TransferCommand, { type: T }> } = {
  decide_transfer: { type: 'decide_transfer', approve: true, note: '同意' },
  record_sending: { type: 'record_sending', sentOn: DAY, package: TRANSFER_PACKAGE },
  record_police_decision: { type: 'record_police_decision', filed: true, on: DAY, note: '' },
  request_reconsideration: { type: 'request_reconsideration', on: DAY },
  record_reconsideration_answer: { type: 'record_reconsideration_answer', filed: true, on: DAY },
  request_procuratorate_supervision: { type: 'request_procuratorate_supervision', on: DAY },
  record_procuratorate_outcome: {
    type: 'record_procuratorate_outcome',
    policeFiled: true,
    on: DAY,
    note: '',
  },
  record_handover: { type: 'record_handover', on: DAY, items: '案卷一宗' },
  close_transfer: { type: 'close_transfer', note: '公安机关不予立案，转回行政处理' },
};

describe('the transfer’s definition agrees with its rules', () => {
  describeConformance({
    definition: TRANSFER_PROCEDURE,
    states,
    sample: (type) => samples[type],
    decide: (s, c, actor) => decideTransfer(s, c, actor, onDay(DAY)),
    handlers: (s) => s.handlers,
  });
});
