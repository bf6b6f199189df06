import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TERMS } from '../../../../libs/domain/src/i18n/terms';
import { auditActionText } from '../../../../libs/domain/src/i18n/audit-actions';
// After lib/time (which sets dayjs to Chinese as it loads), so the language chosen here wins.
import { dayjs } from './time';
import type { Bundle } from './i18n/bundle';
import { shell } from './i18n/shell';
import { signIn } from './i18n/sign-in';
import { inbox } from './i18n/inbox';

export type Language = 'zh-CN' | 'en';
export type { Bundle } from './i18n/bundle';
export { bundle } from './i18n/bundle';

const STORED = 'safecase.lang';
const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORED) : null;

// The shell's texts are the default namespace (`t('inbox')`); each screen has a namespace of its own.
// Sign-in and the inbox load with the entry chunk; the lazy screens register theirs as they load.
void i18next.use(initReactI18next).init({
  resources: {
    'zh-CN': { translation: shell.zh, signIn: signIn.zh, inbox: inbox.zh },
    en: { translation: shell.en, signIn: signIn.en, inbox: inbox.en },
  },
  lng: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

/** The page and dayjs follow the language (antd's locale follows it in main.tsx). */
function applyLanguage(lng: string) {
  const en = lng === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') {
    document.documentElement.lang = en ? 'en' : 'zh-CN';
    document.title = i18next.t('app');
  }
}
applyLanguage(i18next.language);
i18next.on('languageChanged', applyLanguage);

export const i18n = i18next;
export const isEnglish = () => i18next.language === 'en';
export function setLanguage(lng: Language) {
  localStorage.setItem(STORED, lng);
  void i18next.changeLanguage(lng);
}

/**
 * A screen's texts as a namespace of their own (`useTranslation(ns)`), added when its module loads;
 * `i18next.addResourceBundle` directly does the same for a module with a bundle of another shape.
 */
export function registerNamespace(ns: string, texts: Bundle): void {
  i18next.addResourceBundle('zh-CN', ns, texts.zh, true, true);
  i18next.addResourceBundle('en', ns, texts.en, true, true);
}

/** A code (stage, role, status, measure kind …) by the domain's own catalog. */
export function term(code: string | null | undefined): string {
  if (!code) return '—';
  const text = (TERMS as Record<string, { zh: string; en: string } | undefined>)[code];
  return text ? (isEnglish() ? text.en : text.zh) : code;
}

/** A timeline event or audit action as a phrase. */
export function eventText(procedure: string, type: string): string {
  return auditActionText(`${procedure}.${type}`, isEnglish() ? 'en' : 'zh');
}
