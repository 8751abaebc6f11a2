import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../http/context.js';
import { forbidden, notFound, validationFailed } from '../../http/errors.js';
import { recordAudit } from '../audit/service.js';
import { requestAbilities } from './policy.js';
import { extensionRequests, requestAttachments } from './tables.js';

/** The documents delegations send: office files, PDF, images and plain data. */
export const allowedExtensions = new Set([
  '.pdf',
  '.doc',
  '.docx',
  '.odt',
  '.xls',
  '.xlsx',
  '.ods',
  '.csv',
  '.txt',
  '.jpg',
  '.jpeg',
  '.png',
]);

export type Upload = { item: string; filename: string; contentType: string; content: Buffer };

async function requestFor(ctx: Ctx, id: string) {
  const [row] = await ctx.db.select().from(extensionRequests).where(eq(extensionRequests.id, id));
  if (!row || !requestAbilities(ctx.actor, row).read) throw notFound('Extension request');
  return row;
}

export async function listAttachments(ctx: Ctx, requestId: string) {
  await requestFor(ctx, requestId);
  const rows = await ctx.db
    .select()
    .from(requestAttachments)
    .where(eq(requestAttachments.requestId, requestId))
    .orderBy(asc(requestAttachments.item), asc(requestAttachments.createdAt));
  return rows.map(({ id, item, filename, contentType, size, createdAt }) => ({
    id,
    item,
    filename,
    contentType,
    size,
    createdAt: createdAt.toISOString(),
  }));
}

/** Attaches a document to a checklist item of a draft; the file is stored before the row exists. */
export async function addAttachment(ctx: Ctx, requestId: string, upload: Upload) {
  const request = await requestFor(ctx, requestId);
  if (!requestAbilities(ctx.actor, request).edit)
    throw forbidden('Documents are attached while the request is a draft');
  const filename = path.basename(upload.filename).slice(0, 200);
  if (!/^([a-i]|other)$/.test(upload.item))
    throw validationFailed([{ path: 'body.item', message: 'must be a checklist item (a–i) or "other"' }]);
  if (!allowedExtensions.has(path.extname(filename).toLowerCase())) {
    throw validationFailed([
      { path: 'body.file', message: `must be one of ${[...allowedExtensions].join(' ')}` },
    ]);
  }
  if (upload.content.length === 0) throw validationFailed([{ path: 'body.file', message: 'is empty' }]);
  const stored = await ctx.files.put(upload.content);
  return ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(requestAttachments)
      .values({
        requestId,
        item: upload.item,
        filename,
        contentType: upload.contentType,
        size: stored.size,
        sha256: stored.sha256,
        uploadedBy: ctx.actor?.userId,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'extension_request.attachment_added',
      entityType: 'extension_request',
      entityId: requestId,
      after: { item: upload.item, filename, sha256: stored.sha256, size: stored.size },
    });
    return row;
  });
}

export async function readAttachment(ctx: Ctx, requestId: string, attachmentId: string) {
  await requestFor(ctx, requestId);
  const [row] = await ctx.db
    .select()
    .from(requestAttachments)
    .where(and(eq(requestAttachments.id, attachmentId), eq(requestAttachments.requestId, requestId)));
  if (!row) throw notFound('Attachment');
  return { row, content: await ctx.files.read(row.sha256) };
}

export async function removeAttachment(ctx: Ctx, requestId: string, attachmentId: string) {
  const request = await requestFor(ctx, requestId);
  if (!requestAbilities(ctx.actor, request).edit)
    throw forbidden('Documents can be removed only while the request is a draft');
  await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .delete(requestAttachments)
      .where(and(eq(requestAttachments.id, attachmentId), eq(requestAttachments.requestId, requestId)))
      .returning();
    if (!row) throw notFound('Attachment');
    await recordAudit(tx, ctx, {
      action: 'extension_request.attachment_removed',
      entityType: 'extension_request',
      entityId: requestId,
      before: { item: row.item, filename: row.filename, sha256: row.sha256 },
    });
  });
}
