/** The stage and role gate of every command (procedure/definition.ts `checkCommand`). */
export const PROCEDURE_REFUSALS = {
  'procedure.terminal': {
    zh: '该记录已处于“{stage}”阶段，不能再办理',
    en: 'the record is {stage}',
  },
  'procedure.wrong_stage': {
    zh: '当前处于“{stage}”阶段，不能办理此操作（须处于{allowed}阶段）',
    en: 'not possible while the record is {stage} (needs {allowed})',
  },
  'procedure.needs_role': {
    zh: '此操作须由{roles}办理',
    en: 'this action needs the role {roles}',
  },
} as const;
