import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requestAttachment } from '../../../shared/contracts/obligations.js';
import { requireSignedIn } from '../../http/auth.js';
import { validationFailed } from '../../http/errors.js';
import { addAttachment, listAttachments, readAttachment, removeAttachment } from './service-attachments.js';

const tags = ['extension requests'];
const params = z.object({ id: z.uuid() });
const fileParams = params.extend({ attachmentId: z.uuid() });

export const attachmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/v1/extension-requests/:id/attachments',
    {
      schema: {
        tags,
        summary: 'Documents attached to a request',
        params,
        response: { 200: z.object({ items: z.array(requestAttachment) }) },
      },
    },
    async (request) => ({ items: await listAttachments(request.ctx, request.params.id) }),
  );

  app.post(
    '/api/v1/extension-requests/:id/attachments',
    {
      onRequest: requireSignedIn,
      schema: {
        tags,
        summary: 'Attach a document to a checklist item of a draft (multipart: fields `item`, `file`)',
        params,
        consumes: ['multipart/form-data'],
      },
    },
    async (request, reply) => {
      const part = await request.file();
      if (!part) throw validationFailed([{ path: 'body.file', message: 'is required' }]);
      const content = await part.toBuffer();
      const itemField = part.fields.item;
      const item = itemField && 'value' in itemField ? String(itemField.value) : '';
      const row = await addAttachment(request.ctx, request.params.id, {
        item,
        filename: part.filename,
        contentType: part.mimetype,
        content,
      });
      return reply.status(201).send({ id: row?.id });
    },
  );

  app.get(
    '/api/v1/extension-requests/:id/attachments/:attachmentId',
    { schema: { tags, summary: 'Download an attached document', params: fileParams } },
    async (request, reply) => {
      const { row, content } = await readAttachment(
        request.ctx,
        request.params.id,
        request.params.attachmentId,
      );
      return reply
        .header('content-type', row.contentType || 'application/octet-stream')
        .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.filename)}`)
        .header('x-content-type-options', 'nosniff')
        .send(content);
    },
  );

  app.delete(
    '/api/v1/extension-requests/:id/attachments/:attachmentId',
    {
      onRequest: requireSignedIn,
      schema: { tags, summary: 'Remove a document from a draft', params: fileParams },
    },
    async (request, reply) => {
      await removeAttachment(request.ctx, request.params.id, request.params.attachmentId);
      return reply.status(204).send();
    },
  );
};
