import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDate } from '../calendar.js';
import { completeness } from './completeness.js';
import { canonical, diffReports } from './diff.js';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import { format1msp } from './format-1msp.js';
import type { FieldDef, TableDef } from './format-types.js';
import { findingRules, formIds } from './kinds.js';
import { parsePath } from './labels.js';
import { prefillReport } from './prefill.js';
import { formatPath, isIsoDateString, nextDay } from './report-data.js';
import { validateReport } from './validate.js';

/** A value for a field: mostly of the right type, sometimes empty, sometimes any JSON at all. */
function arbitraryValue(field: FieldDef): fc.Arbitrary<unknown> {
  const valid = (): fc.Arbitrary<unknown> => {
    if (field.id === 'type') return fc.constantFrom('M26 rocket', 'BL755 bomb', 'm26 rocket ');
    if (field.id === 'location') return fc.constantFrom('Northern Province', 'Central Province', '');
    switch (field.type) {
      case 'text':
        if (field.format === 'email') return fc.emailAddress();
        if (field.format === 'currency') return fc.constantFrom('EUR', 'USD', 'euro');
        return fc.string({ maxLength: 12 });
      case 'longText':
        return fc.string({ maxLength: 30 });
      case 'number':
        return field.integer
          ? fc.integer({ min: -2, max: 2000 })
          : fc.double({ min: -1, max: 1e7, noNaN: true, noDefaultInfinity: true });
      case 'date':
        return fc
          .date({ min: new Date('2008-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      case 'boolean':
        return fc.boolean();
      case 'select': {
        const values = field.options.map((o) => o.value);
        return field.multiple ? fc.subarray(values) : fc.constantFrom(...values);
      }
      case 'country':
        return fc.constantFrom('ZZA', 'ZZB', 'zzb');
      case 'file': {
        const ref = fc.record({
          ref: fc.stringMatching(/^[a-f0-9]{1,8}$/),
          name: fc.string({ maxLength: 8 }),
        });
        return field.multiple ? fc.array(ref, { maxLength: 2 }) : ref;
      }
    }
  };
  return fc.oneof(
    { weight: 12, arbitrary: valid() },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 1 }) },
  );
}

const recordOf = (fields: readonly FieldDef[]) =>
  fc.record(Object.fromEntries(fields.map((f) => [f.id, arbitraryValue(f)])), { requiredKeys: [] });

const sectionOf = (def: { fields: readonly FieldDef[]; tables: readonly TableDef[] }) =>
  fc.record(
    {
      ...Object.fromEntries(def.fields.map((f) => [f.id, arbitraryValue(f)])),
      ...Object.fromEntries(def.tables.map((t) => [t.id, fc.array(recordOf(t.columns), { maxLength: 2 })])),
    },
    { requiredKeys: [] },
  );

/** Report-shaped data in the 1MSP format with a realistic header (calendar year Y, submitted in Y+1). */
const reportArb = fc.integer({ min: 2011, max: 2024 }).chain((year) =>
  fc.record(
    {
      version: fc.constant('1MSP'),
      kind: fc.constantFrom('annual', 'initial'),
      cover: fc.record(
        Object.fromEntries(
          formIds.map((id) => [
            id,
            fc.oneof(
              fc.constant({ choice: 'changed' }),
              fc.constant({ choice: 'not_applicable' }),
              fc.integer({ min: 2010, max: year + 1 }).map((y) => ({ choice: 'unchanged_since', year: y })),
            ),
          ]),
        ),
        { requiredKeys: [] },
      ),
      header: fc.record({
        state: fc.constant('ZZA'),
        submissionDate: fc.constant(`${year + 1}-04-30`),
        periodFrom: fc.constant(`${year}-01-01`),
        periodTo: fc.constant(`${year}-12-31`),
        contacts: fc.array(recordOf(format1msp.header.tables[0]?.columns ?? []), {
          minLength: 1,
          maxLength: 2,
        }),
      }),
      ...Object.fromEntries(format1msp.forms.map((form) => [form.id, sectionOf(form)])),
    },
    { requiredKeys: ['version', 'kind', 'cover', 'header'] },
  ),
);

const examples = [stockpileReport2023, clearanceReport2023, initialReport];
const anyReport = fc.oneof(reportArb, fc.constantFrom(...examples));

describe('validation (properties)', () => {
  it('never throws on arbitrary values, and returns well-formed findings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.jsonValue(), anyReport),
        fc.oneof(fc.jsonValue(), anyReport),
        (data, previous) => {
          const result = validateReport(data, { previous });
          for (const f of [...result.errors, ...result.warnings]) {
            expect(typeof f.path).toBe('string');
            expect(findingRules).toContain(f.rule);
            expect(f.message.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws when any part of a report is replaced by arbitrary JSON', () => {
    const sections = ['version', 'kind', 'cover', 'header', ...formIds];
    fc.assert(
      fc.property(
        anyReport,
        fc.constantFrom(...sections),
        fc.jsonValue({ maxDepth: 3 }),
        (report, key, junk) => {
          validateReport({ ...report, [key]: junk }, { previous: report });
          completeness({ ...report, [key]: junk });
          prefillReport({ ...report, [key]: junk });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('does not change the report it validates and gives the same answer twice', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const before = canonical(report);
        const first = validateReport(report, { previous: report });
        expect(canonical(report)).toBe(before);
        expect(validateReport(report, { previous: report })).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it('the completeness view accounts for every finding exactly once', () => {
    fc.assert(
      fc.property(anyReport, (report) => {
        const result = validateReport(report);
        const view = completeness(report);
        const listed = view.sections.flatMap((s) => [
          ...s.missing.map((m) => m.path),
          ...s.errors.map((e) => e.path),
          ...s.warnings.map((w) => w.path),
        ]);
        expect(listed.length + view.general.length).toBe(result.errors.length + result.warnings.length);
        expect(view.counts.missing + view.counts.errors).toBe(result.errors.length);
        expect(view.complete).toBe(result.errors.length === 0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('prefill (properties)', () => {
  it('has no error its source did not have, but the submission date still to give', () => {
    fc.assert(
      fc.property(reportArb, (source) => {
        const before = new Set(validateReport(source).errors.map((e) => `${e.path} ${e.rule}`));
        before.add('header.submissionDate required');
        const after = validateReport(prefillReport(source)).errors.map((e) => `${e.path} ${e.rule}`);
        for (const error of after) expect(before).toContain(error);
      }),
      { numRuns: 150 },
    );
  });

  it('of a valid report is valid once the submission date is given', () => {
    fc.assert(
      fc.property(fc.constantFrom(...examples), fc.integer({ min: 1, max: 3 }), (source, years) => {
        let report = prefillReport(source);
        for (let i = 1; i < years; i++) {
          report.header.submissionDate = `${String(report.header.periodTo).slice(0, 4)}-12-31`;
          report = prefillReport(report);
        }
        report.header.submissionDate = `${Number(String(report.header.periodTo).slice(0, 4)) + 1}-04-30`;
        const result = validateReport(report);
        expect(result.errors).toEqual([]);
        // After an initial report, the first annual one covers the rest of that year only.
        for (const warning of result.warnings) expect(warning.rule).toBe('period_not_calendar_year');
        if (source.kind === 'annual' || years > 1) expect(result.warnings).toEqual([]);
        expect(
          diffReports(source, report).every(
            (c) => c.segments[0] === 'cover' || c.segments[0] === 'header' || c.segments[0] === 'kind',
          ),
        ).toBe(true);
      }),
    );
  });
});

describe('dates and paths (properties)', () => {
  it('reads ISO dates as the calendar module does, and counts the next day alike', () => {
    const dateLike = fc
      .tuple(
        fc.integer({ min: 1900, max: 2200 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, fc.string({ maxLength: 12 })), (value) => {
        expect(isIsoDateString(value)).toBe(isIsoDate(value));
        if (isIsoDate(value)) expect(nextDay(value)).toBe(addDays(value, 1));
      }),
      { numRuns: 1000 },
    );
  });

  it('parses back the paths it formats', () => {
    const segment = fc.oneof(fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/), fc.nat(50));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z][A-Za-z0-9]{0,8}$/),
        fc.array(segment, { maxLength: 5 }),
        (first, rest) => {
          expect(parsePath(formatPath([first, ...rest]))).toEqual([first, ...rest]);
        },
      ),
    );
  });
});
