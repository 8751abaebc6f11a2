import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { RequireAuth } from '../../app/RequireAuth';
import { DashboardPage } from './pages/DashboardPage';
import { PublicObligationsPage } from './pages/PublicObligationsPage';
import { RequestPage } from './pages/RequestPage';
import { RequestsPage } from './pages/RequestsPage';
import { StateObligationsPage } from './pages/StateObligationsPage';

/**
 * /obligations (public tables), /obligations/dashboard (ISU staff and coordinators),
 * /obligations/states/:iso3, /obligations/requests and /obligations/requests/:id, in one lazy chunk.
 * The requests pages are public: the server shows drafts only to their State and the ISU.
 */
export default function ObligationsRoutes() {
  return (
    <Routes>
      <Route index element={<PublicObligationsPage />} />
      <Route
        path="dashboard"
        element={
          <RequireAuth ability="obligationsDashboard">
            <DashboardPage />
          </RequireAuth>
        }
      />
      <Route path="states/:iso3" element={<StateObligationsPage />} />
      <Route path="requests" element={<RequestsPage />} />
      <Route path="requests/:id" element={<RequestPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
