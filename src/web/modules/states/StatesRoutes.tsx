import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { withMantine } from '../../app/with-mantine';
import { DashboardPage } from './pages/DashboardPage';

// The dashboard ships in this chunk (one round trip less on slow links) and uses no Mantine (the
// public page with the tightest budget); profiles, built with Mantine, come in their own chunk.
const ProfilePage = lazy(
  withMantine(() => import('./pages/ProfilePage').then((m) => ({ default: m.ProfilePage }))),
);

/**
 * The States module under /states/*: the universalization dashboard (with the list of States) and
 * one profile per State. Loaded as its own chunk from app/routes.tsx; the map, the staff forms and
 * the profile's editing parts are further chunks below this one.
 */
export default function StatesRoutes() {
  return (
    <Routes>
      <Route index element={<DashboardPage />} />
      <Route path=":iso3" element={<ProfilePage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
