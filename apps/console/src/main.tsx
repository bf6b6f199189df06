import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import { BrowserRouter } from 'react-router';
import { useTranslation } from 'react-i18next';
import { i18n } from './lib/i18n';
import './styles.css';
import { ProblemError } from './api/client';
import { App } from './App';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 5_000,
      // A refusal (403/404) or a bad request will not change by asking again.
      retry: (count, error) => !(error instanceof ProblemError && error.problem.status < 500) && count < 2,
    },
  },
});

// The API answers in the language asked for (`Accept-Language`, see api/client.ts): task titles,
// stage names and refusals are asked for again in the new one.
i18n.on('languageChanged', () => void queryClient.invalidateQueries());

function Root() {
  const { i18n: current } = useTranslation();
  return (
    <ConfigProvider
      locale={current.language === 'en' ? enUS : zhCN}
      // Darker than antd's defaults where those miss WCAG AA contrast (4.5:1) on white.
      theme={{
        token: {
          colorPrimary: '#1d4ed8',
          colorLink: '#1d4ed8',
          colorInfo: '#1d4ed8',
          colorError: '#c41d1d',
          colorTextDescription: '#595959',
          colorTextTertiary: '#595959',
          colorTextPlaceholder: '#767676',
        },
      }}
      button={{ autoInsertSpace: false }}
    >
      <QueryClientProvider client={queryClient}>
        <BrowserRouter basename="/console">
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </ConfigProvider>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Root />
  </StrictMode>,
);
