import { page, type Schema } from '../schema-dsl';
import { ActionAnswer, AvailableAction, RecordPending } from './actions';
import { CaseDetail, CaseSummary, ChildProcedure, Enterprise, HiddenDanger, Measure } from './case-record';
import { ProcedureDetail, ProcedureSummary } from './procedure-record';
import { Document, IssuedDocument, Task, TimelineEvent } from './record-parts';

/**
 * The records' answers: cases, sub-procedures, their tasks, documents and timelines, lists and action
 * answers. Free-form parts (`state`, event `details`) are the procedure's own facts; everything around
 * them is declared field by field. Listed in the order the document has always shown them: the
 * written document keeps this order.
 */
export const RECORD_SCHEMAS: Record<string, Schema> = {
  Task,
  Document,
  TimelineEvent,
  Enterprise,
  HiddenDanger,
  Measure,
  ChildProcedure,
  AvailableAction,
  CaseSummary,
  CaseDetail,
  CasePage: page('CaseSummary', 'cases, newest opened first'),
  ProcedureSummary,
  ProcedureDetail,
  ProcedurePage: page('ProcedureSummary', 'records, newest opened first'),
  TaskList: page('Task', 'clocked tasks soonest due first, then undated decisions'),
  IssuedDocument,
  ActionAnswer,
  RecordPending,
};
