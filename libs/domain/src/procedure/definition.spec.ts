import { ITEM_PROCEDURE } from '../accident/item.procedure';
import { ENFORCEMENT_PROCEDURE } from '../enforcement/enforcement.procedure';
import type { CaseCommandType } from '../enforcement/case-commands';
import { CaseRejection } from '../enforcement/case-rejection';
import type { CaseStage, CaseState } from '../enforcement/case-types';
import { renderMessage, termText } from '../i18n/message';
import { PENALTY_PROCEDURE } from '../penalty/penalty.procedure';
import { TRANSFER_PROCEDURE } from '../transfer/transfer.procedure';
import { decideChecked } from './checked';
import { actingRole, checkCommand, recordTerm, type ProcedureDefinition } from './definition';

type AnyDefinition = ProcedureDefinition<string, string, never>;
const DEFINITIONS = [ENFORCEMENT_PROCEDURE, PENALTY_PROCEDURE, TRANSFER_PROCEDURE, ITEM_PROCEDURE].map(
  (d) => d as unknown as AnyDefinition,
);

// The record's name each refusal must carry (the catalog's terms, not a generic "record").
const NAMES: Record<string, { zh: string; en: string }> = {
  enforcement: { zh: '案件', en: 'the case' },
  penalty: { zh: '处罚案件', en: 'the penalty case' },
  transfer: { zh: '移送案件', en: 'the transfer' },
  rectification_item: { zh: '整改事项', en: 'the rectification item' },
};

function refusal(fn: () => unknown): CaseRejection {
  try {
    fn();
  } catch (error) {
    if (error instanceof CaseRejection) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

/** A command of the definition and a live stage it is not allowed in, if it has one. */
function misplaced(d: AnyDefinition): { type: string; stage: string } | null {
  for (const [type, c] of Object.entries(d.commands)) {
    const stage = d.stages.find((s) => !d.terminal.includes(s) && !c.stages.includes(s));
    if (stage) return { type, stage };
  }
  return null;
}

describe.each(DEFINITIONS.map((d) => [d.kind, d] as const))('checkCommand of %s', (kind, d) => {
  const name = NAMES[kind]!;
  const [firstType] = Object.keys(d.commands) as [string];

  it('names its record by a catalog term in both languages', () => {
    const code = recordTerm(kind);
    expect(termText(code, 'zh')).toBe(name.zh);
    expect(`the ${termText(code, 'en')}`).toBe(name.en);
  });

  it('refuses a closed record naming the record, not "the record"', () => {
    const terminal = d.terminal[0]!;
    const error = refusal(() => checkCommand(d, terminal, firstType, { roles: ['head'] }));
    expect(error.code).toBe('case.wrong_stage');
    const zh = renderMessage(error.text, 'zh');
    const en = renderMessage(error.text, 'en');
    expect(zh.startsWith(`该${name.zh}已处于`)).toBe(true);
    expect(en).toContain(`: ${name.en} is `);
    expect(en).not.toContain('the record');
  });

  it('refuses a wrong stage naming the record in Chinese and English', () => {
    const wrong = misplaced(d);
    expect(wrong).not.toBeNull();
    const error = refusal(() => checkCommand(d, wrong!.stage, wrong!.type, { roles: ['head'] }));
    expect(error.code).toBe('case.wrong_stage');
    expect(renderMessage(error.text, 'zh').startsWith(`${name.zh}当前处于“`)).toBe(true);
    expect(renderMessage(error.text, 'en')).toMatch(new RegExp(` while ${name.en} is `));
  });
});

describe('the gate before the rules (decideChecked, actingRole)', () => {
  const officer = { userId: 'o', username: 'o', displayName: 'o', roles: ['officer'], agencyId: 'a' };
  // Rules that accept anything: what the gate alone refuses.
  const rules = decideChecked(ENFORCEMENT_PROCEDURE, (_s: CaseState, _c: { type: CaseCommandType }) => [
    'accepted',
  ]);
  const inStage = (stage: CaseStage) => ({ stage, agencyId: 'a' }) as unknown as CaseState;

  it('refuses another agency, a stage and a role from the definition before any rule runs', () => {
    expect(rules(inStage('inspected'), { type: 'issue_order' }, officer)).toEqual(['accepted']);
    expect(refusal(() => rules(inStage('opened'), { type: 'issue_order' }, officer)).code).toBe(
      'case.wrong_stage',
    );
    expect(refusal(() => rules(inStage('closed'), { type: 'issue_order' }, officer)).code).toBe(
      'case.wrong_stage',
    );
    expect(refusal(() => rules(inStage('inspected'), { type: 'decide_measure' }, officer)).code).toBe(
      'auth.forbidden',
    );
    // Another agency's record is one that does not exist: nothing about its stage is told.
    const foreign = refusal(() =>
      rules(inStage('closed'), { type: 'issue_order' }, { ...officer, agencyId: 'b' }),
    );
    expect(foreign.code).toBe('case.not_found');
    expect(renderMessage(foreign.text, 'zh')).toBe('本机关没有该案件');
    expect(renderMessage(foreign.text, 'en')).toBe('no such case in your agency');
  });

  it('gives the rules the most senior role held, and fails loudly when the gate was skipped', () => {
    expect(actingRole(ENFORCEMENT_PROCEDURE, 'decide_measure', { roles: ['supervisor', 'head'] })).toBe(
      'head',
    );
    expect(() => actingRole(ENFORCEMENT_PROCEDURE, 'decide_measure', officer)).toThrow(
      /without checkCommand/,
    );
  });
});
