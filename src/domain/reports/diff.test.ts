import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Change, canonical, changesBySection, describeChange, diffReports } from './diff.js';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import { format1msp } from './format-1msp.js';
import { type FormId, formIds } from './kinds.js';
import { parsePath } from './labels.js';
import { formatPath, isRecord, type PathSegment, type ReportData, type Row } from './report-data.js';

const examples = [stockpileReport2023, clearanceReport2023, initialReport];

const copy = (report: ReportData): ReportData => structuredClone(report);
const rows = (report: ReportData, form: FormId, table: string): Row[] => {
  const value = report[form]?.[table];
  if (!Array.isArray(value)) throw new Error(`${form}.${table} is not a table`);
  return value as Row[];
};
const summary = (changes: Change[]) => changes.map((c) => `${c.kind} ${c.path}`);

describe('diff between two versions of a report', () => {
  it('is empty for equal reports, whatever the order of keys', () => {
    const reordered = Object.fromEntries(Object.entries(copy(stockpileReport2023)).reverse());
    expect(diffReports(stockpileReport2023, reordered)).toEqual([]);
  });

  it('reports a corrected figure with its old and new value', () => {
    const corrected = copy(stockpileReport2023);
    rows(corrected, 'B', 'stockpile')[1] = { ...rows(corrected, 'B', 'stockpile')[1], munitionsAtEnd: 185 };
    const changes = diffReports(stockpileReport2023, corrected);
    expect(changes).toEqual([
      {
        path: 'B.stockpile[1].munitionsAtEnd',
        segments: ['B', 'stockpile', 1, 'munitionsAtEnd'],
        kind: 'changed',
        before: 190,
        after: 185,
      },
    ]);
    expect(describeChange(changes[0] as Change, format1msp)).toBe(
      'Form B: Stockpiles and destruction › Cluster munitions under jurisdiction or control (Art. 3(1)), by type (Art. 7(1)(b)) › row 2 › Cluster munitions at the end of the period: 190 → 185',
    );
  });

  it('shows an inserted row as one added row, not every later row changed', () => {
    const corrected = copy(stockpileReport2023);
    const destroyed = rows(corrected, 'B', 'destroyed');
    destroyed.splice(0, 0, { type: 'DPICM 155 mm', munitions: 12, submunitions: 588 });
    const changes = diffReports(stockpileReport2023, corrected);
    expect(summary(changes)).toEqual(['added B.destroyed[0]']);
    expect(describeChange(changes[0] as Change, format1msp, 'es')).toBe(
      'Formulario B: Existencias y destrucción › Municiones en racimo y submuniciones explosivas destruidas durante el período (art. 7, párr. 1, apdo. f) › fila 1: añadido (type: DPICM 155 mm; munitions: 12; submunitions: 588)',
    );
  });

  it('shows removed rows at their old place and edits of the rows that stay', () => {
    const corrected = copy(stockpileReport2023);
    const destroyed = rows(corrected, 'B', 'destroyed');
    destroyed.shift();
    (destroyed[0] as Row).site = 'Range 5';
    const changes = diffReports(stockpileReport2023, corrected);
    expect(summary(changes)).toEqual(['removed B.destroyed[0]', 'changed B.destroyed[0].site']);
    expect(changes[1]).toMatchObject({ before: 'Range 4', after: 'Range 5' });
  });

  it('prefers a removal when a row simply disappears', () => {
    const corrected = copy(stockpileReport2023);
    rows(corrected, 'B', 'destroyed').shift();
    const changes = diffReports(stockpileReport2023, corrected);
    expect(summary(changes)).toEqual(['removed B.destroyed[0]']);
    expect(describeChange(changes[0] as Change, format1msp)).toMatch(
      /› row 1: removed \(type: M26 rocket; munitions: 400;/,
    );
  });

  it('reports cover page ticks, fields added and removed, and whole forms', () => {
    const corrected = copy(stockpileReport2023);
    corrected.cover.C = { choice: 'changed' };
    corrected.B = { ...corrected.B, completionDate: '2023-12-01' };
    delete corrected.B.standards;
    delete corrected.I;
    corrected.J = { information: 'Stockpile destruction expected to end in 2025.' };
    const changes = diffReports(stockpileReport2023, corrected);
    expect(summary(changes)).toEqual([
      'changed cover.C.choice',
      'removed cover.C.year',
      'removed B.standards',
      'added B.completionDate',
      'removed I',
      'added J',
    ]);
    expect(changes.map((c) => describeChange(c, format1msp))[3]).toBe(
      'Form B: Stockpiles and destruction › Date destruction was completed (if completed): added (2023-12-01)',
    );
    expect([...changesBySection(changes).keys()]).toEqual(['cover', 'B', 'I', 'J']);
  });

  it('shows a row replaced by an unrelated one as a removal and an addition', () => {
    const corrected = copy(stockpileReport2023);
    rows(corrected, 'B', 'destroyed')[1] = { type: 'DPICM 155 mm', munitions: 12, submunitions: 588 };
    expect(summary(diffReports(stockpileReport2023, corrected))).toEqual([
      'removed B.destroyed[1]',
      'added B.destroyed[1]',
    ]);
  });

  it('shows a replaced file as removed and added, and a list of choices as one value', () => {
    const before = { J: { attachments: [{ ref: 'a', name: 'plan.pdf' }] } };
    const after = { J: { attachments: [{ ref: 'b', name: 'plan-v2.pdf' }] } };
    const changes = diffReports(before, after);
    expect(summary(changes)).toEqual(['removed J.attachments[0]', 'added J.attachments[0]']);
    expect(describeChange(changes[1] as Change, format1msp)).toBe(
      'Form J: Other relevant matters › Attachments › row 1: added (plan-v2.pdf)',
    );
    expect(summary(diffReports({ x: ['a', 'b'] }, { x: ['a'] }))).toEqual(['changed x']);
    expect(summary(diffReports(1, 'one'))).toEqual(['changed ']);
  });
});

/** Applies a diff: removed rows by their old index, every other index in the new version. */
function applyDiff(value: unknown, changes: Change[], depth = 0): unknown {
  const here = changes.find((c) => c.segments.length === depth);
  if (here) return here.kind === 'removed' ? undefined : here.after;
  if (changes.length === 0) return value;
  if (Array.isArray(value)) {
    const direct = changes.filter((c) => c.segments.length === depth + 1);
    const removed = new Set(direct.filter((c) => c.kind === 'removed').map((c) => c.segments[depth]));
    const added = new Map(direct.filter((c) => c.kind === 'added').map((c) => [c.segments[depth], c.after]));
    const kept = value.filter((_, i) => !removed.has(i));
    const result: unknown[] = [];
    let next = 0;
    for (let i = 0; i < kept.length + added.size; i++) {
      if (added.has(i)) result.push(added.get(i));
      else
        result.push(
          applyDiff(
            kept[next++],
            changes.filter((c) => c.segments.length > depth + 1 && c.segments[depth] === i),
            depth + 1,
          ),
        );
    }
    return result;
  }
  const result: Record<string, unknown> = {};
  const source = isRecord(value) ? value : {};
  const keys = new Set([...Object.keys(source), ...changes.map((c) => String(c.segments[depth]))]);
  for (const key of keys) {
    const sub = changes.filter((c) => c.segments[depth] === key);
    const v = applyDiff(Object.hasOwn(source, key) ? source[key] : undefined, sub, depth + 1);
    if (v !== undefined)
      Object.defineProperty(result, key, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return result;
}

describe('diff (properties)', () => {
  const rowsArb = fc.array(
    fc.record({ x: fc.integer({ min: 0, max: 2 }), y: fc.integer({ min: 0, max: 2 }) }, { requiredKeys: [] }),
    {
      maxLength: 6,
    },
  );
  const pairs = fc.oneof(
    fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 })),
    fc.tuple(fc.constantFrom(...examples), fc.constantFrom(...examples)),
    fc
      .tuple(
        fc.constantFrom(...examples),
        fc.constantFrom('cover', 'header', ...formIds),
        fc.jsonValue({ maxDepth: 3 }),
      )
      .map(([report, key, junk]) => [report, { ...report, [key]: junk }] as [unknown, unknown]),
    fc.tuple(rowsArb, rowsArb).map(([a, b]) => [{ B: { t: a } }, { B: { t: b } }] as [unknown, unknown]),
  );

  it('is empty between a report and itself (or a copy)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.constantFrom(...examples)), (a) => {
        expect(diffReports(a, a)).toEqual([]);
        expect(diffReports(a, structuredClone(a))).toEqual([]);
      }),
    );
  });

  it('is empty exactly when the versions are equal', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(diffReports(a, b).length === 0).toBe(canonical(a) === canonical(b));
      }),
      {
        numRuns: 300,
      },
    );
  });

  it('applied to the old version gives the new one: nothing is left out', () => {
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        expect(canonical(applyDiff(a, diffReports(a, b)))).toBe(canonical(b));
      }),
      { numRuns: 300 },
    );
  });

  it('reports every edited value at its path (or its row), and nothing else', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...examples),
        fc.array(fc.tuple(fc.nat(), fc.oneof(fc.integer(), fc.string({ maxLength: 5 }), fc.boolean())), {
          minLength: 1,
          maxLength: 4,
        }),
        (report, edits) => {
          const leaves: PathSegment[][] = [];
          const walk = (value: unknown, at: PathSegment[]) => {
            if (Array.isArray(value) && value.every(isRecord))
              for (const [i, v] of value.entries()) walk(v, [...at, i]);
            else if (isRecord(value)) for (const [k, v] of Object.entries(value)) walk(v, [...at, k]);
            else leaves.push(at);
          };
          walk(report, []);
          const edited = structuredClone(report) as unknown as Record<string, unknown>;
          const changed = new Set<string>();
          for (const [n, value] of edits) {
            const path = leaves[n % leaves.length] as PathSegment[];
            let parent: Record<string | number, unknown> = edited;
            for (const segment of path.slice(0, -1))
              parent = parent[segment] as Record<string | number, unknown>;
            const last = path[path.length - 1] as PathSegment;
            if (canonical(parent[last]) !== canonical(value)) changed.add(formatPath(path));
            parent[last] = value;
          }
          const reported = diffReports(report, edited).map((c) => c.path);
          const related = (a: string, b: string) => a === b || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
          // Each edit shows at its own path or within a reported row; each change comes from an edit.
          // (An edit back to the original value by a later edit is not a change.)
          for (const path of reported) expect([...changed].some((p) => related(path, p))).toBe(true);
          for (const path of changed) {
            const stillDifferent = canonical(valueAt(edited, path)) !== canonical(valueAt(report, path));
            if (stillDifferent) expect(reported.some((r) => related(r, path))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

function valueAt(data: unknown, path: string): unknown {
  let value: unknown = data;
  for (const segment of parsePath(path))
    value = (value as Record<string | number, unknown> | undefined)?.[segment];
  return value;
}
