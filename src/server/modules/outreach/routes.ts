import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { iso3 } from '../../../shared/contracts/common.js';
import {
  newActivityBody,
  newNextStepBody,
  type OutreachListItem,
  outreachActivity,
  outreachDetail,
  outreachItemParams,
  outreachList,
  outreachListQuery,
  outreachNextStep,
  outreachOwners,
  outreachProfile,
  profileBody,
  updateActivityBody,
  updateNextStepBody,
  versionQuery,
} from '../../../shared/contracts/outreach.js';
import { errorBodySchema } from '../../../shared/errors.js';
import { requireRoles } from '../../http/auth.js';
import { type Column, sendCsv } from '../../http/export.js';
import { outreachRoles } from './policy.js';
import {
  addActivity,
  addNextStep,
  deleteActivity,
  deleteNextStep,
  getOutreach,
  listOutreach,
  listOwners,
  saveProfile,
  updateActivity,
  updateNextStep,
} from './service.js';

const tags = ['outreach'];
const onRequest = requireRoles(...outreachRoles);
const stateParams = z.object({ iso3 });
const errors = { 400: errorBodySchema, 404: errorBodySchema, 409: errorBodySchema };
const who = '(ISU staff and coordinators)';

const exportColumns: Column<OutreachListItem>[] = [
  { header: 'iso3', value: (s) => s.iso3 },
  { header: 'name', value: (s) => s.name },
  { header: 'status', value: (s) => s.status },
  { header: 'ccm_region', value: (s) => s.ccmRegion },
  { header: 'signature_date', value: (s) => s.signatureDate },
  { header: 'priority', value: (s) => s.priority },
  { header: 'last_activity', value: (s) => s.lastActivityDate },
  { header: 'open_steps', value: (s) => s.openSteps },
  { header: 'next_step', value: (s) => s.nextStep?.description },
  { header: 'next_step_due', value: (s) => s.nextStep?.dueDate },
  { header: 'next_step_owner', value: (s) => s.nextStep?.ownerName },
];

export const outreachRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/outreach',
    {
      onRequest,
      schema: {
        tags,
        summary: `Potential new States Parties, by priority and next step ${who}`,
        querystring: outreachListQuery,
        response: { 200: outreachList },
      },
    },
    async (request) => listOutreach(request.ctx, request.query),
  );

  app.get(
    '/api/v1/outreach/export.csv',
    {
      onRequest,
      schema: {
        tags,
        summary: `The same list with the same filters, as CSV ${who}`,
        querystring: outreachListQuery,
      },
    },
    async (request, reply) => {
      const { items } = await listOutreach(request.ctx, request.query);
      return sendCsv(reply, 'ccm-outreach.csv', exportColumns, items);
    },
  );

  app.get(
    '/api/v1/outreach/owners',
    {
      onRequest,
      schema: {
        tags,
        summary: `People a next step can be given to ${who}`,
        response: { 200: outreachOwners },
      },
    },
    async (request) => listOwners(request.ctx),
  );

  app.get(
    '/api/v1/outreach/:iso3',
    {
      onRequest,
      schema: {
        tags,
        summary: `One State's outreach: profile, activities (newest first), next steps ${who}`,
        params: stateParams,
        querystring: outreachListQuery.pick({ lang: true }),
        response: { 200: outreachDetail, 404: errorBodySchema },
      },
    },
    async (request) => getOutreach(request.ctx, request.params.iso3, request.query.lang),
  );

  app.put(
    '/api/v1/outreach/:iso3/profile',
    {
      onRequest,
      schema: {
        tags,
        summary: `Set the priority and summary (send the version read; none to create) ${who}`,
        params: stateParams,
        body: profileBody,
        response: { 200: outreachProfile, ...errors },
      },
    },
    async (request) => saveProfile(request.ctx, request.params.iso3, request.body),
  );

  app.post(
    '/api/v1/outreach/:iso3/activities',
    {
      onRequest,
      schema: {
        tags,
        summary: `Log a meeting, démarche, letter, workshop or side event ${who}`,
        params: stateParams,
        body: newActivityBody,
        response: { 201: outreachActivity, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addActivity(request.ctx, request.params.iso3, request.body)),
  );

  app.patch(
    '/api/v1/outreach/:iso3/activities/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: `Correct an activity (send the version read) ${who}`,
        params: outreachItemParams,
        body: updateActivityBody,
        response: { 200: outreachActivity, ...errors },
      },
    },
    async (request) => updateActivity(request.ctx, request.params.iso3, request.params.id, request.body),
  );

  app.delete(
    '/api/v1/outreach/:iso3/activities/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: `Delete an activity (?version=) ${who}`,
        params: outreachItemParams,
        querystring: versionQuery,
      },
    },
    async (request, reply) => {
      await deleteActivity(request.ctx, request.params.iso3, request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/outreach/:iso3/next-steps',
    {
      onRequest,
      schema: {
        tags,
        summary: `Plan a next step with a due date and an owner ${who}`,
        params: stateParams,
        body: newNextStepBody,
        response: { 201: outreachNextStep, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addNextStep(request.ctx, request.params.iso3, request.body)),
  );

  app.patch(
    '/api/v1/outreach/:iso3/next-steps/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: `Edit a next step or mark it done (send the version read) ${who}`,
        params: outreachItemParams,
        body: updateNextStepBody,
        response: { 200: outreachNextStep, ...errors },
      },
    },
    async (request) => updateNextStep(request.ctx, request.params.iso3, request.params.id, request.body),
  );

  app.delete(
    '/api/v1/outreach/:iso3/next-steps/:id',
    {
      onRequest,
      schema: {
        tags,
        summary: `Delete a next step (?version=) ${who}`,
        params: outreachItemParams,
        querystring: versionQuery,
      },
    },
    async (request, reply) => {
      await deleteNextStep(request.ctx, request.params.iso3, request.params.id, request.query.version);
      return reply.status(204).send();
    },
  );
};
