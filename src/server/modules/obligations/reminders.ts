import { and, eq, isNotNull } from 'drizzle-orm';
import { daysBetween, type IsoDate } from '../../../domain/calendar.js';
import { obligationsOn } from '../../../domain/obligations/obligations.js';
import type { Database } from '../../db/client.js';
import type { AppEnv } from '../../http/context.js';
import { queueMail } from '../../mail/outbox.js';
import { obligationNames, reminderMail } from '../../mail/templates.js';
import { users } from '../users/tables.js';
import { loadObligationData } from './inputs.js';
import { remindersSent } from './tables.js';

type ReminderKind = (typeof remindersSent.$inferInsert)['kind'];

/** Which reminder a deadline calls for today: 90 and 30 days before, and once when overdue. */
export function reminderKind(today: IsoDate, deadline: IsoDate): ReminderKind | null {
  const days = daysBetween(today, deadline);
  if (days < 0) return 'overdue';
  if (days <= 30) return '30_days';
  if (days <= 90) return '90_days';
  return null;
}

/**
 * The daily reminders to focal points, in their language. Each (person, obligation, deadline,
 * kind) is claimed by a unique row in the same transaction as its e-mail, so it goes out once,
 * however many instances run the job.
 */
export async function sendDeadlineReminders(db: Database, env: AppEnv, today: IsoDate) {
  const data = await loadObligationData(db);
  const focalPoints = await db
    .select()
    .from(users)
    .where(and(eq(users.role, 'state_focal_point'), eq(users.status, 'active'), isNotNull(users.stateIso3)));
  let sent = 0;
  for (const person of focalPoints) {
    const iso3 = person.stateIso3 as string;
    const input = data.inputs.get(iso3);
    const state = data.registry.states.find((s) => s.iso3 === iso3);
    if (!input || !state) continue;
    for (const obligation of obligationsOn(input, today)) {
      const deadline = obligation.currentDeadline;
      const name = obligationNames[person.language][obligation.article];
      if (
        !deadline ||
        !name ||
        obligation.status.startsWith('completed') ||
        obligation.status === 'not_applicable'
      )
        continue;
      const kind = reminderKind(today, deadline);
      if (!kind) continue;
      sent += await db.transaction(async (tx) => {
        const [claimed] = await tx
          .insert(remindersSent)
          .values({ userId: person.id, iso3, article: obligation.article, deadline, kind })
          .onConflictDoNothing()
          .returning();
        if (!claimed) return 0;
        const stateName = { en: state.nameEn, fr: state.nameFr, es: state.nameEs }[person.language];
        const content = reminderMail[person.language]({
          name: person.name,
          state: stateName,
          obligation: name,
          deadline,
          days: daysBetween(today, deadline),
          link: `${env.publicUrl}/states/${iso3}`,
        });
        await queueMail(tx, env.mailMode, {
          recipient: person.email,
          language: person.language,
          kind: `reminder_${kind}`,
          ...content,
        });
        return 1;
      });
    }
  }
  return { sent };
}
