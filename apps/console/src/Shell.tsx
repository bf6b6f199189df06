import { useEffect, useState } from 'react';
import { NavLink, Outlet, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, newIdempotencyKey, session, unwrap } from './api/client';
import { hasRole, useMe, useNow, useSandboxClock } from './lib/session';
import { setLanguage, term } from './lib/i18n';
import { china } from './lib/time';
import { problemMessage } from './lib/problem';

function BeijingClock() {
  const { t } = useTranslation();
  const now = useNow();
  const [, tick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => tick((n) => n + 1), 30_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <span data-testid="clock">
      {t('beijingTime')} {china(now).format('YYYY-MM-DD HH:mm')}
    </span>
  );
}

/** The training sandbox: a banner for everyone, and the clock control for a supervisor or an admin. */
function SandboxBar() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const clock = useSandboxClock();
  const queryClient = useQueryClient();
  const [duration, setDuration] = useState('P1D');
  const advance = useMutation({
    mutationFn: async (value: string) =>
      unwrap(
        await api.POST('/sandbox/clock', {
          body: { advance: value },
          params: { header: { 'Idempotency-Key': newIdempotencyKey() } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  if (!clock.data) return null;
  return (
    <div role="region" aria-label={t('sandboxRegion')} className="sandbox-bar">
      <strong>{t('sandbox')}</strong>
      {hasRole(me, 'supervisor', 'admin') && (
        <form
          className="sandbox-form"
          onSubmit={(e) => {
            e.preventDefault();
            advance.mutate(duration.trim());
          }}
        >
          <label htmlFor="sandbox-advance">{t('advanceBy')}</label>
          <Input
            id="sandbox-advance"
            value={duration}
            onChange={(e) => setDuration(e.target.value)}
            style={{ width: 110 }}
          />
          <Button htmlType="submit" loading={advance.isPending}>
            {t('advanceClock')}
          </Button>
          <span role="status">
            {advance.error
              ? problemMessage(advance.error)
              : advance.data
                ? `${t('beijingTime')} ${china(advance.data.now).format('YYYY-MM-DD HH:mm')}`
                : ''}
          </span>
        </form>
      )}
    </div>
  );
}

/** Names the other language in that language (English / 中文). */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  return (
    <Button
      size="small"
      lang={t('languageTag')}
      onClick={() => setLanguage(i18n.language === 'en' ? 'zh-CN' : 'en')}
    >
      {t('language')}
    </Button>
  );
}

export function Shell() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const links: [string, string][] = [
    ['/', t('inbox')],
    ['/lists/cases', t('cases')],
    ['/lists/penalties', t('penalties')],
    ['/lists/transfers', t('transfers')],
    ['/lists/accidents', t('accidents')],
    ...(hasRole(me, 'officer')
      ? ([
          ['/new/case', t('newCase')],
          ['/new/accident', t('newAccident')],
        ] as [string, string][])
      : []),
    ...(hasRole(me, 'auditor') ? ([['/audit', t('audit')]] as [string, string][]) : []),
    ...(hasRole(me, 'supervisor', 'head', 'admin')
      ? ([['/dashboard', t('dashboard')]] as [string, string][])
      : []),
    ...(hasRole(me, 'admin') ? ([['/admin', t('admin')]] as [string, string][]) : []),
  ];
  return (
    <div className="shell">
      <SandboxBar />
      <header className="shell-header">
        <span className="shell-title">{t('app')}</span>
        <nav aria-label={t('mainNav')} className="shell-nav">
          {links.map(([to, label]) => (
            <NavLink key={to} to={to} end={to === '/'}>
              {label}
            </NavLink>
          ))}
        </nav>
        <div className="shell-user">
          <BeijingClock />
          {me && (
            <span data-testid="whoami">
              <span lang="zh-CN">{me.displayName}</span> · {me.roles.map(term).join(t('listSeparator'))} ·{' '}
              <span lang="zh-CN">{me.agencyName}</span>
            </span>
          )}
          <LanguageSwitch />
          <Button
            size="small"
            onClick={() => {
              session.clear();
              queryClient.clear();
              void navigate('/login');
            }}
          >
            {t('signOut')}
          </Button>
        </div>
      </header>
      <main className="shell-main">
        <Outlet />
      </main>
    </div>
  );
}
