import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { send, signedInAs } from '../test/factories.js';
import { startSmtpReceiver } from '../test/smtp.js';
import { createTestApp } from '../test/test-app.js';
import { deliverDueMail, retryDelaysMinutes, smtpTransport } from './delivery.js';
import { outbox } from './tables.js';

const receiver = await startSmtpReceiver();
const { app, db } = await createTestApp({ config: { smtpUrl: receiver.url } });
const admin = await signedInAs(db, 'isu_admin');
const from = 'CCM ISU <isu@example.org>';

describe('mail over SMTP', () => {
  it('sends a queued invitation to a real SMTP server in the recipient language, once', async () => {
    const invited = await send(app, {
      method: 'POST',
      url: '/api/v1/users',
      cookie: admin.cookie,
      payload: {
        email: 'punto.focal@cancilleria.gob.pe',
        name: 'Punto Focal',
        role: 'state_focal_point',
        stateIso3: 'PER',
        language: 'es',
      },
    });
    expect(invited.statusCode).toBe(201);
    const [queued] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.recipient, 'punto.focal@cancilleria.gob.pe'));
    expect(queued?.status).toBe('pending');

    const transport = smtpTransport(receiver.url);
    expect(await deliverDueMail(db, transport, from)).toEqual({ sent: 1, failed: 0 });
    expect(await deliverDueMail(db, transport, from)).toEqual({ sent: 0, failed: 0 });
    const mail = receiver.received.find((m) => m.subject?.includes('Su cuenta'));
    expect(mail?.text).toMatch(/http:\/\/localhost:3000\/invitation#[\w-]{40,}/);
    expect(mail?.from?.text).toContain('isu@example.org');
    const [sent] = await db
      .select()
      .from(outbox)
      .where(eq(outbox.id, queued?.id as string));
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('retries with back-off and marks the message failed after the last try', async () => {
    await db.insert(outbox).values({
      recipient: 'x@example.org',
      subject: 'S',
      body: 'B',
      language: 'en',
      kind: 'test',
      status: 'pending',
    });
    const unreachable = smtpTransport('smtp://127.0.0.1:1');
    for (let attempt = 1; attempt <= retryDelaysMinutes.length + 1; attempt++) {
      expect((await deliverDueMail(db, unreachable, from)).failed).toBe(1);
      const [row] = await db.select().from(outbox).where(eq(outbox.recipient, 'x@example.org'));
      expect(row?.attempts).toBe(attempt);
      expect(row?.lastError).toBeTruthy();
      if (attempt <= retryDelaysMinutes.length) {
        expect(row?.status).toBe('pending');
        const wait = await db.execute<{ minutes: number }>(
          sql`select round(extract(epoch from next_attempt_at - now()) / 60)::int as minutes from mail_outbox where id = ${row?.id}`,
        );
        expect(wait.rows[0]?.minutes).toBe(retryDelaysMinutes[attempt - 1]);
        await db
          .update(outbox)
          .set({ nextAttemptAt: sql`now()` })
          .where(eq(outbox.id, row?.id as string));
      } else {
        expect(row?.status).toBe('failed');
      }
    }
  });

  it('shows the outbox to administrators with filters', async () => {
    const failed = await send(app, { url: '/api/v1/outbox?status=failed', cookie: admin.cookie });
    expect(failed.json().items.map((m: { recipient: string }) => m.recipient)).toEqual(['x@example.org']);
    const search = await send(app, { url: '/api/v1/outbox?q=cancilleria', cookie: admin.cookie });
    expect(search.json().items[0]).toMatchObject({ status: 'sent', language: 'es', kind: 'invitation' });
  });
});
