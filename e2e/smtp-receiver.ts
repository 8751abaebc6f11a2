// A real SMTP server for the e2e run: the platform delivers its e-mails to it over SMTP (nodemailer,
// as in production), and each message lands as a JSON file that the journeys read.
import fs from 'node:fs';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** What a journey needs of a received e-mail. */
export type ReceivedMail = { to: string[]; subject: string; text: string };

export type SmtpReceiver = { port: number; dir: string; close(): Promise<void> };

/**
 * Listens on 127.0.0.1 (a free port) without TLS or authentication, and writes every message to
 * `dir` as `<n>.json`. The file is written to a temporary name and renamed, so a reader never sees
 * half a message.
 */
export async function startSmtpReceiver(dir: string): Promise<SmtpReceiver> {
  fs.mkdirSync(dir, { recursive: true });
  let count = 0;
  const server = new SMTPServer({
    authOptional: true,
    // Without this the server offers STARTTLS with a self-signed certificate, which nodemailer refuses.
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const mail: ReceivedMail = {
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
          };
          count += 1;
          const file = path.join(dir, `${String(count).padStart(4, '0')}.json`);
          fs.writeFileSync(`${file}.tmp`, JSON.stringify(mail, null, 2));
          fs.renameSync(`${file}.tmp`, file);
          callback();
        })
        .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  if (!address || typeof address === 'string') throw new Error('SMTP receiver: no port');
  return {
    port: address.port,
    dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Messages received so far, oldest first. */
export function readMails(dir: string): ReceivedMail[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as ReceivedMail);
}

/**
 * Waits for a message to `recipient` (the platform delivers every 15 s), polling the directory.
 */
export async function waitForMail(dir: string, recipient: string, timeoutMs = 45_000): Promise<ReceivedMail> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const mail = readMails(dir).find((message) => message.to.includes(recipient.toLowerCase()));
    if (mail) return mail;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `no e-mail to ${recipient} within ${timeoutMs} ms (received: ${JSON.stringify(readMails(dir))})`,
  );
}
