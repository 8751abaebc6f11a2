import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import { type SQL, sql } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type pg from 'pg';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

type Entry = { json: Buffer; etag: string; br?: Buffer; gzip?: Buffer };

const notifyChannel = 'ccm_read_models';

/**
 * Public reads served from memory: the serialized JSON of a query, its ETag and compressed
 * copies, built once and dropped by the writes that change it. Other instances hear of those
 * writes through Postgres LISTEN/NOTIFY, so a cache is never stale for long anywhere.
 */
export class ReadModels {
  private entries = new Map<string, Entry>();
  private building = new Map<string, Promise<Entry>>();
  private listener: pg.PoolClient | undefined;
  private closed = false;
  /** Bumped by every drop: a build that began before it must not store stale data. */
  private generation = 0;

  constructor(private readonly maxEntries = 2000) {}

  /**
   * Joins the other instances' invalidations on a connection of its own. If that connection
   * breaks, notifications may have been missed: everything is dropped and it listens again.
   */
  async listen(pool: pg.Pool): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch {
      // The database is away (the readiness check reports it); try again shortly.
      if (!this.closed) setTimeout(() => this.listen(pool), 2000).unref();
      return;
    }
    this.listener = client;
    client.on('notification', (message) => this.dropLocal(message.payload ?? ''));
    client.on('error', () => {
      this.dropLocal('');
      // After close() the client is back in the pool already: releasing it twice throws.
      if (this.listener !== client) return;
      this.listener = undefined;
      client.release(true);
      if (!this.closed) setTimeout(() => this.listen(pool), 1000).unref();
    });
    await client.query(`listen ${notifyChannel}`);
  }

  async close() {
    this.closed = true;
    const listener = this.listener;
    this.listener = undefined;
    listener?.release(true);
  }

  async get(key: string, build: () => Promise<unknown>): Promise<Entry> {
    const cached = this.entries.get(key);
    if (cached) return cached;
    const pending = this.building.get(key);
    if (pending) return pending;
    const startedAt = this.generation;
    const making = build().then((value) => {
      const json = Buffer.from(JSON.stringify(value));
      const entry: Entry = { json, etag: `"${createHash('sha1').update(json).digest('base64url')}"` };
      if (startedAt !== this.generation) return entry;
      if (this.entries.size >= this.maxEntries)
        this.entries.delete(this.entries.keys().next().value as string);
      this.entries.set(key, entry);
      return entry;
    });
    this.building.set(key, making);
    try {
      return await making;
    } finally {
      this.building.delete(key);
    }
  }

  /**
   * Call inside the writing transaction: other instances (and this one) drop the entries when it
   * commits. Call `drop` after the commit too, so this instance reads its own write at once.
   */
  async notifyInTransaction(tx: { execute(query: SQL): Promise<unknown> }, prefix: string) {
    await tx.execute(sql`select pg_notify(${notifyChannel}, ${prefix})`);
  }

  /** Drops every entry whose key starts with the prefix. */
  drop(prefix: string) {
    this.dropLocal(prefix);
  }

  private dropLocal(prefix: string) {
    this.generation++;
    for (const key of this.entries.keys()) if (key.startsWith(prefix)) this.entries.delete(key);
  }

  /** Sends an entry with its ETag (304 when the client has it) and the best encoding it accepts. */
  async send(request: FastifyRequest, reply: FastifyReply, entry: Entry) {
    reply
      .header('etag', entry.etag)
      .header('cache-control', 'public, no-cache')
      .header('vary', 'accept-encoding');
    if (request.headers['if-none-match'] === entry.etag) return reply.status(304).send();
    const accepts = String(request.headers['accept-encoding'] ?? '');
    reply.type('application/json; charset=utf-8').serializer((payload: unknown) => payload as string);
    if (/\bbr\b/.test(accepts) && entry.json.length > 1024) {
      entry.br ??= await brotli(entry.json, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } });
      return reply.header('content-encoding', 'br').send(entry.br);
    }
    if (/\bgzip\b/.test(accepts) && entry.json.length > 1024) {
      entry.gzip ??= await gzip(entry.json);
      return reply.header('content-encoding', 'gzip').send(entry.gzip);
    }
    return reply.send(entry.json);
  }
}
