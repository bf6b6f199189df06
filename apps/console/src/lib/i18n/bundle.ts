/**
 * One screen's texts in both languages. English has every Chinese key (a missing one does not
 * compile) and may add plural forms (`key_one`), which Chinese does not have.
 */
export interface Bundle<K extends string = string> {
  zh: Record<K, string>;
  en: Record<K, string> & Record<string, string>;
}

export function bundle<const Z extends Record<string, string>>(
  zh: Z,
  en: Record<keyof Z, string> & Record<string, string>,
): Bundle<Extract<keyof Z, string>> {
  return { zh, en };
}
