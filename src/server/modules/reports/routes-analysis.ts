import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { todayUtc } from '../../../domain/calendar.js';
import { keyFigureIds } from '../../../domain/reports/key-figures.js';
import {
  asOfQuery,
  type OpenDataRow,
  type OverdueReports,
  openDataReports,
  overdueReports,
  type ReportingRates,
  reportAnalysis as reportAnalysisSchema,
  reportingRates,
  summaryDocumentQuery,
  summaryQuery,
} from '../../../shared/contracts/report-analysis.js';
import { type Column, sendCsv, sendXlsx } from '../../http/export.js';
import {
  analysisKeys,
  loadPublishedReports,
  openData,
  openDataLicence,
  openDataRows,
  overdueReportsOn,
  reportAnalysis,
  reportingRatesOn,
  stateNamesIn,
} from './analysis.js';
import { summaryDocx } from './analysis-docx.js';

const tags = ['reports'];
const openDataTags = ['open data'];

type RateRow = ReportingRates['items'][number];
const rateColumns: Column<RateRow>[] = [{ header: 'year', value: (r) => r.year }];
for (const kind of ['initial', 'annual'] as const)
  for (const field of ['due', 'submitted', 'onTime', 'upcoming', 'submittedRate', 'onTimeRate'] as const)
    rateColumns.push({
      header: `${kind}_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`,
      value: (r) => r[kind][field],
    });

type OverdueRow = OverdueReports['items'][number];
const overdueColumns: Column<OverdueRow>[] = [
  { header: 'iso3', value: (r) => r.iso3 },
  { header: 'state', value: (r) => r.stateName },
  { header: 'kind', value: (r) => r.kind },
  { header: 'year', value: (r) => r.year },
  { header: 'due_date', value: (r) => r.dueDate },
  { header: 'days_overdue', value: (r) => r.daysOverdue },
];

const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const openDataColumns: Column<OpenDataRow>[] = [
  { header: 'iso3', value: (r) => r.iso3 },
  { header: 'state', value: (r) => r.stateName },
  { header: 'year', value: (r) => r.year },
  { header: 'kind', value: (r) => r.kind },
  { header: 'version', value: (r) => r.version },
  { header: 'received_on', value: (r) => r.receivedOn },
  ...keyFigureIds.map((id) => ({ header: snake(id), value: (r: OpenDataRow) => r[id] })),
];
const licenceLink = `<${openDataLicence.url}>; rel="license"`;

/**
 * The rates and the overdue list of today are read models; those of another date (any of some
 * thousands) are computed each time, so that nobody can fill the server's memory with them.
 */
export const reportAnalysisRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/reports/summary',
    {
      schema: {
        tags,
        summary:
          'The analytical summary of a year’s published Article 7 reports, and the totals year by year',
        querystring: summaryQuery,
        response: { 200: reportAnalysisSchema },
      },
    },
    async (request, reply) => {
      const models = request.ctx.readModels;
      const entry = await models.get(analysisKeys.summary(request.query.year), async () =>
        reportAnalysis(await loadPublishedReports(request.ctx.db), request.query.year),
      );
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/reports/summary.docx',
    {
      schema: {
        tags,
        summary: 'The analytical summary of a year as a Word document, in English, French or Spanish',
        querystring: summaryDocumentQuery,
      },
    },
    async (request, reply) => {
      const { lang, year } = request.query;
      const [published, names] = await Promise.all([
        loadPublishedReports(request.ctx.db),
        stateNamesIn(request.ctx.db, lang),
      ]);
      const analysis = reportAnalysis(published, year);
      const body = await summaryDocx(analysis, lang, names);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header(
          'content-disposition',
          `attachment; filename="ccm-article7-summary-${analysis.year}-${lang}.docx"`,
        )
        .send(body);
    },
  );

  app.get(
    '/api/v1/reports/rates',
    {
      schema: {
        tags,
        summary: 'Article 7 reporting rates per year: reports due, received and received on time',
        querystring: asOfQuery,
        response: { 200: reportingRates },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayUtc();
      if (asOf !== todayUtc()) return reportingRatesOn(request.ctx.db, asOf);
      const models = request.ctx.readModels;
      const entry = await models.get(analysisKeys.rates(asOf), () => reportingRatesOn(request.ctx.db, asOf));
      return models.send(request, reply, entry);
    },
  );

  for (const format of ['csv', 'xlsx'] as const)
    app.get(
      `/api/v1/reports/rates.${format}`,
      {
        schema: {
          tags,
          summary: `Reporting rates per year as ${format.toUpperCase()}`,
          querystring: asOfQuery,
        },
      },
      async (request, reply) => {
        const { items } = await reportingRatesOn(request.ctx.db, request.query.asOf ?? todayUtc());
        return format === 'csv'
          ? sendCsv(reply, 'ccm-article7-reporting-rates.csv', rateColumns, items)
          : sendXlsx(reply, 'ccm-article7-reporting-rates.xlsx', 'Reporting rates', rateColumns, items);
      },
    );

  app.get(
    '/api/v1/reports/overdue',
    {
      schema: {
        tags,
        summary: 'Article 7 reports overdue on a date: fell due and not received, most overdue first',
        querystring: asOfQuery,
        response: { 200: overdueReports },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayUtc();
      if (asOf !== todayUtc()) return overdueReportsOn(request.ctx.db, asOf);
      const models = request.ctx.readModels;
      const entry = await models.get(analysisKeys.overdue(asOf), () =>
        overdueReportsOn(request.ctx.db, asOf),
      );
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/reports/overdue.csv',
    { schema: { tags, summary: 'The overdue Article 7 reports as CSV', querystring: asOfQuery } },
    async (request, reply) => {
      const { items } = await overdueReportsOn(request.ctx.db, request.query.asOf ?? todayUtc());
      return sendCsv(reply, 'ccm-article7-overdue.csv', overdueColumns, items);
    },
  );

  app.get(
    '/api/v1/open-data/reports',
    {
      schema: {
        tags: openDataTags,
        summary: 'Key figures of every published Article 7 report (CC BY 4.0)',
        description:
          'One row per State, kind and year. Counts are of cluster munitions or explosive submunitions; areas are in square metres (m²); null: not reported. Licence: CC BY 4.0 (also in the `licence` field and the `Link` header).',
        response: { 200: openDataReports },
      },
    },
    async (request, reply) => {
      const models = request.ctx.readModels;
      const entry = await models.get(analysisKeys.openData, async () =>
        openData(await loadPublishedReports(request.ctx.db)),
      );
      reply.header('link', licenceLink);
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/open-data/reports.csv',
    {
      schema: {
        tags: openDataTags,
        summary: 'Key figures of every published Article 7 report as CSV (CC BY 4.0)',
        description:
          'Columns: iso3, state, year, kind, version, received_on, then the key figures (counts of munitions and submunitions; areas in m²; true/false for the reported items; empty: not reported). The licence is given in the `Link` header.',
      },
    },
    async (request, reply) => {
      const rows = openDataRows(await loadPublishedReports(request.ctx.db));
      reply.header('link', licenceLink);
      return sendCsv(reply, 'ccm-article7-key-figures.csv', openDataColumns, rows);
    },
  );
};
