import { lazy } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequireAuth } from './RequireAuth';

// Declarative routes rather than the data router (createBrowserRouter): the data router adds about
// 17 KB gzipped to the first load, and TanStack Query already does the data loading.
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const SignInPage = lazy(() =>
  import('../modules/account/pages/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const ForgotPasswordPage = lazy(() =>
  import('../modules/account/pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const TokenPasswordPage = lazy(() =>
  import('../modules/account/pages/TokenPasswordPage').then((m) => ({ default: m.TokenPasswordPage })),
);
const AccountPage = lazy(() =>
  import('../modules/account/pages/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const UsersPage = lazy(() =>
  import('../modules/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = lazy(() =>
  import('../modules/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const OutboxPage = lazy(() =>
  import('../modules/outbox/pages/OutboxPage').then((m) => ({ default: m.OutboxPage })),
);
const Outreach = lazy(() => import('../modules/outreach/OutreachRoutes'));
const States = lazy(() => import('../modules/states/StatesRoutes'));
const Obligations = lazy(() => import('../modules/obligations/ObligationsRoutes'));
const DepositaryImportPage = lazy(() =>
  import('../modules/depositary-import/pages/DepositaryImportPage').then((m) => ({
    default: m.DepositaryImportPage,
  })),
);

/**
 * The route tree. Every page is a React.lazy component, so each ships as its own chunk fetched on
 * first visit; the layout shows a loader meanwhile. A module mounts its own sub-routes in its
 * chunk, keeping this table short:
 *   const States = lazy(() => import('../modules/states/StatesRoutes'));
 *   { path: 'states/*', element: <States /> }
 * Pages for signed-in people sit inside <RequireAuth> (main chunk), so a refused visitor never
 * downloads their code.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'sign-in', element: <SignInPage /> },
      { path: 'forgot-password', element: <ForgotPasswordPage /> },
      // Links in e-mails: the token is in the fragment (#…), which browsers never send to servers.
      { path: 'invitation', element: <TokenPasswordPage purpose="invitation" /> },
      { path: 'reset-password', element: <TokenPasswordPage purpose="password_reset" /> },
      {
        path: 'account',
        element: (
          <RequireAuth>
            <AccountPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/users',
        element: (
          <RequireAuth ability="manageUsers">
            <UsersPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/audit',
        element: (
          <RequireAuth ability="readAudit">
            <AuditPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/outbox',
        element: (
          <RequireAuth ability="readOutbox">
            <OutboxPage />
          </RequireAuth>
        ),
      },
      {
        path: 'admin/depositary-import',
        element: (
          <RequireAuth ability="staff">
            <DepositaryImportPage />
          </RequireAuth>
        ),
      },
      {
        path: 'outreach/*',
        element: (
          <RequireAuth ability="outreach">
            <Outreach />
          </RequireAuth>
        ),
      },
      { path: 'states/*', element: <States /> },
      // Public tables; the dashboard inside is guarded there, the requests are filtered by the server.
      { path: 'obligations/*', element: <Obligations /> },
      // Small and in the main chunk on purpose: modules render it for unknown records too.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
