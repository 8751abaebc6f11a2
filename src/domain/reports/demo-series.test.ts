import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from './demo-catalogue.js';
import { type DemoProfile, demoProfiles, plausibleReportSeries } from './demo-series.js';
import { keyFiguresSeries } from './key-figures.js';
import { columnTotal, type ReportData } from './report-data.js';
import { validateReport } from './validate.js';

const seriesArb = fc.record({
  iso3: fc.constantFrom('ZZA', 'ZZB', 'LAO'),
  profile: fc.constantFrom(...demoProfiles),
  fromYear: fc.integer({ min: 2011, max: 2020 }),
  length: fc.integer({ min: 0, max: 14 }),
  seed: fc.integer(),
});
const series = (o: { iso3: string; profile: DemoProfile; fromYear: number; length: number; seed: number }) =>
  plausibleReportSeries({ ...o, toYear: o.fromYear + o.length });

describe('plausibleReportSeries', () => {
  it('gives an initial report, then one annual report a year, for the State asked', () => {
    const reports = plausibleReportSeries({
      iso3: 'ZZA',
      profile: 'both',
      fromYear: 2011,
      toYear: 2015,
      seed: 1,
    });
    expect(reports.map((r) => r.kind)).toEqual(['initial', 'annual', 'annual', 'annual', 'annual']);
    expect(reports.map((r) => r.header.state)).toEqual(Array(5).fill('ZZA'));
    expect(reports.slice(1).map((r) => [r.header.periodFrom, r.header.periodTo])).toEqual(
      [2011, 2012, 2013, 2014].map((y) => [`${y}-01-01`, `${y}-12-31`]),
    );
    expect(reports.slice(1).map((r) => String(r.header.submissionDate).slice(0, 4))).toEqual([
      '2012',
      '2013',
      '2014',
      '2015',
    ]);
  });

  it('is deterministic: the same seed gives the same reports, another seed others', () => {
    const options = { iso3: 'ZZA', profile: 'both' as const, fromYear: 2011, toYear: 2020, seed: 42 };
    expect(plausibleReportSeries(options)).toEqual(plausibleReportSeries(options));
    expect(plausibleReportSeries(options)).not.toEqual(plausibleReportSeries({ ...options, seed: 43 }));
  });

  it('refuses years that cannot hold a series', () => {
    const options = { iso3: 'ZZA', profile: 'neither' as const, seed: 1 };
    expect(() => plausibleReportSeries({ ...options, fromYear: 2010, toYear: 2012 })).toThrow(RangeError);
    expect(() => plausibleReportSeries({ ...options, fromYear: 2015, toYear: 2014 })).toThrow(RangeError);
    expect(() => plausibleReportSeries({ ...options, fromYear: 2015.5, toYear: 2016 })).toThrow(RangeError);
  });

  it('makes 120 States × 15 years quickly enough for a benchmark', () => {
    const started = performance.now();
    let count = 0;
    for (let i = 0; i < 120; i++)
      count += plausibleReportSeries({
        iso3: 'ZZA',
        profile: demoProfiles[i % 4] as DemoProfile,
        fromYear: 2011,
        toYear: 2025,
        seed: i,
      }).length;
    expect(count).toBe(1800);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('properties', () => {
  it('makes reports that validate without errors against the report before them', () => {
    fc.assert(
      fc.property(seriesArb, (options) => {
        const reports = series(options);
        expect(reports).toHaveLength(options.length + 1);
        reports.forEach((report, i) => {
          const { errors, warnings } = validateReport(report, { previous: reports[i - 1] });
          expect(errors).toEqual([]);
          // Year on year the stockpile continues: the start of a period is the end of the last.
          expect(warnings.filter((w) => w.rule !== 'large_change')).toEqual([]);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('tells each profile’s story: stockpiles only go down, cleared land leaves the contaminated', () => {
    fc.assert(
      fc.property(seriesArb, (options) => {
        const reports = series(options);
        const figures = keyFiguresSeries(reports);
        const stock = options.profile === 'stockpiler' || options.profile === 'both';
        const affected = options.profile === 'affected' || options.profile === 'both';
        expect(figures[0]?.stockpiledMunitions !== null).toBe(stock);
        expect(figures[0]?.contaminatedAreaSqm !== null).toBe(affected);
        expect(figures[0]?.riskEducationReported ?? false).toBe(affected);
        figures.forEach((f, i) => {
          const before = figures[i - 1];
          if (!before || !stock) return;
          expect(f.stockpiledMunitions ?? 0).toBeLessThanOrEqual(before.stockpiledMunitions ?? 0);
          expect((f.stockpiledMunitions ?? 0) + (f.destroyedMunitions ?? 0)).toBeLessThanOrEqual(
            before.stockpiledMunitions ?? 0,
          );
        });
        for (const report of reports) {
          if (report.cover.F?.choice !== 'changed' || report.kind === 'initial') continue;
          const contaminated = columnTotal(report, 'F', 'contaminatedAreas', 'areaSqm') ?? 0;
          expect(columnTotal(report, 'F', 'clearedAreas', 'areaSqm') ?? 0).toBeLessThanOrEqual(contaminated);
        }
        if (options.profile === 'neither')
          for (const report of reports as ReportData[])
            for (const form of ['B', 'C', 'D', 'E', 'F', 'G', 'H'] as const)
              expect(report.cover[form]).toEqual({ choice: 'not_applicable' });
      }),
      { numRuns: 150 },
    );
  });
});

describe('seededRandom', () => {
  it('repeats itself for a seed and stays in range', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const draws = Array.from({ length: 1000 }, () => a.next());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b.next()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    const random = seededRandom(8);
    for (let i = 0; i < 200; i++) {
      const n = random.int(3, 9);
      expect(Number.isInteger(n) && n >= 3 && n <= 9).toBe(true);
      const sample = random.sample(['a', 'b', 'c', 'd'], 3);
      expect(new Set(sample).size).toBe(3);
    }
  });
});
