import type { WorkCalendar } from '../calendar/work-calendar';
import { task, taskTitle, taskClockOf, type CatchUp, type ProcedureTask } from '../tasks';
import type { TransferEvent, TransferState } from './transfer-types';

/** The one step a transfer waits for, with its statutory clock (国务院令第310号). */
export function openTransferTasks(s: TransferState): ProcedureTask[] {
  switch (s.stage) {
    case 'reported':
      return [
        task('decide_transfer', taskTitle('task.decide_transfer'), 'head', {
          kind: 'days',
          rule: 'transfer.head_decision',
          from: s.reportedOn,
        }),
      ];
    case 'approved':
      return [
        task('send_transfer', taskTitle('task.send_transfer'), 'officer', {
          kind: 'hours',
          rule: 'transfer.send',
          from: s.headDecision!.at,
        }),
      ];
    case 'sent':
      return [
        task('police_decision', taskTitle('task.police_decision'), 'officer', {
          kind: 'days',
          rule: 'transfer.police_decision',
          from: s.sentOn!,
        }),
      ];
    case 'police_refused':
      return [
        task('request_reconsideration', taskTitle('task.request_reconsideration'), 'officer', {
          kind: 'days',
          rule: 'transfer.reconsideration_request',
          from: s.police!.on,
        }),
      ];
    case 'reconsideration_requested':
      return [
        task('reconsideration_answer', taskTitle('task.reconsideration_answer'), 'officer', {
          kind: 'days',
          rule: 'transfer.reconsideration_answer',
          from: s.reconsideration!.requestedOn,
        }),
      ];
    case 'reconsideration_refused':
      return s.procuratorate
        ? [task('close_transfer', taskTitle('task.close_transfer'), 'supervisor', null)]
        : [
            task('request_procuratorate', taskTitle('task.request_procuratorate'), 'officer', {
              kind: 'days',
              rule: 'transfer.procuratorate',
              from: s.reconsideration!.answer!.on,
            }),
          ];
    case 'procuratorate_requested':
      return [task('procuratorate_outcome', taskTitle('task.procuratorate_outcome'), 'officer', null)];
    case 'police_filed':
      return [
        task('hand_over', taskTitle('task.hand_over'), 'officer', {
          kind: 'days',
          rule: 'transfer.handover',
          from: s.policeFiledOn!,
        }),
      ];
    case 'closed':
      return [];
  }
}

const clock = taskClockOf(openTransferTasks);
export const scheduledTransferTasks = clock.scheduled;
export const dueTransferClockEvents: (
  s: TransferState,
  calendar: WorkCalendar,
  now: number,
  catchUp?: CatchUp,
) => TransferEvent[] = clock.due;
export const nextTransferClockInstant = clock.next;
