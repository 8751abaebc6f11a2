import type { ReportDocumentInput } from './model.js';

export { type ReportDataRow, reportDataColumns, reportDataRows } from './data-table.js';
/**
 * Printable and downloadable documents of one Article 7 report: DOCX and PDF laid out like the
 * official forms, and the report's data as rows for CSV/XLSX (sendCsv/sendXlsx in http/export.ts).
 * The renderers load docx and pdfmake on first use, so the server starts without them.
 */
export type { ReportDocumentInput } from './model.js';

export async function renderReportDocx(input: ReportDocumentInput): Promise<Buffer> {
  const { renderReportDocx: render } = await import('./docx.js');
  return render(input);
}

export async function renderReportPdf(input: ReportDocumentInput): Promise<Buffer> {
  const { renderReportPdf: render } = await import('./pdf.js');
  return render(input);
}
