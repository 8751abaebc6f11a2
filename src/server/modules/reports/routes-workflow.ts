import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { idParam } from '../../../shared/contracts/common.js';
import {
  diffQuery,
  discardDraftQuery,
  reportDetail,
  reportDiff,
  reportVersion,
  reportVersionList,
  saveDraftBody,
  savedDraft,
  startReportBody,
  submitReportBody,
  versionParams,
} from '../../../shared/contracts/reports.js';
import { limits } from '../../../shared/limits.js';
import { requireSignedIn } from '../../http/auth.js';
import { reportsCacheKey } from './cache.js';
import { amendReport, discardDraft, saveDraft, startReport } from './workflow-drafts.js';
import { diffVersions, getReportDetail, getVersion, listVersions } from './workflow-read.js';
import { submitReport } from './workflow-submit.js';

const tags = ['reports'];
const response = { 200: reportDetail };

/**
 * The State's side of Article 7 reports: start, autosave, submit, correct; and the reads of a
 * report and its versions, which show each reader only what they may see.
 */
export const reportWorkflowRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/api/v1/reports',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: "Start the State's initial report or its annual report of a year (its focal points)",
        description:
          'The draft opens pre-filled from the State’s previous submitted report. 409 conflict with details.reportId when the report exists already.',
        body: startReportBody,
        response: { 201: reportDetail },
      },
    },
    async (request, reply) => {
      const id = await startReport(request.ctx, request.body);
      return reply.status(201).send(await getReportDetail(request.ctx, id));
    },
  );

  app.get(
    '/api/v1/reports/:id',
    {
      schema: {
        tags,
        summary:
          'A report: the working copy or latest version for the State and the ISU, else the published one',
        params: idParam,
        response,
      },
    },
    async (request, reply) => {
      // The public reads of a published report are the same for every visitor: served from a read
      // model, dropped with the other report read models on submit, receive and publish.
      if (request.ctx.actor) return getReportDetail(request.ctx, request.params.id);
      const models = request.ctx.readModels;
      const entry = await models.get(`${reportsCacheKey}detail/${request.params.id}`, () =>
        getReportDetail(request.ctx, request.params.id),
      );
      return models.send(request, reply, entry);
    },
  );

  app.put(
    '/api/v1/reports/:id/draft',
    {
      onRequest: requireSignedIn,
      bodyLimit: limits.reportBodyBytes,
      schema: {
        tags,
        summary: 'Save the working copy (autosave); 409 conflict if someone saved since the revision named',
        description:
          'Content is never refused: the findings come back. details of a 409: currentRevision, updatedAt, updatedBy.',
        params: idParam,
        body: saveDraftBody,
        response: { 200: savedDraft },
      },
    },
    async (request) => saveDraft(request.ctx, request.params.id, request.body),
  );

  app.delete(
    '/api/v1/reports/:id/draft',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Discard a correction in progress, or delete a report never submitted',
        params: idParam,
        querystring: discardDraftQuery,
      },
    },
    async (request, reply) => {
      await discardDraft(request.ctx, request.params.id, request.query.revision);
      return reply.status(204).send();
    },
  );

  app.post(
    '/api/v1/reports/:id/submit',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Submit the working copy as the next version (400 validation_failed listing every error)',
        params: idParam,
        body: submitReportBody,
        response,
      },
    },
    async (request) => {
      await submitReport(request.ctx, request.params.id, request.body);
      return getReportDetail(request.ctx, request.params.id);
    },
  );

  app.post(
    '/api/v1/reports/:id/amend',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Start a correction: the working copy becomes a copy of the latest version',
        params: idParam,
        response,
      },
    },
    async (request) => {
      await amendReport(request.ctx, request.params.id);
      return getReportDetail(request.ctx, request.params.id);
    },
  );

  app.get(
    '/api/v1/reports/:id/versions',
    {
      schema: {
        tags,
        summary: 'The versions of a report one may read',
        params: idParam,
        response: { 200: reportVersionList },
      },
    },
    async (request) => listVersions(request.ctx, request.params.id),
  );

  app.get(
    '/api/v1/reports/:id/versions/:number',
    {
      schema: {
        tags,
        summary: 'One version as submitted',
        params: versionParams,
        response: { 200: reportVersion },
      },
    },
    async (request) => getVersion(request.ctx, request.params.id, request.params.number),
  );

  app.get(
    '/api/v1/reports/:id/versions/:number/diff',
    {
      schema: {
        tags,
        summary: 'What a version changed from another (by default the one before)',
        params: versionParams,
        querystring: diffQuery,
        response: { 200: reportDiff },
      },
    },
    async (request) => diffVersions(request.ctx, request.params.id, request.params.number, request.query),
  );
};
