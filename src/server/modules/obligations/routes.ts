import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../domain/calendar.js';
import { iso3 } from '../../../shared/contracts/common.js';
import {
  asOfQuery,
  completionBody,
  factBody,
  meeting,
  nationalMeasuresBody,
  obligationList,
  obligationListQuery,
  stateObligations as stateObligationsSchema,
  submissionBody,
  victimAssistanceBody,
} from '../../../shared/contracts/obligations.js';
import { requireRoles } from '../../http/auth.js';
import { type Column, sendCsv, sendXlsx } from '../../http/export.js';
import { meetings } from '../meetings/tables.js';
import { loadObligationData } from './inputs.js';
import { deadlinesCalendar, listObligations, stateObligations } from './queries.js';
import {
  factsOfState,
  obligationsCacheKey,
  recordCompletion,
  recordFact,
  recordSubmission,
  setNationalMeasures,
  setVictimAssistance,
} from './service-records.js';

const tags = ['obligations'];
const staff = requireRoles('isu_admin', 'isu_staff');
const stateParams = z.object({ iso3 });

type Row = ReturnType<typeof listObligations>['items'][number];
const exportColumns: Column<Row>[] = [
  { header: 'iso3', value: (o) => o.iso3 },
  { header: 'state', value: (o) => o.name },
  { header: 'article', value: (o) => o.article },
  { header: 'status', value: (o) => o.status },
  { header: 'original_deadline', value: (o) => o.originalDeadline },
  { header: 'current_deadline', value: (o) => o.currentDeadline },
  { header: 'completed_on', value: (o) => o.completedOn },
  { header: 'extensions_granted', value: (o) => o.extensions.filter((e) => e.grantedUntil).length },
];

export const obligationRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/states/:iso3/obligations',
    {
      schema: {
        tags,
        summary: "A State's obligations and their status on a date",
        params: stateParams,
        querystring: asOfQuery,
        response: { 200: stateObligationsSchema },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayUtc();
      const models = request.ctx.readModels;
      const entry = await models.get(`${obligationsCacheKey}/${request.params.iso3}?${asOf}`, async () =>
        stateObligations(await loadObligationData(request.ctx.db), request.params.iso3, asOf),
      );
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/obligations',
    {
      schema: {
        tags,
        summary: 'Obligations that apply, across all States, with filters',
        querystring: obligationListQuery,
        response: { 200: obligationList },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, asOf: request.query.asOf ?? todayUtc() };
      const key = `${obligationsCacheKey}?${[query.asOf, query.status, query.article, query.state, query.ccmRegion].join('|')}`;
      const models = request.ctx.readModels;
      const entry = await models.get(key, async () =>
        listObligations(await loadObligationData(request.ctx.db), query),
      );
      return models.send(request, reply, entry);
    },
  );

  for (const format of ['csv', 'xlsx'] as const) {
    app.get(
      `/api/v1/obligations/export.${format}`,
      {
        schema: {
          tags,
          summary: `The filtered obligations as ${format.toUpperCase()}`,
          querystring: obligationListQuery,
        },
      },
      async (request, reply) => {
        const { items } = listObligations(await loadObligationData(request.ctx.db), request.query);
        return format === 'csv'
          ? sendCsv(reply, 'ccm-obligations.csv', exportColumns, items)
          : sendXlsx(reply, 'ccm-obligations.xlsx', 'Obligations', exportColumns, items);
      },
    );
  }

  app.get(
    '/api/v1/obligations/calendar.ics',
    {
      schema: {
        tags,
        summary: 'All current deadlines as an iCalendar file',
        querystring: z.object({ state: iso3.optional() }),
      },
    },
    async (request, reply) => {
      const body = deadlinesCalendar(
        await loadObligationData(request.ctx.db),
        request.ctx.env.publicUrl,
        request.query.state,
      );
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="ccm-deadlines${request.query.state ? `-${request.query.state}` : ''}.ics"`,
        )
        .send(body);
    },
  );

  app.get(
    '/api/v1/states/:iso3/obligation-records',
    {
      schema: {
        tags,
        summary: 'The facts, completions, national measures and reports behind the obligations',
        params: stateParams,
      },
    },
    async (request) => factsOfState(request.ctx, request.params.iso3),
  );

  app.post(
    '/api/v1/states/:iso3/facts',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Record a fact: declared stockpiles, contamination, victims, retention (ISU staff)',
        params: stateParams,
        body: factBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordFact(request.ctx, request.params.iso3, request.body)),
  );

  app.post(
    '/api/v1/states/:iso3/completions',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Record a declaration of compliance (ISU staff)',
        params: stateParams,
        body: completionBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordCompletion(request.ctx, request.params.iso3, request.body)),
  );

  app.put(
    '/api/v1/states/:iso3/national-measures',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Set the Art. 9 national implementation measures (ISU staff)',
        params: stateParams,
        body: nationalMeasuresBody.extend({ version: z.number().int().optional() }),
      },
    },
    async (request) => setNationalMeasures(request.ctx, request.params.iso3, request.body),
  );

  app.put(
    '/api/v1/states/:iso3/victim-assistance',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Set the Art. 5 focal point and national plan (ISU staff)',
        params: stateParams,
        body: victimAssistanceBody.extend({ version: z.number().int().optional() }),
      },
    },
    async (request) => setVictimAssistance(request.ctx, request.params.iso3, request.body),
  );

  app.post(
    '/api/v1/states/:iso3/report-submissions',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Record the date an Art. 7 or Art. 3(8) report was received (ISU staff)',
        params: stateParams,
        body: submissionBody,
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordSubmission(request.ctx, request.params.iso3, request.body)),
  );

  app.get(
    '/api/v1/meetings',
    {
      schema: {
        tags: ['meetings'],
        summary: 'Meetings of States Parties and Review Conferences',
        response: { 200: z.object({ items: z.array(meeting) }) },
      },
    },
    async (request) => ({ items: await request.ctx.db.select().from(meetings).orderBy(meetings.startDate) }),
  );
};
