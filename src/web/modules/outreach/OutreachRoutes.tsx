import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { OutreachCountryPage } from './pages/OutreachCountryPage';
import { OutreachListPage } from './pages/OutreachListPage';

/** /outreach and /outreach/:iso3, in one lazy chunk (the Markdown renderer in a chunk of its own). */
export default function OutreachRoutes() {
  return (
    <Routes>
      <Route index element={<OutreachListPage />} />
      <Route path=":iso3" element={<OutreachCountryPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
