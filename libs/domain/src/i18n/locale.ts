/** The languages the API answers in: Chinese for the officers by default, English on request. */
export type Locale = 'zh' | 'en';
export const LOCALES: readonly Locale[] = ['zh', 'en'];
export const DEFAULT_LOCALE: Locale = 'zh';

/** One text in every locale. */
export type Text = Record<Locale, string>;

/** The BCP 47 tag a response names in `Content-Language`. */
export const LANGUAGE_TAG: Record<Locale, string> = { zh: 'zh-CN', en: 'en' };

/**
 * The locale an `Accept-Language` header asks for: the supported language with the highest q-value
 * (`en`, `en-US` → English; `zh`, `zh-CN`, `zh-Hans` → Chinese), Chinese when the header is missing,
 * malformed or names only languages we do not have. `*` means any, so Chinese.
 */
export function pickLocale(header: string | string[] | undefined): Locale {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  let best: { locale: Locale; q: number } | null = null;
  for (const part of value.split(',')) {
    const [tag = '', ...options] = part.trim().toLowerCase().split(';');
    const qOption = options.map((o) => o.trim()).find((o) => o.startsWith('q='));
    const q = qOption ? Number(qOption.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    const primary = tag.split('-')[0];
    const locale: Locale | null = primary === 'en' ? 'en' : primary === 'zh' || primary === '*' ? 'zh' : null;
    // The first of equal q-values wins, as the header lists them in the client's order.
    if (locale && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

/** `{name}` placeholders of a template, as a type: `'{id} is {status}'` → `'id' | 'status'`. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The placeholder names of a template at run time, for the catalog tests. */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!).sort();
}

/** Fills `{name}` placeholders; one without a value stays as written. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole);
}
