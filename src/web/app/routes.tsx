import { lazy } from 'react';
import { type RouteObject, useRoutes } from 'react-router';
import { Layout } from './Layout';
import { NotFoundPage } from './pages/NotFoundPage';

// Declarative routes rather than the data router (createBrowserRouter): the data router adds about
// 17 KB gzipped to the first load, and TanStack Query already does the data loading.
const HomePage = lazy(() => import('./pages/HomePage').then((m) => ({ default: m.HomePage })));

/**
 * The route tree. Every page is a React.lazy component, so each ships as its own chunk fetched on
 * first visit; the layout shows a loader meanwhile. A module mounts its own sub-routes in its
 * chunk, keeping this table short:
 *   const States = lazy(() => import('../modules/states/StatesRoutes'));
 *   { path: 'states/*', element: <States /> }
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <HomePage /> },
      // Small and in the main chunk on purpose: modules render it for unknown records too.
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
