import { describe, expect, it } from 'vitest';
import { roles } from '../../shared/roles.js';
import { publishedReportWithCorrection } from '../modules/reports/workflow-fixtures.js';
import { accessRules, type Caller, type Fixture, fixtureReportYear } from './access-matrix.js';
import { createUser, send, sessionFor } from './factories.js';
import { createTestApp } from './test-app.js';

const { app, db } = await createTestApp();
const ownState = 'LAO';
const callerUsers: Record<Exclude<Caller, 'anonymous'>, { id: string }> = {
  isu_admin: await createUser(db, { role: 'isu_admin' }),
  isu_staff: await createUser(db, { role: 'isu_staff' }),
  coordinator: await createUser(db, { role: 'coordinator' }),
  state_focal_point: await createUser(db, { role: 'state_focal_point', stateIso3: ownState }),
  other_state_focal_point: await createUser(db, { role: 'state_focal_point', stateIso3: 'KHM' }),
};
const target = await createUser(db, { role: 'coordinator' });
const reportId = await publishedReportWithCorrection(db, ownState, fixtureReportYear);
const fixture: Fixture = { userId: target.id, ownState, reportId, reportVersion: '1' };
const callers: Caller[] = ['anonymous', ...roles, 'other_state_focal_point'];

describe('every endpoint refuses the wrong caller', () => {
  const cases = accessRules.flatMap((rule) => callers.map((caller) => ({ rule, caller })));
  it.each(cases)('$rule.method $rule.url as $caller', async ({ rule, caller }) => {
    const url = typeof rule.url === 'function' ? rule.url(fixture) : rule.url;
    const response = await send(app, {
      method: rule.method,
      url,
      // A fresh session per call: some endpoints (sign-out) end the one they are called with.
      ...(caller === 'anonymous' ? {} : { cookie: await sessionFor(db, callerUsers[caller].id) }),
      ...(rule.payload !== undefined ? { payload: rule.payload as Record<string, unknown> } : {}),
    });
    const allowed = rule.allowed === 'everyone' || rule.allowed.includes(caller);
    if (allowed) {
      expect([401, 403], `${caller} should reach ${rule.method} ${url}`).not.toContain(response.statusCode);
    } else {
      expect(response.statusCode, `${caller} must not reach ${rule.method} ${url}`).toBe(
        caller === 'anonymous' ? 401 : 403,
      );
    }
  });

  it('covers every API route the app registers', () => {
    const sample: Fixture = { userId: ':id', ownState: ':iso3', reportId: ':id', reportVersion: ':number' };
    const listed = new Set(
      accessRules.map(
        (rule) => `${rule.method} ${typeof rule.url === 'string' ? rule.url : rule.url(sample)}`,
      ),
    );
    const normalise = (route: string) => (route.split('?')[0] ?? route).replace(/\/:\w+/g, '/:param');
    const listedShapes = new Set([...listed].map(normalise));
    const missing = app.apiRoutes.filter(
      (route) => !listedShapes.has(normalise(route)) && !listed.has(route),
    );
    expect(missing).toEqual([]);
  });
});
