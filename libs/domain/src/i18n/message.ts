import { fill, type Locale, type Placeholders, type Text } from './locale';
import { MESSAGES } from './messages';
import { TERMS } from './terms';

export type MessageKey = keyof typeof MESSAGES;

/**
 * A value in a message. Plain strings and numbers are shown as they are (ids, dates, names, field
 * names); a term is a stable code shown by its name in the locale (a stage, a role, an action); a
 * list joins its items; a message nests one sentence in another. All of it is plain JSON, so a
 * message travels from a workflow to the API in an ApplicationFailure's details.
 */
export type Param = string | number | { term: string } | { anyOf: Param[] } | { allOf: Param[] } | Message;

export interface Message {
  key: MessageKey;
  params?: Record<string, Param>;
}

type ParamsOf<K extends MessageKey> = Record<Placeholders<(typeof MESSAGES)[K]['en']>, Param>;
/** `msg('case.unknown_danger', { id })`: the params a key's text names, no more, no fewer. */
export type ParamArgs<K extends MessageKey> = [Placeholders<(typeof MESSAGES)[K]['en']>] extends [never]
  ? []
  : [params: ParamsOf<K>];

export function msg<K extends MessageKey>(key: K, ...[params]: ParamArgs<K>): Message {
  return params ? { key, params: params } : { key };
}

/** A stable code shown by its name: `term('rectifying')` → 整改中 / rectifying. */
export const term = (code: string): Param => ({ term: code });
/** Alternatives, e.g. the stages or roles an action needs: 负责人或主要负责人 / supervisor or head. */
export const anyOf = (codes: readonly string[]): Param => ({ anyOf: codes.map(term) });
/** Plain items (ids), all of them: M1、M2 / M1, M2. */
export const listOf = (items: readonly string[]): Param => ({ allOf: [...items] });

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(MESSAGES, value);
}

/** Whether a value (e.g. an ApplicationFailure's detail) is a message we can render. */
export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    isMessageKey((value as { key?: unknown }).key) &&
    ((value as { params?: unknown }).params === undefined ||
      typeof (value as { params?: unknown }).params === 'object')
  );
}

/**
 * Command labels of the procedure definitions (`<kind>:<command>`), registered when a definition is
 * loaded, so a refusal can name the action in the reader's language like any term.
 */
const COMMAND_LABELS = new Map<string, Text>();

export function registerCommandLabels(kind: string, commands: Record<string, { label: Text }>): void {
  // In an English sentence the label is a phrase: "cannot issue the order to rectify".
  for (const [type, { label }] of Object.entries(commands))
    COMMAND_LABELS.set(`${kind}:${type}`, {
      zh: label.zh,
      en: label.en.charAt(0).toLowerCase() + label.en.slice(1),
    });
}

/** The term naming a command of a definition (see `registerCommandLabels`). */
export const commandTerm = (kind: string, type: string): Param => term(`${kind}:${type}`);

/** A term's name; a code without one (e.g. a phrase from an older worker) shows as it is. */
export function termText(code: string, locale: Locale): string {
  const text: Text | undefined = Object.prototype.hasOwnProperty.call(TERMS, code)
    ? TERMS[code as keyof typeof TERMS]
    : COMMAND_LABELS.get(code);
  return text ? text[locale] : code;
}

const JOIN: Record<Locale, { anyOf: string; allOf: string }> = {
  zh: { anyOf: '或', allOf: '、' },
  en: { anyOf: ' or ', allOf: ', ' },
};

function paramText(p: Param, locale: Locale): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if ('term' in p) return termText(p.term, locale);
  if ('anyOf' in p) return p.anyOf.map((x) => paramText(x, locale)).join(JOIN[locale].anyOf);
  if ('allOf' in p) return p.allOf.map((x) => paramText(x, locale)).join(JOIN[locale].allOf);
  return renderMessage(p, locale);
}

export function renderMessage(m: Message, locale: Locale): string {
  const params = Object.fromEntries(
    Object.entries(m.params ?? {}).map(([name, p]) => [name, paramText(p, locale)]),
  );
  return fill(MESSAGES[m.key][locale], params);
}
