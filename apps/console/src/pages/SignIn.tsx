import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, session, unwrap } from '../api/client';
import { problemMessage } from '../lib/problem';
import { LanguageSwitch } from '../Shell';

export function SignIn() {
  const { t } = useTranslation(['translation', 'signIn']);
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  // A missing field is said in the language on screen, even after a switch; the API's refusal as it came.
  const [error, setError] = useState<{ missing: true } | string | null>(null);
  const [busy, setBusy] = useState(false);
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  async function signIn(e: React.FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) return setError({ missing: true });
    setBusy(true);
    setError(null);
    try {
      const answer = unwrap(await api.POST('/auth/login', { body: { username: username.trim(), password } }));
      session.set(answer.accessToken);
      queryClient.clear();
      void navigate(from, { replace: true });
    } catch (err) {
      setError(problemMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="signin">
      <form className="signin-card" onSubmit={(e) => void signIn(e)} noValidate>
        <h1>{t('app')}</h1>
        <h2>{t('signInTitle')}</h2>
        {error && (
          <div role="alert" className="signin-error">
            {typeof error === 'string' ? error : t('signIn:missing')}
          </div>
        )}
        <label htmlFor="username">{t('username')}</label>
        <Input
          id="username"
          autoComplete="username"
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
        />
        <label htmlFor="password">{t('password')}</label>
        <Input.Password
          id="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="primary" htmlType="submit" block loading={busy} style={{ marginTop: 20 }}>
          {t('signIn')}
        </Button>
        <p className="muted signin-hint">{t('signIn:demoHint')}</p>
        <div style={{ marginTop: 12, textAlign: 'right' }}>
          <LanguageSwitch />
        </div>
      </form>
    </main>
  );
}
