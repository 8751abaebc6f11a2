import path from 'node:path';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { validationFailed } from '../../http/errors.js';
import { allowedExtensions } from '../obligations/service-attachments.js';

export type Upload = { filename: string; contentType: string; content: Buffer };

/**
 * The parts of a multipart request: the file and the text fields, in whatever order the client
 * sent them (a form's fields may come after its file).
 */
export async function readMultipart(request: FastifyRequest) {
  let file: Upload | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file') {
        await (part as MultipartFile).toBuffer();
        continue;
      }
      file = { filename: part.filename, contentType: part.mimetype, content: await part.toBuffer() };
    } else fields[part.fieldname] = String(part.value);
  }
  return { file, fields };
}

/**
 * The type a document is served with follows from its extension, never from what the browser
 * declared: a file is handed back to the public as it was stored.
 */
const contentTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.doc': 'application/msword',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.xls': 'application/vnd.ms-excel',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.ods': 'application/vnd.oasis.opendocument.spreadsheet',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

/** The name without the folders some browsers send (either separator) and control characters. */
const safeName = (name: string) =>
  (name.split(/[/\\]/).pop() ?? '')
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);

/** The documents States send (PDF, office files, scans); a safe name; not empty. */
export function checkedUpload(upload: Upload | undefined, at = 'body.file'): Upload {
  if (!upload) throw validationFailed([{ path: at, message: 'is required' }]);
  const filename = safeName(upload.filename);
  const contentType = contentTypes[path.extname(filename).toLowerCase()];
  if (!allowedExtensions.has(path.extname(filename).toLowerCase()) || !contentType)
    throw validationFailed([{ path: at, message: `must be one of ${[...allowedExtensions].join(' ')}` }]);
  if (upload.content.length === 0) throw validationFailed([{ path: at, message: 'is empty' }]);
  return { ...upload, filename, contentType };
}
