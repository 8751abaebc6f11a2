import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { todayUtc } from '../../../domain/calendar.js';
import { datesForDeposit } from '../../../domain/treaty/dates.js';
import { iso3 } from '../../../shared/contracts/common.js';
import {
  datesQuery,
  newTreatyEvent,
  type StateSummary,
  stateDetail,
  stateList,
  stateListQuery,
  targetBody,
  treatyDates,
  universalization,
} from '../../../shared/contracts/states.js';
import { errorBodySchema } from '../../../shared/errors.js';
import { isStaff } from '../../../shared/roles.js';
import { requireRoles } from '../../http/auth.js';
import { notFound } from '../../http/errors.js';
import { type Column, sendCsv, sendXlsx } from '../../http/export.js';
import { detailOf, listStates, loadRegistry, universalizationOn } from './queries.js';
import { recordTreatyEvent, statesCacheKey, updateTarget } from './service.js';

const tags = ['states'];
const staff = requireRoles('isu_admin', 'isu_staff');
const exportQuery = stateListQuery.omit({});

const exportColumns: Column<StateSummary>[] = [
  { header: 'iso3', value: (s) => s.iso3 },
  { header: 'name', value: (s) => s.name },
  { header: 'status', value: (s) => s.status },
  { header: 'region', value: (s) => s.region },
  { header: 'ccm_region', value: (s) => s.ccmRegion },
  { header: 'signature_date', value: (s) => s.signatureDate },
  { header: 'deposit_date', value: (s) => s.depositDate },
  { header: 'deposit_type', value: (s) => s.depositType },
  { header: 'entry_into_force', value: (s) => s.entryIntoForce },
];

/** The query's canonical form, so equivalent URLs share one cache entry. */
const cacheKey = (name: string, query: Record<string, unknown>) =>
  `${statesCacheKey}${name}?${Object.keys(query)
    .sort()
    .filter((k) => query[k] !== undefined)
    .map((k) => `${k}=${query[k]}`)
    .join('&')}`;

export const statesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/states',
    {
      schema: {
        tags,
        summary: 'States and their treaty status, with filters',
        querystring: stateListQuery,
        response: { 200: stateList },
      },
    },
    async (request, reply) => {
      const query = { ...request.query, asOf: request.query.asOf ?? todayUtc() };
      const models = request.ctx.readModels;
      const entry = await models.get(cacheKey('list', query), async () =>
        listStates(await loadRegistry(request.ctx.db), query),
      );
      return models.send(request, reply, entry);
    },
  );

  app.get(
    '/api/v1/states/export.csv',
    { schema: { tags, summary: 'The States list with the same filters, as CSV', querystring: exportQuery } },
    async (request, reply) => {
      const { items } = listStates(await loadRegistry(request.ctx.db), request.query);
      return sendCsv(reply, 'ccm-states.csv', exportColumns, items);
    },
  );

  app.get(
    '/api/v1/states/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The States list with the same filters, as an Excel workbook',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { items } = listStates(await loadRegistry(request.ctx.db), request.query);
      return sendXlsx(reply, 'ccm-states.xlsx', 'States', exportColumns, items);
    },
  );

  app.get(
    '/api/v1/states/:iso3',
    {
      schema: {
        tags,
        summary: 'One State with its treaty events and dates',
        params: z.object({ iso3 }),
        querystring: z.object({ asOf: stateListQuery.shape.asOf, lang: stateListQuery.shape.lang }),
        response: { 200: stateDetail, 404: errorBodySchema },
      },
    },
    async (request, reply) => {
      const { iso3: code } = request.params;
      const asOf = request.query.asOf ?? todayUtc();
      const build = async () => {
        const detail = detailOf(await loadRegistry(request.ctx.db), code, asOf, request.query.lang);
        if (!detail) throw notFound(`State ${code}`);
        return detail;
      };
      const actor = request.ctx.actor;
      const abilities = {
        recordEvent: isStaff(actor),
        readOutreach: isStaff(actor) || actor?.role === 'coordinator',
      };
      if (actor) return { ...(await build()), abilities };
      const models = request.ctx.readModels;
      const entry = await models.get(
        cacheKey(`state/${code}`, { asOf, lang: request.query.lang }),
        async () => ({
          ...(await build()),
          abilities,
        }),
      );
      return models.send(request, reply, entry);
    },
  );

  app.post(
    '/api/v1/states/:iso3/events',
    {
      onRequest: staff,
      schema: {
        tags,
        summary:
          'Record a signature, deposit, withdrawal, provisional application or declaration (ISU staff)',
        params: z.object({ iso3 }),
        body: newTreatyEvent,
        response: { 201: stateDetail },
      },
    },
    async (request, reply) => {
      const { state } = await recordTreatyEvent(request.ctx, request.params.iso3, request.body);
      return reply.status(201).send({
        ...(state as NonNullable<typeof state>),
        abilities: { recordEvent: true, readOutreach: true },
      });
    },
  );

  app.get(
    '/api/v1/treaty/dates',
    {
      schema: {
        tags: ['treaty'],
        summary: 'Entry into force and first deadlines for a State depositing on a date (Arts. 17, 7, 3, 4)',
        querystring: datesQuery,
        response: { 200: treatyDates },
      },
    },
    async (request) => datesForDeposit(request.query.deposit),
  );

  app.get(
    '/api/v1/universalization',
    {
      schema: {
        tags,
        summary: 'Counts by status and region, Parties at the end of each year, and the targets',
        querystring: z.object({ asOf: stateListQuery.shape.asOf }),
        response: { 200: universalization },
      },
    },
    async (request, reply) => {
      const asOf = request.query.asOf ?? todayUtc();
      const models = request.ctx.readModels;
      const entry = await models.get(cacheKey('universalization', { asOf }), async () =>
        universalizationOn(request.ctx.db, await loadRegistry(request.ctx.db), asOf),
      );
      return models.send(request, reply, entry);
    },
  );

  app.put(
    '/api/v1/universalization/targets/:id',
    {
      onRequest: staff,
      schema: {
        tags,
        summary: 'Edit a universalization target (ISU staff)',
        params: z.object({ id: z.uuid() }),
        body: targetBody,
      },
    },
    async (request) => updateTarget(request.ctx, request.params.id, request.body),
  );
};
