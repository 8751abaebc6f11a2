import { describe, expect, it } from 'vitest';
import { deliverDueMail, smtpTransport } from '../../mail/delivery.js';
import { outbox } from '../../mail/tables.js';
import { createUser } from '../../test/factories.js';
import { startSmtpReceiver } from '../../test/smtp.js';
import { createTestApp } from '../../test/test-app.js';
import { reminderKind, sendDeadlineReminders } from './reminders.js';
import { reportSubmissions } from './tables.js';

const receiver = await startSmtpReceiver();
const { db } = await createTestApp({ config: { smtpUrl: receiver.url } });
const env = { publicUrl: 'http://localhost:3000', mailMode: 'smtp' as const };

describe('deadline reminders', () => {
  it('picks the reminder of the day: 90 and 30 days before, then overdue', () => {
    expect(reminderKind('2027-01-01', '2027-04-30')).toBeNull();
    expect(reminderKind('2027-02-15', '2027-04-30')).toBe('90_days');
    expect(reminderKind('2027-04-10', '2027-04-30')).toBe('30_days');
    expect(reminderKind('2027-05-01', '2027-04-30')).toBe('overdue');
  });

  it('reaches a focal point once per reminder, in their language, even with two instances at once', async () => {
    // Niue: in force 1 Feb 2021; its annual Art. 7 report is due 30 April each year.
    await createUser(db, {
      role: 'state_focal_point',
      stateIso3: 'NIU',
      language: 'fr',
      email: 'pf@niue.example',
    });
    await db.insert(reportSubmissions).values([
      { iso3: 'NIU', kind: 'initial', submittedOn: '2021-07-01', source: 'test' },
      ...[2022, 2023, 2024, 2025, 2026].map((year) => ({
        iso3: 'NIU',
        kind: 'annual' as const,
        year,
        submittedOn: `${year}-04-01`,
        source: 'test',
      })),
    ]);
    const today = '2027-02-15';
    const [first, second] = await Promise.all([
      sendDeadlineReminders(db, env, today),
      sendDeadlineReminders(db, env, today),
    ]);
    expect((first?.sent ?? 0) + (second?.sent ?? 0)).toBeGreaterThan(0);
    expect((await sendDeadlineReminders(db, env, today)).sent).toBe(0);
    expect((await sendDeadlineReminders(db, env, '2027-02-16')).sent).toBe(0);

    const queued = (await db.select().from(outbox)).filter((m) => m.recipient === 'pf@niue.example');
    const annual = queued.filter((m) => m.subject.includes('rapport annuel'));
    expect(annual).toHaveLength(1);
    expect(annual[0]?.subject).toMatch(
      /^Rappel : Art\. 7 : rapport annuel de transparence, échéance le 2027-04-30 – Nioué$/,
    );

    await deliverDueMail(db, smtpTransport(receiver.url), 'isu@example.org');
    const received = receiver.received.filter((m) => m.subject?.includes('rapport annuel'));
    expect(received).toHaveLength(1);
    expect(received[0]?.text).toContain('http://localhost:3000/states/NIU');

    // Thirty days before, the next reminder goes out, also once.
    expect((await sendDeadlineReminders(db, env, '2027-04-05')).sent).toBeGreaterThan(0);
    expect((await sendDeadlineReminders(db, env, '2027-04-06')).sent).toBe(0);
  });
});
