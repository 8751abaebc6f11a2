import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import type { documentParams, documentQuery } from '../../../shared/contracts/reports.js';
import type { Ctx } from '../../http/context.js';
import { sendCsv, sendXlsx } from '../../http/export.js';
import { renderReportDocx, renderReportPdf, reportDataColumns, reportDataRows } from './documents/index.js';
import { reportDocumentInput } from './service-documents.js';

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/**
 * Sends one text of a report as a file named as the ISU files reports (CCM-Art7-LAO-2025-v2.pdf):
 * the documents to read, or the data as a table for analysis.
 */
export async function renderReportDocument(
  ctx: Ctx,
  reply: FastifyReply,
  params: z.infer<typeof documentParams>,
  query: z.infer<typeof documentQuery>,
) {
  const { baseName, input } = await reportDocumentInput(ctx, params.id, query.lang, query.version);
  const filename = `${baseName}.${params.format}`;
  // Anyone else's copy would be stale after a correction: the reader's own browser only.
  reply.header('cache-control', 'private, no-cache');
  if (params.format === 'csv' || params.format === 'xlsx') {
    const rows = reportDataRows(input.data, query.lang, { stateNameOf: input.stateNameOf });
    const columns = reportDataColumns(query.lang);
    return params.format === 'csv'
      ? sendCsv(reply, filename, columns, rows)
      : sendXlsx(reply, filename, baseName.slice(0, 31), columns, rows);
  }
  const content = params.format === 'pdf' ? await renderReportPdf(input) : await renderReportDocx(input);
  return reply
    .header('content-type', contentTypes[params.format])
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(content);
}
