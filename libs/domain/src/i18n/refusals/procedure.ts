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
  'procedure.not_in_agency': {
    zh: '本机关没有该{record}',
    en: 'no such {record} in your agency',
  },
  'procedure.needs_role': {
    zh: '{action}须由{roles}办理',
    en: '{action} needs the role {roles}',
  },
  // Why a user who sees an action of the stage may not take it now (the API's `availableActions`).
  'action.needs_role': {
    zh: '此操作须由{roles}办理',
    en: 'this action needs the role {roles}',
  },
  'action.not_handler': {
    zh: '您不是本案的承办人员',
    en: 'you do not handle this case',
  },
  'action.own_proposal': {
    zh: '您是提出人，须由他人审批',
    en: 'you made this proposal: someone else must approve it',
  },
  'action.own_case': {
    zh: '您承办本案，须由未参与办案的人员审批',
    en: 'you handle this case: someone who does not must approve it',
  },
  'action.four_eyes': {
    zh: '须由他人审批（两人原则）',
    en: 'someone else must approve it (four-eyes principle)',
  },
  'action.not_chair': {
    zh: '听证笔录由听证主持人记录',
    en: 'only the chair of the hearing records it',
  },
} as const;
