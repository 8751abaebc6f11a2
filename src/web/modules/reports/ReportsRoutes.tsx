import { Route, Routes } from 'react-router';
import { NotFoundPage } from '../../app/pages/NotFoundPage';
import { RequireAuth } from '../../app/RequireAuth';
import { CompliancePage } from './pages/CompliancePage';
import { RecordReceivedPage } from './pages/RecordReceivedPage';
import { ReportEditorPage } from './pages/ReportEditorPage';
import { ReportPage } from './pages/ReportPage';
import { ReportsPage } from './pages/ReportsPage';
import { StartReportPage } from './pages/StartReportPage';
import { SummaryPage } from './pages/SummaryPage';
import { VersionDiffPage } from './pages/VersionDiffPage';

/**
 * Article 7 reports, in one lazy chunk: the public list and report pages, the focal point's
 * editor, and the ISU's tools (compliance figures, analytical summary, reports received outside).
 * The server decides what each reader may see; these guards only spare people pages they cannot use.
 */
export default function ReportsRoutes() {
  return (
    <Routes>
      <Route index element={<ReportsPage />} />
      <Route path="compliance" element={<CompliancePage />} />
      <Route path="summary" element={<SummaryPage />} />
      <Route
        path="start"
        element={
          <RequireAuth>
            <StartReportPage />
          </RequireAuth>
        }
      />
      <Route
        path="received"
        element={
          <RequireAuth ability="staff">
            <RecordReceivedPage />
          </RequireAuth>
        }
      />
      <Route path=":id" element={<ReportPage />} />
      <Route
        path=":id/edit"
        element={
          <RequireAuth>
            <ReportEditorPage />
          </RequireAuth>
        }
      />
      <Route path=":id/versions/:number/diff" element={<VersionDiffPage />} />
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
