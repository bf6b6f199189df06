import type { WorkCalendar } from '../calendar/work-calendar';
import { task, taskClockOf, type CatchUp, type ProcedureTask } from '../tasks';
import type { TransferEvent, TransferState } from './transfer-types';

/** The one step a transfer waits for, with its statutory clock (国务院令第310号). */
export function openTransferTasks(s: TransferState): ProcedureTask[] {
  switch (s.stage) {
    case 'reported':
      return [
        task('decide_transfer', 'Decide whether to transfer to public security (3 days, 第5条)', 'head', {
          kind: 'days',
          rule: 'transfer.head_decision',
          from: s.reportedOn,
        }),
      ];
    case 'approved':
      return [
        task('send_transfer', 'Send the transfer to public security (24 hours, 第5条)', 'officer', {
          kind: 'hours',
          rule: 'transfer.send',
          from: s.headDecision!.at,
        }),
      ];
    case 'sent':
      return [
        task(
          'police_decision',
          'The police decide whether to file (3 days, 第8条): record their answer or chase it',
          'officer',
          { kind: 'days', rule: 'transfer.police_decision', from: s.sentOn! },
        ),
      ];
    case 'police_refused':
      return [
        task(
          'request_reconsideration',
          'The police refused: request reconsideration (3 days, 第9条) or close the transfer',
          'officer',
          { kind: 'days', rule: 'transfer.reconsideration_request', from: s.police!.on },
        ),
      ];
    case 'reconsideration_requested':
      return [
        task('reconsideration_answer', 'The police answer the reconsideration (3 days, 第9条)', 'officer', {
          kind: 'days',
          rule: 'transfer.reconsideration_answer',
          from: s.reconsideration!.requestedOn,
        }),
      ];
    case 'reconsideration_refused':
      return s.procuratorate
        ? [
            task(
              'close_transfer',
              'The procuratorate upheld the refusal: close the transfer',
              'supervisor',
              null,
            ),
          ]
        : [
            task(
              'request_procuratorate',
              'Refused again: ask the procuratorate to supervise (3 days, 第9条)',
              'officer',
              { kind: 'days', rule: 'transfer.procuratorate', from: s.reconsideration!.answer!.on },
            ),
          ];
    case 'procuratorate_requested':
      return [
        task(
          'procuratorate_outcome',
          'Record the outcome of the procuratorate’s supervision',
          'officer',
          null,
        ),
      ];
    case 'police_filed':
      return [
        task('hand_over', 'Hand the items and files over to the police (3 days after filing)', 'officer', {
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
