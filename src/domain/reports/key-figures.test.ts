import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clearanceReport2023, initialReport, stockpileReport2023 } from './examples.js';
import {
  flagFigureIds,
  type KeyFigures,
  keyFigureIds,
  keyFiguresOf,
  keyFiguresSeries,
  noFigures,
  numericFigureIds,
} from './key-figures.js';
import type { ReportData } from './report-data.js';

const copy = (report: ReportData): ReportData => structuredClone(report);

describe('keyFiguresOf', () => {
  it('adds up the stockpile, destruction and retention of the stockpile example', () => {
    expect(keyFiguresOf(stockpileReport2023)).toEqual({
      ...noFigures(),
      stockpiledMunitions: 800 + 190,
      stockpiledSubmunitions: 515_200 + 27_930,
      destroyedMunitions: 400 + 100,
      destroyedSubmunitions: 257_600 + 14_700,
      retainedMunitions: 10,
      retainedSubmunitions: 1470,
      nationalResourcesReported: true,
      assistanceProvidedReported: false,
    });
  });

  it('adds up the areas of the clearance example and sees its risk education and victim assistance', () => {
    expect(keyFiguresOf(clearanceReport2023)).toEqual({
      ...noFigures(),
      contaminatedAreaSqm: 12_500_000 + 3_200_000,
      clearedAreaSqm: 2_100_000 + 450_000,
      riskEducationReported: true,
      victimAssistanceReported: true,
      nationalResourcesReported: true,
      assistanceProvidedReported: false,
    });
  });

  it('gives nothing for forms marked not applicable, even when they hold data', () => {
    expect(keyFiguresOf(initialReport)).toEqual(noFigures());
    const report = copy(stockpileReport2023);
    report.cover.B = { choice: 'not_applicable' };
    report.cover.D = { choice: 'not_applicable' };
    report.cover.I = { choice: 'not_applicable' };
    expect(keyFiguresOf(report)).toEqual(noFigures());
  });

  it('reads every form of an initial report without a cover page as given: an empty one says no', () => {
    const report = copy(stockpileReport2023);
    report.kind = 'initial';
    report.cover = {};
    expect(keyFiguresOf(report)).toEqual({
      ...keyFiguresOf(stockpileReport2023),
      contaminatedAreaSqm: null,
      riskEducationReported: false,
      victimAssistanceReported: false,
    });
  });

  it('takes positions and flags of an "unchanged" form from the previous figures, and no period figures', () => {
    const report = copy(stockpileReport2023);
    report.cover.B = { choice: 'unchanged_since', year: 2022 };
    report.cover.I = { choice: 'unchanged_since', year: 2022 };
    const previous: KeyFigures = {
      ...noFigures(),
      stockpiledMunitions: 1200,
      stockpiledSubmunitions: 5000,
      destroyedMunitions: 77,
      destroyedSubmunitions: 88,
      nationalResourcesReported: false,
      assistanceProvidedReported: true,
      clearedAreaSqm: 999,
    };
    expect(keyFiguresOf(report, { previous })).toMatchObject({
      stockpiledMunitions: 1200,
      stockpiledSubmunitions: 5000,
      destroyedMunitions: null,
      destroyedSubmunitions: null,
      nationalResourcesReported: false,
      assistanceProvidedReported: true,
      // Form D is changed in this report and Form F not applicable: the previous figures do not leak.
      retainedMunitions: 10,
      clearedAreaSqm: null,
    });
  });

  it('falls back on the data an "unchanged" form still carries when no previous figures are given', () => {
    const report = copy(stockpileReport2023);
    report.cover.B = { choice: 'unchanged_since', year: 2022 };
    expect(keyFiguresOf(report)).toMatchObject({
      stockpiledMunitions: 990,
      stockpiledSubmunitions: 543_130,
      destroyedMunitions: null,
    });
    delete report.B;
    expect(keyFiguresOf(report).stockpiledMunitions).toBeNull();
  });

  it('says a form given without anything in it reports nothing: false flags, null figures', () => {
    const report = copy(clearanceReport2023);
    report.G = {};
    report.I = { nationalResources: [] };
    report.F = { programmeStatus: 'Survey under way.', contaminatedAreas: [] };
    expect(keyFiguresOf(report)).toMatchObject({
      riskEducationReported: false,
      nationalResourcesReported: false,
      contaminatedAreaSqm: null,
      clearedAreaSqm: null,
    });
  });

  it('skips values of the wrong type and never throws', () => {
    const report = copy(stockpileReport2023) as unknown as Record<string, Record<string, unknown>>;
    (report.B as Record<string, unknown>).stockpile = [
      { munitionsAtEnd: '800' },
      { munitionsAtEnd: 5 },
      'row',
    ];
    expect(keyFiguresOf(report).stockpiledMunitions).toBe(5);
    for (const junk of [null, 'report', 42, [], { version: '2MSP' }, { version: '1MSP', cover: 'x', B: [] }])
      expect(keyFiguresOf(junk)).toEqual(noFigures());
  });

  it('gives a figure or null, of the right kind, for any JSON (property)', () => {
    const reportLike = fc.record({
      version: fc.constantFrom('1MSP', 'other'),
      kind: fc.constantFrom('initial', 'annual', 3),
      cover: fc.dictionary(fc.constantFrom('B', 'D', 'F', 'G', 'H', 'I'), fc.jsonValue({ maxDepth: 2 })),
      B: fc.jsonValue({ maxDepth: 3 }),
      D: fc.jsonValue({ maxDepth: 3 }),
      F: fc.jsonValue({ maxDepth: 3 }),
      I: fc.jsonValue({ maxDepth: 3 }),
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), reportLike), (data) => {
        const figures = keyFiguresOf(data);
        expect(Object.keys(figures).sort()).toEqual([...keyFigureIds].sort());
        for (const id of numericFigureIds)
          expect(figures[id] === null || Number.isFinite(figures[id])).toBe(true);
        for (const id of flagFigureIds) expect([null, true, false]).toContain(figures[id]);
      }),
    );
  });
});

describe('keyFiguresSeries', () => {
  it('resolves each report against the one before it', () => {
    const first = copy(stockpileReport2023);
    const second = copy(stockpileReport2023);
    second.cover.B = { choice: 'unchanged_since', year: 2024 };
    second.B = { programmeStatus: 'No change.' };
    const [a, b] = keyFiguresSeries([first, second]);
    expect(b?.stockpiledMunitions).toBe(a?.stockpiledMunitions);
    expect(b?.stockpiledMunitions).toBe(990);
    expect(b?.destroyedMunitions).toBeNull();
    expect(keyFiguresSeries([])).toEqual([]);
  });
});
