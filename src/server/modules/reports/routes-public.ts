import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { latestVersion, reportFormats } from '../../../domain/reports/formats.js';
import { formatVersions } from '../../../domain/reports/kinds.js';
import {
  documentParams,
  documentQuery,
  formatParams,
  reportFilterQuery,
  reportFormatList,
  reportList,
  reportListQuery,
} from '../../../shared/contracts/reports.js';
import { errorBodySchema } from '../../../shared/errors.js';
import { sendCsv, sendXlsx } from '../../http/export.js';
import { reportsCacheKey } from './cache.js';
import { renderReportDocument } from './documents-send.js';
import { audienceOf, listCacheKey, listExportColumns, listReports, matchingReports } from './list.js';
import { readReportFile } from './service-files.js';

const tags = ['reports'];
const formatsCacheKey = 'report-formats:';

export const reportPublicRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/reports',
    {
      schema: {
        tags,
        summary:
          'Article 7 reports, a page at a time: published ones for everyone, also the own State’s for focal points, all (and those not started, for a year) for the ISU',
        querystring: reportListQuery,
        response: { 200: reportList },
      },
    },
    async (request, reply) => {
      const audience = audienceOf(request.ctx.actor);
      if (audience.kind !== 'public') return listReports(request.ctx.db, audience, request.query);
      const models = request.ctx.readModels;
      const entry = await models.get(listCacheKey(reportsCacheKey, request.query), () =>
        listReports(request.ctx.db, audience, request.query),
      );
      return models.send(request, reply, entry);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/v1/reports/export.${format}`,
      {
        schema: {
          tags,
          summary: `The reports list with the same filters, as ${format.toUpperCase()}: every matching report, not a page`,
          querystring: reportFilterQuery,
        },
      },
      async (request, reply) => {
        const items = await matchingReports(request.ctx.db, audienceOf(request.ctx.actor), request.query);
        return format === 'csv'
          ? sendCsv(reply, 'ccm-article7-reports.csv', listExportColumns, items)
          : sendXlsx(reply, 'ccm-article7-reports.xlsx', 'Article 7 reports', listExportColumns, items);
      },
    );
  }

  app.get(
    '/api/v1/report-formats',
    {
      schema: {
        tags,
        summary: 'The versions of the Article 7 reporting format',
        response: { 200: reportFormatList },
      },
    },
    async (request, reply) => {
      const models = request.ctx.readModels;
      const entry = await models.get(`${formatsCacheKey}list`, async () => ({
        items: formatVersions.map((version) => {
          const { title, adoptedAt, document } = reportFormats[version];
          return { version, title, adoptedAt, document, latest: version === latestVersion };
        }),
      }));
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/report-formats/:version',
    {
      schema: {
        tags,
        summary:
          'A reporting format as data: cover page, header, forms, fields and tables, labels in EN/FR/ES (what a report’s data must follow)',
        params: formatParams,
      },
    },
    async (request, reply) => {
      const models = request.ctx.readModels;
      const { version } = request.params;
      const entry = await models.get(`${formatsCacheKey}${version}`, async () => reportFormats[version]);
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/reports/:id/document.:format',
    {
      schema: {
        tags,
        summary: 'A report as DOCX, PDF, CSV or XLSX, in English, French or Spanish',
        params: documentParams,
        querystring: documentQuery,
        response: { 404: errorBodySchema },
      },
    },
    async (request, reply) => renderReportDocument(request.ctx, reply, request.params, request.query),
  );

  app.get(
    '/api/v1/reports/:id/files/:fileId',
    {
      schema: {
        tags,
        summary: 'Download a document of a report (the original as received, or an attachment)',
        params: z.object({ id: z.uuid(), fileId: z.uuid() }),
      },
    },
    async (request, reply) => {
      const { file, content } = await readReportFile(request.ctx, request.params.id, request.params.fileId);
      // A document of a correction is the State's: no shared cache may keep it for the next reader.
      return reply
        .header('cache-control', 'private, no-cache')
        .header('content-type', file.contentType || 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );
};
