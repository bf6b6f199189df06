import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { TERMS } from '../../../../libs/domain/src/i18n/terms';
import { auditActionText } from '../../../../libs/domain/src/i18n/audit-actions';

const zh = {
  app: '安全生产执法办案系统',
  beijingTime: '北京时间',
  signIn: '登录',
  signOut: '退出',
  username: '用户名',
  password: '密码',
  signInTitle: '登录办案系统',
  inbox: '我的待办',
  cases: '执法案件',
  penalties: '处罚案件',
  transfers: '移送案件',
  accidents: '事故',
  audit: '审计',
  newCase: '新建案件',
  newAccident: '事故快报',
  sandbox: '培训沙盒：时间由培训人员拨动，数据每次启动清空',
  advanceClock: '拨动时钟',
  advanceBy: '前进时长',
  language: 'English',
};
const en: typeof zh = {
  app: 'Work-safety enforcement cases',
  beijingTime: 'Beijing time',
  signIn: 'Sign in',
  signOut: 'Sign out',
  username: 'Username',
  password: 'Password',
  signInTitle: 'Sign in',
  inbox: 'My tasks',
  cases: 'Cases',
  penalties: 'Penalties',
  transfers: 'Transfers',
  accidents: 'Accidents',
  audit: 'Audit',
  newCase: 'New case',
  newAccident: 'Report an accident',
  sandbox: 'Training sandbox: the clock moves when a trainer moves it; data is wiped on each start',
  advanceClock: 'Advance the clock',
  advanceBy: 'Advance by',
  language: '中文',
};

const stored = typeof localStorage !== 'undefined' ? localStorage.getItem('safecase.lang') : null;

void i18next.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zh }, en: { translation: en } },
  lng: stored === 'en' ? 'en' : 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

export const i18n = i18next;
export const isEnglish = () => i18next.language === 'en';
export function setLanguage(lng: 'zh-CN' | 'en') {
  localStorage.setItem('safecase.lang', lng);
  void i18next.changeLanguage(lng);
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
