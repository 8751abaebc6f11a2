import { lazy } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { type Namespace, withNamespace } from '../lib/i18n';
import { Layout } from './Layout';
import { NotFoundPage } from './pages/NotFoundPage';
import { RequireAuth } from './RequireAuth';
import { type AnyComponent, withMantine } from './with-mantine';

// Declarative routes rather than the data router (createBrowserRouter): the data router adds about
// 17 KB gzipped to the first load, and TanStack Query already does the data loading.

/** A page built with Mantine components, loaded with its namespace and MantineProvider. */
function mantinePage<T extends AnyComponent>(namespace: Namespace, load: () => Promise<{ default: T }>) {
  return lazy(withNamespace(namespace, withMantine(load)));
}

const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));
const SignInPage = mantinePage('account', () =>
  import('../modules/account/pages/SignInPage').then((m) => ({ default: m.SignInPage })),
);
const ForgotPasswordPage = mantinePage('account', () =>
  import('../modules/account/pages/ForgotPasswordPage').then((m) => ({ default: m.ForgotPasswordPage })),
);
const TokenPasswordPage = mantinePage('account', () =>
  import('../modules/account/pages/TokenPasswordPage').then((m) => ({ default: m.TokenPasswordPage })),
);
const AccountPage = mantinePage('account', () =>
  import('../modules/account/pages/AccountPage').then((m) => ({ default: m.AccountPage })),
);
const UsersPage = mantinePage('users', () =>
  import('../modules/users/pages/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const AuditPage = mantinePage('audit', () =>
  import('../modules/audit/pages/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const OutboxPage = mantinePage('outbox', () =>
  import('../modules/outbox/pages/OutboxPage').then((m) => ({ default: m.OutboxPage })),
);
const Outreach = mantinePage('outreach', () => import('../modules/outreach/OutreachRoutes'));
// Its public dashboard is Mantine-free (first-load budget); StatesRoutes wraps the profile itself.
const States = lazy(withNamespace('states', () => import('../modules/states/StatesRoutes')));
const Obligations = mantinePage('obligations', () => import('../modules/obligations/ObligationsRoutes'));
const Reports = mantinePage('reports', () => import('../modules/reports/ReportsRoutes'));
const DepositaryImportPage = mantinePage('depositaryImport', () =>
  import('../modules/depositary-import/pages/DepositaryImportPage').then((m) => ({
    default: m.DepositaryImportPage,
  })),
);

/**
 * The route tree. Every page is a React.lazy component, so each ships as its own chunk fetched on
 * first visit, together with its translation namespace (withNamespace) and, for pages built with
 * Mantine components, MantineProvider and Mantine's stylesheet (withMantine), all in parallel; the
 * layout shows a loader meanwhile. A module mounts its own sub-routes in its chunk, keeping this
 * table short:
 *   const Reports = mantinePage('reports', () => import('../modules/reports/ReportsRoutes'));
 *   { path: 'reports/*', element: <Reports /> }
 * The home page and the States dashboard use no Mantine: they are what most visitors load first
 * (first-load budget, docs/architecture.md).
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
      { path: 'reports/*', element: <Reports /> },
      // Small and in the main chunk on purpose: modules render it for unknown records too.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
