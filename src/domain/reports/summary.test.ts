import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoProfiles, plausibleReportSeries } from './demo-series.js';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import { keyFiguresOf, keyFiguresSeries, numericFigureIds } from './key-figures.js';
import type { ReportData } from './report-data.js';
import { analyticalSummary, type SummaryReport, summaryArticles, summaryTrend } from './summary.js';

const arcadia = { iso3: 'ZZA', stateName: 'Arcadia', ccmRegion: 'Europe' };
const borduria = { iso3: 'ZZB', stateName: 'Borduria', ccmRegion: 'Asia-Pacific' };
const carpania = { iso3: 'ZZC', stateName: 'Carpania', ccmRegion: 'Africa' };
const year2024: SummaryReport[] = [
  { ...carpania, kind: 'initial', data: initialReport },
  { ...borduria, kind: 'annual', data: clearanceReport2023 },
  { ...arcadia, kind: 'annual', data: stockpileReport2023 },
];

describe('analyticalSummary', () => {
  it('adds up the year’s reports per article, with one row per State that reports (hand-checked)', () => {
    const summary = analyticalSummary(2024, year2024);
    expect(summary.year).toBe(2024);
    expect(summary.reporting).toMatchObject({ article: '7', reports: 3, initial: 1, annual: 2, states: 3 });
    expect(summary.reporting.rows.map((r) => [r.stateName, r.kind, r.submissionDate])).toEqual([
      ['Arcadia', 'annual', '2024-04-28'],
      ['Borduria', 'annual', '2024-04-30'],
      ['Carpania', 'initial', '2012-01-20'],
    ]);
    expect(summary.stockpileDestruction).toEqual({
      article: '3',
      totals: {
        stockpiledMunitions: { total: 990, states: 1 },
        stockpiledSubmunitions: { total: 543_130, states: 1 },
        destroyedMunitions: { total: 500, states: 1 },
        destroyedSubmunitions: { total: 272_300, states: 1 },
      },
      rows: [
        {
          ...arcadia,
          stockpiledMunitions: 990,
          stockpiledSubmunitions: 543_130,
          destroyedMunitions: 500,
          destroyedSubmunitions: 272_300,
        },
      ],
    });
    expect(summary.retention.totals).toEqual({
      retainedMunitions: { total: 10, states: 1 },
      retainedSubmunitions: { total: 1470, states: 1 },
    });
    expect(summary.clearance.totals).toEqual({
      contaminatedAreaSqm: { total: 15_700_000, states: 1 },
      clearedAreaSqm: { total: 2_550_000, states: 1 },
      riskEducationReported: { states: 1, answered: 1 },
    });
    expect(summary.clearance.rows.map((r) => r.iso3)).toEqual(['ZZB']);
    expect(summary.victimAssistance.totals).toEqual({ victimAssistanceReported: { states: 1, answered: 1 } });
    expect(summary.cooperation).toMatchObject({
      article: '6',
      totals: {
        nationalResourcesReported: { states: 2, answered: 2 },
        assistanceProvidedReported: { states: 0, answered: 2 },
        assistanceReceivedReported: { states: 0, answered: 0 },
      },
    });
    expect(summary.cooperation.rows.map((r) => r.stateName)).toEqual(['Arcadia', 'Borduria']);
  });

  it('gives null totals for what no State reports, and empty tables', () => {
    const summary = analyticalSummary(2011, []);
    expect(summary.reporting).toMatchObject({ reports: 0, states: 0, rows: [] });
    expect(summary.stockpileDestruction.totals.destroyedMunitions).toEqual({ total: null, states: 0 });
    expect(summary.victimAssistance.totals.victimAssistanceReported).toEqual({ states: 0, answered: 0 });
  });

  it('counts a State once, from its annual report, when it sent an initial one the same year', () => {
    const early = structuredClone(stockpileReport2023);
    early.kind = 'initial';
    early.cover = { E: { choice: 'not_applicable' }, F: { choice: 'not_applicable' } };
    const later = structuredClone(stockpileReport2023);
    later.cover.B = { choice: 'unchanged_since', year: 2024 };
    delete later.B;
    const summary = analyticalSummary(2024, [
      { ...arcadia, kind: 'annual', data: later },
      { ...arcadia, kind: 'initial', data: early },
    ]);
    expect(summary.reporting).toMatchObject({ reports: 2, states: 1 });
    expect(summary.reporting.rows.map((r) => r.kind)).toEqual(['initial', 'annual']);
    // The annual report's "unchanged" stockpile comes from the initial report; no destruction is new.
    expect(summary.stockpileDestruction.rows).toEqual([
      {
        ...arcadia,
        stockpiledMunitions: 990,
        stockpiledSubmunitions: 543_130,
        destroyedMunitions: null,
        destroyedSubmunitions: null,
      },
    ]);
  });
});

/** A year's worth of demonstration reports of a few States. */
function demoYears(seed: number, states: number, fromYear = 2011, toYear = 2016) {
  const series = Array.from({ length: states }, (_, i) => ({
    iso3: `Z${String.fromCharCode(65 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`,
    stateName: `State ${String(states - i).padStart(3, '0')}`,
    ccmRegion: ['Africa', 'Americas', 'Asia-Pacific', 'Europe'][i % 4] as string,
    reports: plausibleReportSeries({
      iso3: 'ZZA',
      profile: demoProfiles[(seed + i) % demoProfiles.length] ?? 'both',
      fromYear,
      toYear,
      seed: seed * 1000 + i,
    }),
  }));
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, k) => ({
    year: fromYear + k,
    reports: series.map(
      (s): SummaryReport => ({
        iso3: s.iso3,
        stateName: s.stateName,
        ccmRegion: s.ccmRegion,
        kind: k === 0 ? 'initial' : 'annual',
        data: s.reports[k] as ReportData,
      }),
    ),
  }));
  return { series, years };
}

describe('summaryTrend', () => {
  it('adds up each year the figures of every State, resolving "unchanged" forms across years', () => {
    const { series, years } = demoYears(7, 6);
    const trend = summaryTrend([...years].reverse());
    expect(trend.map((p) => p.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016]);
    const figures = series.map((s) => keyFiguresSeries(s.reports));
    trend.forEach((point, k) => {
      expect(point).toMatchObject({
        reports: 6,
        initialReports: k === 0 ? 6 : 0,
        annualReports: k === 0 ? 0 : 6,
      });
      for (const id of ['stockpiledSubmunitions', 'destroyedMunitions', 'clearedAreaSqm'] as const) {
        const values = figures.map((f) => f[k]?.[id] ?? null).filter((v) => v !== null);
        expect(point[id]).toBe(values.length === 0 ? null : values.reduce((a, b) => a + b, 0));
      }
    });
  });
});

describe('properties', () => {
  it('has totals equal to the sums of the rows, rows sorted by name, every reporting State in a row', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.integer({ min: 0, max: 8 }), (seed, count) => {
        for (const { year, reports } of demoYears(seed, count, 2014, 2016).years) {
          const summary = analyticalSummary(year, reports);
          expect(summary.reporting.reports).toBe(count);
          for (const name of Object.keys(summaryArticles) as (keyof typeof summaryArticles)[]) {
            const part = summary[name];
            const rows = part.rows as unknown as Record<string, unknown>[];
            const names = rows.map((r) => r.stateName as string);
            expect(names).toEqual([...names].sort());
            const reporting = reports.filter((r) => {
              const figures = keyFiguresOf(r.data);
              return summaryArticles[name].figures.some((id) => figures[id] !== null);
            });
            expect(rows.map((r) => r.iso3).sort()).toEqual(reporting.map((r) => r.iso3).sort());
            for (const [id, total] of Object.entries(part.totals)) {
              const values = rows.map((r) => r[id]).filter((v) => v !== null);
              if ((numericFigureIds as readonly string[]).includes(id))
                expect(total).toEqual({
                  total: values.length === 0 ? null : (values as number[]).reduce((a, b) => a + b, 0),
                  states: values.length,
                });
              else
                expect(total).toEqual({
                  states: values.filter((v) => v === true).length,
                  answered: values.length,
                });
            }
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});
