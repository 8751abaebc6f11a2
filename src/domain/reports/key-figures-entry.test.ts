import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type KeyFigures, keyFiguresOf, noFigures } from './key-figures.js';
import {
  asReported,
  keyFiguresProblems,
  type ReceivedReportInput,
  reportFromKeyFigures,
  totalAsReported,
} from './key-figures-entry.js';
import { validateReport } from './validate.js';

const paper = (
  figures: Partial<KeyFigures>,
  rest: Partial<ReceivedReportInput> = {},
): ReceivedReportInput => ({
  kind: 'annual',
  state: 'ZZA',
  submissionDate: '2024-05-14',
  periodFrom: '2023-01-01',
  periodTo: '2023-12-31',
  figures,
  ...rest,
});

describe('reportFromKeyFigures', () => {
  it('builds a valid 1MSP report with one summary row per table', () => {
    const input = paper(
      {
        stockpiledMunitions: 800,
        stockpiledSubmunitions: 515_200,
        destroyedMunitions: 400,
        destroyedSubmunitions: 257_600,
        contaminatedAreaSqm: 3_200_000,
        clearedAreaSqm: 450_000.5,
        riskEducationReported: true,
        nationalResourcesReported: true,
        assistanceProvidedReported: false,
      },
      { contact: '  National Mine Action Authority ' },
    );
    const report = reportFromKeyFigures(input);
    expect(validateReport(report).errors).toEqual([]);
    expect(report.header).toEqual({
      state: 'ZZA',
      submissionDate: '2024-05-14',
      periodFrom: '2023-01-01',
      periodTo: '2023-12-31',
      contacts: [{ organization: 'National Mine Action Authority' }],
    });
    expect(report.cover).toEqual({
      A: { choice: 'changed' },
      B: { choice: 'changed' },
      C: { choice: 'not_applicable' },
      D: { choice: 'not_applicable' },
      E: { choice: 'not_applicable' },
      F: { choice: 'changed' },
      G: { choice: 'changed' },
      H: { choice: 'not_applicable' },
      I: { choice: 'changed' },
      J: { choice: 'not_applicable' },
    });
    expect(report.B).toEqual({
      programmeStatus: asReported,
      // The start is derived so the stockpile balances: 800 + 400 destroyed.
      stockpile: [
        {
          type: totalAsReported,
          munitionsAtStart: 1200,
          submunitionsAtStart: 772_800,
          munitionsAtEnd: 800,
          submunitionsAtEnd: 515_200,
        },
      ],
      destroyed: [{ type: totalAsReported, munitions: 400, submunitions: 257_600 }],
    });
    expect(report.A).toEqual({ measures: [{ instrument: asReported }] });
    // National resources go under Art. 3 when a stockpile is reported, unless the staff say otherwise.
    expect(report.I).toEqual({ nationalResources: [{ article: '3', description: asReported }] });
    expect(reportFromKeyFigures({ ...input, nationalResourcesArticle: '5' }).I).toEqual({
      nationalResources: [{ article: '5', description: asReported }],
    });
    expect(keyFiguresOf(report)).toEqual({ ...noFigures(), ...input.figures });
  });

  it('follows the cover page the staff read for forms without figures', () => {
    const report = reportFromKeyFigures(
      paper(
        { retainedMunitions: 10, retainedSubmunitions: 1470 },
        {
          cover: {
            A: { choice: 'unchanged_since', year: 2021 },
            B: { choice: 'unchanged_since', year: 2019 },
            D: { choice: 'not_applicable' },
            E: { choice: 'changed' },
          },
        },
      ),
    );
    expect(validateReport(report).errors).toEqual([]);
    expect(report.cover.A).toEqual({ choice: 'unchanged_since', year: 2021 });
    expect(report.cover.B).toEqual({ choice: 'unchanged_since', year: 2019 });
    // Figures make a form "changed" whatever was ticked.
    expect(report.cover.D).toEqual({ choice: 'changed' });
    expect(report.E).toEqual({ programmeStatus: asReported });
    expect(report.A).toBeUndefined();
  });

  it('gives an initial report with Form A in full', () => {
    const report = reportFromKeyFigures(
      paper(
        {},
        { kind: 'initial', periodFrom: '2011-08-01', periodTo: '2012-01-20', submissionDate: '2012-01-20' },
      ),
    );
    expect(validateReport(report)).toEqual({ errors: [], warnings: [] });
    expect(keyFiguresOf(report)).toEqual(noFigures());
  });
});

describe('keyFiguresProblems', () => {
  const rules = (input: ReceivedReportInput) => keyFiguresProblems(input).map((p) => `${p.path} ${p.rule}`);

  it('accepts a complete entry', () => {
    expect(rules(paper({ stockpiledMunitions: 0, stockpiledSubmunitions: 0 }))).toEqual([]);
  });

  it('asks for both halves of a munitions/submunitions pair', () => {
    expect(rules(paper({ stockpiledMunitions: 3 }))).toEqual(['figures.stockpiledSubmunitions required']);
    expect(
      rules(paper({ stockpiledMunitions: 3, stockpiledSubmunitions: 9, retainedSubmunitions: 1 })),
    ).toEqual(['figures.retainedMunitions required']);
  });

  it('refuses what the format refuses, with the validator’s findings', () => {
    expect(rules(paper({ destroyedMunitions: 5, destroyedSubmunitions: 10 }))).toEqual([
      'B.destroyed destruction_without_stockpile',
    ]);
    expect(rules(paper({ contaminatedAreaSqm: 100, clearedAreaSqm: 200 }))).toEqual([
      'F.clearedAreas[0].areaSqm cleared_exceeds_contaminated',
    ]);
    expect(rules(paper({ stockpiledMunitions: -1, stockpiledSubmunitions: 1.5 }))).toEqual([
      'B.stockpile[0].munitionsAtEnd below_min',
      'B.stockpile[0].submunitionsAtEnd not_integer',
    ]);
    expect(
      rules(paper({}, { kind: 'initial', cover: { A: { choice: 'unchanged_since', year: 2011 } } })),
    ).toEqual(['cover.A cover_unchanged_in_initial']);
    expect(rules(paper({}, { state: 'Zedland', periodTo: '2022-12-31' }))).toEqual([
      'header.state not_country',
      'header.periodTo period_order',
    ]);
  });
});

/** Figures the 1MSP forms can hold, as ISU staff would enter them without problems. */
const count = fc.nat({ max: 50_000_000 });
const pairOf = fc.option(fc.tuple(count, count), { nil: null });
const area = fc.double({ min: 0, max: 1e9, noNaN: true, noDefaultInfinity: true });
const holdable: fc.Arbitrary<KeyFigures> = fc
  .record({
    stock: pairOf,
    destroyed: pairOf,
    retained: pairOf,
    contaminated: fc.option(area, { nil: null }),
    clearedShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    riskEducation: fc.constantFrom(true, null),
    victimAssistance: fc.constantFrom(true, null),
    formI: fc.option(fc.tuple(fc.boolean(), fc.boolean()), { nil: null }),
  })
  .map((r) => {
    const stock = r.stock ?? (r.destroyed ? ([0, 0] as [number, number]) : null);
    return {
      stockpiledMunitions: stock?.[0] ?? null,
      stockpiledSubmunitions: stock?.[1] ?? null,
      destroyedMunitions: r.destroyed?.[0] ?? null,
      destroyedSubmunitions: r.destroyed?.[1] ?? null,
      retainedMunitions: r.retained?.[0] ?? null,
      retainedSubmunitions: r.retained?.[1] ?? null,
      contaminatedAreaSqm: r.contaminated,
      clearedAreaSqm:
        r.contaminated === null || r.clearedShare === null
          ? null
          : Math.floor(r.contaminated * r.clearedShare),
      riskEducationReported: r.riskEducation,
      victimAssistanceReported: r.victimAssistance,
      nationalResourcesReported: r.formI?.[0] ?? null,
      assistanceProvidedReported: r.formI?.[1] ?? null,
      assistanceReceivedReported: null,
    };
  });

describe('round trip (property)', () => {
  it('gives back the figures entered, in a report without errors', () => {
    fc.assert(
      fc.property(holdable, fc.constantFrom('initial' as const, 'annual' as const), (figures, kind) => {
        const input = paper(figures, { kind });
        expect(keyFiguresProblems(input)).toEqual([]);
        expect(keyFiguresOf(reportFromKeyFigures(input))).toEqual(figures);
      }),
    );
  });
});
