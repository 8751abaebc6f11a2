import { describe, expect, it } from 'vitest';
import { expectAudited } from '../../test/auth-helpers.js';
import { send, signedInAs } from '../../test/factories.js';
import { createTestApp } from '../../test/test-app.js';

const { app, db } = await createTestApp();
const staff = await signedInAs(db, 'isu_staff');
const focal = await signedInAs(db, 'state_focal_point', 'NIU');
const otherFocal = await signedInAs(db, 'state_focal_point', 'LAO');

/** A multipart body as a browser's FormData would send it. */
function multipart(fields: Record<string, string>, file?: { name: string; type: string; content: Buffer }) {
  const boundary = '----ccmtest';
  const parts = Object.entries(fields).map(
    ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
  );
  const chunks: Buffer[] = parts.map((part) => Buffer.from(part));
  if (file) {
    chunks.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
    );
    chunks.push(file.content, Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function draftRequest() {
  await send(app, {
    method: 'POST',
    url: '/api/v1/states/NIU/facts',
    cookie: staff.cookie,
    payload: { kind: 'contamination', applies: true, date: '2021-02-01', source: 'test' },
  });
  const draft = await send(app, {
    method: 'POST',
    url: '/api/v1/extension-requests',
    cookie: focal.cookie,
    payload: { iso3: 'NIU', article: '4', requestedUntil: '2033-01-01' },
  });
  expect(draft.statusCode).toBe(201);
  return draft.json().id as string;
}

describe('attachments to an extension request', () => {
  it('attaches a document to a checklist item, lists and downloads it, and removes it from a draft', async () => {
    const id = await draftRequest();
    const pdf = Buffer.from('%PDF-1.4 survey of remaining areas');
    const upload = multipart(
      { item: 'd' },
      { name: 'survey 2026.pdf', type: 'application/pdf', content: pdf },
    );
    const added = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/attachments`,
      cookie: focal.cookie,
      ...upload,
    });
    expect(added.statusCode).toBe(201);
    await expectAudited(db, 'extension_request.attachment_added', id);

    const list = await send(app, {
      url: `/api/v1/extension-requests/${id}/attachments`,
      cookie: staff.cookie,
    });
    expect(list.json().items).toEqual([
      expect.objectContaining({
        item: 'd',
        filename: 'survey 2026.pdf',
        contentType: 'application/pdf',
        size: pdf.length,
      }),
    ]);
    const attachmentId = list.json().items[0].id;
    const download = await send(app, {
      url: `/api/v1/extension-requests/${id}/attachments/${attachmentId}`,
      cookie: focal.cookie,
    });
    expect(download.rawPayload.equals(pdf)).toBe(true);
    expect(download.headers['content-disposition']).toContain("filename*=UTF-8''survey%202026.pdf");

    // A draft is the State's and the ISU's business only.
    expect(
      (
        await send(app, {
          url: `/api/v1/extension-requests/${id}/attachments/${attachmentId}`,
          cookie: otherFocal.cookie,
        })
      ).statusCode,
    ).toBe(404);
    expect((await app.inject({ url: `/api/v1/extension-requests/${id}/attachments` })).statusCode).toBe(404);

    const removed = await send(app, {
      method: 'DELETE',
      url: `/api/v1/extension-requests/${id}/attachments/${attachmentId}`,
      cookie: focal.cookie,
    });
    expect(removed.statusCode).toBe(204);
    expect(
      (await send(app, { url: `/api/v1/extension-requests/${id}/attachments`, cookie: staff.cookie })).json()
        .items,
    ).toEqual([]);
    await expectAudited(db, 'extension_request.attachment_removed', id);
  });

  it('refuses executables, a missing item, an empty file, and uploads by another State', async () => {
    const id = await draftRequest();
    const post = (
      cookie: string,
      fields: Record<string, string>,
      file?: { name: string; type: string; content: Buffer },
    ) =>
      send(app, {
        method: 'POST',
        url: `/api/v1/extension-requests/${id}/attachments`,
        cookie,
        ...multipart(fields, file),
      });
    const exe = await post(
      focal.cookie,
      { item: 'a' },
      { name: 'run.exe', type: 'application/octet-stream', content: Buffer.from('MZ') },
    );
    expect(exe.json().error.details.issues[0].path).toBe('body.file');
    const noItem = await post(
      focal.cookie,
      { item: 'z' },
      { name: 'a.pdf', type: 'application/pdf', content: Buffer.from('x') },
    );
    expect(noItem.json().error.details.issues[0].path).toBe('body.item');
    const empty = await post(
      focal.cookie,
      { item: 'a' },
      { name: 'a.pdf', type: 'application/pdf', content: Buffer.alloc(0) },
    );
    expect(empty.json().error.details.issues[0].message).toBe('is empty');
    const missing = await post(focal.cookie, { item: 'a' });
    expect(missing.statusCode).toBe(400);
    const foreign = await post(
      otherFocal.cookie,
      { item: 'a' },
      { name: 'a.pdf', type: 'application/pdf', content: Buffer.from('x') },
    );
    expect(foreign.statusCode).toBe(404);
  });

  it('freezes the documents once the request is submitted', async () => {
    const id = await draftRequest();
    const contents = Object.fromEntries('abcdefghi'.split('').map((k) => [k, 'answered']));
    await send(app, {
      method: 'PATCH',
      url: `/api/v1/extension-requests/${id}`,
      cookie: focal.cookie,
      payload: { version: 1, contents },
    });
    const submitted = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/submit`,
      cookie: focal.cookie,
      payload: { version: 2 },
    });
    expect(submitted.json().status, submitted.body).toBe('submitted');
    const late = await send(app, {
      method: 'POST',
      url: `/api/v1/extension-requests/${id}/attachments`,
      cookie: focal.cookie,
      ...multipart({ item: 'a' }, { name: 'late.pdf', type: 'application/pdf', content: Buffer.from('x') }),
    });
    expect(late.statusCode).toBe(403);
    expect((await app.inject({ url: `/api/v1/extension-requests/${id}/attachments` })).statusCode).toBe(200);
  });
});
