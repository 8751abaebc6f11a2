import path from 'node:path';
import { z } from 'zod';

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: z.enum(logLevels).default('info'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  DEMO: z.enum(['true', 'false']).default('false'),
  ADMIN_EMAIL: z.email().optional(),
  MAIL_FROM: z.string().min(3).default('CCM Implementation Support Unit <no-reply@localhost>'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  logLevel: (typeof logLevels)[number];
  smtpUrl: string | undefined;
  /** Behind a reverse proxy, the client's address comes from X-Forwarded-For. */
  trustProxy: boolean;
  adminEmail: string | undefined;
  mailFrom: string;
  /** `npm run demo`: demo accounts and sample records are loaded. Never set in production. */
  demo: boolean;
};

export class ConfigError extends Error {}

/** Reads the environment; empty variables count as unset so `PORT=` in a .env file means "default". */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    logLevel: e.LOG_LEVEL,
    smtpUrl: e.SMTP_URL,
    trustProxy: e.TRUST_PROXY === 'true',
    adminEmail: e.ADMIN_EMAIL,
    mailFrom: e.MAIL_FROM,
    demo: e.DEMO === 'true',
  };
}
