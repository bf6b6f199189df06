/** The stage and role gate of every command (procedure/definition.ts `checkCommand`). */
export const PROCEDURE_REFUSALS = {
  'procedure.terminal': {
    zh: '该{record}已处于“{stage}”阶段，不能{action}',
    en: 'cannot {action}: the {record} is {stage}',
  },
  'procedure.wrong_stage': {
    zh: '{record}当前处于“{stage}”阶段，不能{action}（须处于{allowed}阶段）',
    en: 'cannot {action} while the {record} is {stage} (needs {allowed})',
  },
  'procedure.needs_role': {
    zh: '{action}须由{roles}办理',
    en: '{action} needs the role {roles}',
  },
} as const;
