import { currentLocale } from '@safecase/common';
import { documentName } from '@safecase/domain';
import type { IssuedDocument } from '@safecase/workflows';
import type { AvailableAction } from '../procedures/available-actions';

/**
 * The answer of every action on a record (schema `ActionAnswer`): what the action did, from the
 * workflow Update's result (its sequence number, the stage it left the record in, the numbered
 * documents it issued), and what the caller may do next, from the projected record. The record
 * itself is one GET away; the answer does not re-read its tasks, documents and timeline.
 */
export interface ActionAnswer {
  id: string;
  stage: string;
  seq: number;
  documents: { number: string; type: string; name: string; key: string }[];
  availableActions: AvailableAction[];
}

export function actionAnswer(
  id: string,
  result: { seq: number; stage: string; documents: IssuedDocument[] },
  availableActions: AvailableAction[],
): ActionAnswer {
  const locale = currentLocale();
  return {
    id,
    stage: result.stage,
    seq: result.seq,
    documents: result.documents.map((d) => ({
      number: d.number,
      type: d.type,
      name: documentName(d.type, locale),
      key: d.key,
    })),
    availableActions,
  };
}
