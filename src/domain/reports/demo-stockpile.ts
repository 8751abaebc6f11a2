import {
  changed,
  type DemoContext,
  dayIn,
  type FormEntry,
  munitionTypes,
  notApplicable,
  periodYear,
  type Random,
  unchanged,
} from './demo-catalogue.js';
import type { Row } from './report-data.js';

/**
 * Forms B, C and D of a demonstration State that declared a stockpile: destroyed year by year
 * until none is left, a few munitions retained for training (Art. 3(6)), and a stockpile that
 * balances every year (start − destroyed − retained = end, per type).
 */

type StockLine = {
  type: string;
  perMunition: number;
  munitions: number;
  dimensions: string;
  fusing: string;
  lots: string | null;
};

export type Stockpile = {
  lines: StockLine[];
  atEntryIntoForce: number;
  /** The report year that announced completion of destruction. */
  completedIn: number | null;
  willRetain: boolean;
  retained: { type: string; perMunition: number; munitions: number } | null;
};

const totalOf = (lines: readonly StockLine[]) => lines.reduce((sum, line) => sum + line.munitions, 0);

export function newStockpile(random: Random): Stockpile {
  const lines = random.sample(munitionTypes, random.int(1, 3)).map((m) => ({
    type: m.type,
    perMunition: m.submunitions,
    munitions: random.int(40, 3000),
    dimensions: m.dimensions,
    fusing: m.fusing,
    lots: random.chance(0.5) ? `LOT-${random.int(70, 99)}-${random.int(100, 499)}` : null,
  }));
  return {
    lines,
    atEntryIntoForce: totalOf(lines),
    completedIn: null,
    willRetain: random.chance(0.7),
    retained: null,
  };
}

export function initialStockpileForms(
  context: DemoContext,
  stock: Stockpile,
): Record<'B' | 'C' | 'D', FormEntry> {
  return {
    B: changed(context, 'B', {
      programmeStatus:
        'The stockpile has been separated from operational stocks and marked for destruction (Art. 3(1)); a destruction plan is being prepared.',
      stockpile: stock.lines.map((line) => ({
        type: line.type,
        munitionsAtEnd: line.munitions,
        submunitionsAtEnd: line.munitions * line.perMunition,
        lotNumbers: line.lots,
      })),
    }),
    C: changed(context, 'C', {
      types: stock.lines.map((line) => ({
        type: line.type,
        producedBeforeEif: false,
        ownedOrPossessed: true,
        dimensions: line.dimensions,
        fusing: line.fusing,
        explosiveContent: `${line.perMunition} explosive submunitions`,
      })),
    }),
    D: notApplicable(),
  };
}

/** A few munitions of one type taken from the stockpile for training, once. */
function retainFrom(context: DemoContext, stock: Stockpile): Row | null {
  if (!stock.willRetain || stock.retained) return null;
  stock.willRetain = false;
  const line = stock.lines.find((l) => l.munitions >= 10);
  if (!line) return null;
  const munitions = context.random.int(3, Math.min(20, line.munitions));
  line.munitions -= munitions;
  stock.retained = { type: line.type, perMunition: line.perMunition, munitions };
  return {
    date: dayIn(context.random, periodYear(context), context.random.int(1, 12)),
    movement: 'retained_from_stockpile',
    purpose: 'development_training',
    type: line.type,
    munitions,
    submunitions: munitions * line.perMunition,
  };
}

function retainedForm(context: DemoContext, stock: Stockpile, movement: Row | null): FormEntry {
  const retained = stock.retained;
  if (!retained) return notApplicable();
  let actualUse = 'None during the period';
  if (!movement) {
    if (retained.munitions === 0 || !context.random.chance(0.5)) return unchanged(context, 'D');
    const used = context.random.int(1, Math.min(3, retained.munitions));
    retained.munitions -= used;
    actualUse = `${used} used in the training of explosive ordnance disposal teams`;
  }
  const row = {
    type: retained.type,
    munitions: retained.munitions,
    submunitions: retained.munitions * retained.perMunition,
    plannedUse: 'Training of explosive ordnance disposal teams',
    actualUse,
  };
  return changed(context, 'D', movement ? { retained: [row], movements: [movement] } : { retained: [row] });
}

const share = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

/** The stockpile per type, start and end, and what was destroyed of each. */
function destructionRows(
  lines: readonly StockLine[],
  starts: readonly number[],
  destroyed: readonly number[],
) {
  return {
    stockpile: lines.map((line, i) => ({
      type: line.type,
      munitionsAtStart: starts[i] ?? 0,
      submunitionsAtStart: (starts[i] ?? 0) * line.perMunition,
      munitionsAtEnd: line.munitions,
      submunitionsAtEnd: line.munitions * line.perMunition,
      lotNumbers: line.lots,
    })),
    destroyed: lines.flatMap((line, i) => {
      const munitions = destroyed[i] ?? 0;
      if (munitions === 0) return [];
      const submunitions = munitions * line.perMunition;
      const where = { method: 'Disassembly and incineration', site: 'National demilitarisation facility' };
      return [{ type: line.type, munitions, submunitions, ...where }];
    }),
  };
}

export function annualStockpileForms(
  context: DemoContext,
  stock: Stockpile,
): Record<'B' | 'C' | 'D', FormEntry> {
  if (stock.completedIn !== null)
    return { B: unchanged(context, 'B'), C: unchanged(context, 'C'), D: retainedForm(context, stock, null) };
  const { random } = context;
  const starts = stock.lines.map((line) => line.munitions);
  const destroyed = stock.lines.map((line) =>
    line.munitions <= 60
      ? line.munitions
      : Math.max(1, Math.round(line.munitions * random.between(0.15, 0.5))),
  );
  stock.lines.forEach((line, i) => {
    line.munitions -= destroyed[i] ?? 0;
  });
  const movement = retainFrom(context, stock);
  const left = totalOf(stock.lines);
  if (left === 0) stock.completedIn = context.year;
  const gone = stock.atEntryIntoForce - left;
  return {
    B: changed(context, 'B', {
      programmeStatus:
        left === 0
          ? 'Destruction of the stockpile is completed.'
          : `Destruction continued at the national demilitarisation facility; ${share(gone, stock.atEntryIntoForce)} of the stockpile at entry into force is destroyed or retained.`,
      methods: 'Disassembly; incineration of the explosive content in a static kiln.',
      sites: 'National demilitarisation facility',
      standards: 'IATG 10.10',
      ...(left === 0 ? { completionDate: dayIn(random, periodYear(context), random.int(6, 12)) } : {}),
      ...destructionRows(stock.lines, starts, destroyed),
    }),
    C: unchanged(context, 'C'),
    D: retainedForm(context, stock, movement),
  };
}
