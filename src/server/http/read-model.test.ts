import type pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/test-app.js';
import { ReadModels } from './read-model.js';

const database = await createTestDatabase();
afterAll(() => database.drop());

describe('read models', () => {
  it('ignores an error of its listening connection after it was closed', async () => {
    const models = new ReadModels();
    await models.listen(database.db.$client);
    const listener = (models as unknown as { listener: pg.PoolClient }).listener;
    await models.close();
    // What a dropped database does to the connection once the app has closed: an 'error' event.
    // Releasing the client a second time would throw out of the event handler.
    expect(() => listener.emit('error', new Error('terminating connection'))).not.toThrow();
  });

  it('drops its entries and listens again when the connection breaks while open', async () => {
    const models = new ReadModels();
    await models.listen(database.db.$client);
    await models.get('states:list', async () => ({ n: 1 }));
    const listener = (models as unknown as { listener: pg.PoolClient }).listener;
    listener.emit('error', new Error('connection lost'));
    const rebuilt = await models.get('states:list', async () => ({ n: 2 }));
    expect(JSON.parse(rebuilt.json.toString())).toEqual({ n: 2 });
    await expect
      .poll(() => (models as unknown as { listener?: pg.PoolClient }).listener !== undefined, {
        timeout: 5000,
      })
      .toBe(true);
    await models.close();
  });
});
