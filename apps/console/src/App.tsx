import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes, useLocation } from 'react-router';
import { Spin } from 'antd';
import { session } from './api/client';
import { Shell } from './Shell';
import { SignIn } from './pages/SignIn';
import { Inbox } from './pages/Inbox';

// Everything past sign-in and the inbox loads when first opened.
const RecordPage = lazy(() => import('./pages/RecordPage'));
const ListPage = lazy(() => import('./pages/ListPage'));
const NewCase = lazy(() => import('./pages/NewCase'));
const NewAccident = lazy(() => import('./pages/NewAccident'));
const AuditPage = lazy(() => import('./pages/AuditPage'));
const DashboardPage = lazy(() => import('./pages/DashboardPage'));
const AdminPage = lazy(() => import('./pages/AdminPage'));

function RequireSession({ children }: { children: React.ReactNode }) {
  const location = useLocation();
  if (!session.token())
    return <Navigate to="/login" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

export function App() {
  return (
    <Routes>
      <Route path="/login" element={<SignIn />} />
      <Route
        element={
          <RequireSession>
            <Shell />
          </RequireSession>
        }
      >
        <Route index element={<Inbox />} />
        <Route
          path="records/:kind/:id"
          element={
            <Lazy>
              <RecordPage />
            </Lazy>
          }
        />
        <Route
          path="lists/:kind"
          element={
            <Lazy>
              <ListPage />
            </Lazy>
          }
        />
        <Route
          path="new/case"
          element={
            <Lazy>
              <NewCase />
            </Lazy>
          }
        />
        <Route
          path="new/accident"
          element={
            <Lazy>
              <NewAccident />
            </Lazy>
          }
        />
        <Route
          path="audit"
          element={
            <Lazy>
              <AuditPage />
            </Lazy>
          }
        />
        <Route
          path="audit/:caseId"
          element={
            <Lazy>
              <AuditPage />
            </Lazy>
          }
        />
        <Route
          path="dashboard"
          element={
            <Lazy>
              <DashboardPage />
            </Lazy>
          }
        />
        <Route
          path="admin"
          element={
            <Lazy>
              <AdminPage />
            </Lazy>
          }
        />
        <Route path="*" element={<Navigate to="/" replace />} />
      </Route>
    </Routes>
  );
}

function Lazy({ children }: { children: React.ReactNode }) {
  return <Suspense fallback={<Spin style={{ margin: 48 }} />}>{children}</Suspense>;
}
