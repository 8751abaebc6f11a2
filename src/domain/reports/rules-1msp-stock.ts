import { stockpileMovements } from './1msp/forms-d-f.js';
import { coverChoicesOf } from './cover.js';
import { finding, formatNumber, type ValidationResult } from './findings.js';
import { format1msp } from './format-1msp.js';
import type { ReportKind } from './kinds.js';
import { isRecord, normalizeKey, numberOrNull, own, rowsOf } from './report-data.js';

/**
 * Stockpile rules of the 1MSP format (Form B, with the movements of Form D): the stockpile
 * balances, destruction needs a declared stockpile, and the start of the period continues the
 * end of the previous report.
 */

const quantities = [
  { what: 'cluster munitions', flow: 'munitions', start: 'munitionsAtStart', end: 'munitionsAtEnd' },
  {
    what: 'explosive submunitions',
    flow: 'submunitions',
    start: 'submunitionsAtStart',
    end: 'submunitionsAtEnd',
  },
] as const;

type Flow = { path: string; type: string; munitions: number | null; submunitions: number | null };
type Sums = { start: number; discovered: number; destroyed: number; out: number };

function flowsOf(
  data: unknown,
  withMovements: boolean,
): { discovered: Flow[]; destroyed: Flow[]; out: Flow[] } {
  const flows = (form: string, table: string, keep: (row: Record<string, unknown>) => boolean = () => true) =>
    rowsOf(data, form, table).flatMap((row, index) =>
      keep(row)
        ? [
            {
              path: `${form}.${table}[${index}]`,
              type: normalizeKey(own(row, 'type')),
              munitions: numberOrNull(own(row, 'munitions')),
              submunitions: numberOrNull(own(row, 'submunitions')),
            },
          ]
        : [],
    );
  return {
    discovered: flows('B', 'discovered'),
    destroyed: flows('B', 'destroyed'),
    out: withMovements
      ? flows('D', 'movements', (row) =>
          (stockpileMovements as readonly unknown[]).includes(own(row, 'movement')),
        )
      : [],
  };
}

const sumOf = (values: readonly (number | null | undefined)[]) =>
  values.reduce<number>((total, value) => total + (value ?? 0), 0);

const balance = (sums: Sums) => sums.start + sums.discovered - sums.destroyed - sums.out;

/** start + discovered − destroyed − transferred or retained from the stockpile = end, per type or in total. */
export function checkStockBalance(
  data: unknown,
  withMovements: boolean,
  kind: ReportKind,
  out: ValidationResult,
) {
  const stock = rowsOf(data, 'B', 'stockpile');
  if (stock.length === 0) return;
  const flows = flowsOf(data, withMovements);
  const keys = stock.map((row) => normalizeKey(own(row, 'type')));
  const all = [...flows.discovered, ...flows.destroyed, ...flows.out];
  const unmatched = all.filter((flow) => !keys.includes(flow.type));
  for (const flow of unmatched)
    out.warnings.push(
      finding(
        `${flow.path}.type`,
        'consistency',
        'stock_type_unmatched',
        'is not a type listed in B.stockpile: the stockpile is balanced in total only',
      ),
    );
  // The first row of each type, where an imbalance of that type is shown.
  const firstRows = new Map<string, number>();
  keys.forEach((key, index) => {
    if (!firstRows.has(key)) firstRows.set(key, index);
  });

  for (const q of quantities) {
    const starts = stock.map((row) => numberOrNull(own(row, q.start)));
    const ends = stock.map((row) => numberOrNull(own(row, q.end)));
    if (ends.includes(null)) continue;
    if (starts.includes(null)) {
      if (kind === 'annual' && all.some((flow) => (flow[q.flow] ?? 0) > 0))
        out.warnings.push(
          finding(
            'B.stockpile',
            'consistency',
            'stock_start_missing',
            `give the ${q.what} at the start of the period so the stockpile can be balanced`,
          ),
        );
      continue;
    }
    const flowSum = (list: Flow[], type?: string) =>
      sumOf(list.filter((flow) => type === undefined || flow.type === type).map((flow) => flow[q.flow]));
    const check = (
      path: string,
      subject: string,
      sums: Sums,
      end: number,
      extra: Record<string, string> = {},
    ) => {
      if (balance(sums) === end) return;
      out.errors.push(
        finding(
          path,
          'consistency',
          'stock_balance',
          `${subject} at the end of the period (${formatNumber(end)}) should equal the start (${formatNumber(sums.start)}) + discovered (${formatNumber(sums.discovered)}) − destroyed (${formatNumber(sums.destroyed)}) − transferred or retained from the stockpile (${formatNumber(sums.out)}) = ${formatNumber(balance(sums))}`,
          { ...extra, ...sums, end, expected: balance(sums) },
        ),
      );
    };
    if (unmatched.length > 0) {
      const sums = {
        start: sumOf(starts),
        discovered: flowSum(flows.discovered),
        destroyed: flowSum(flows.destroyed),
        out: flowSum(flows.out),
      };
      check('B.stockpile', `The total of ${q.what}`, sums, sumOf(ends));
      continue;
    }
    for (const [type, index] of firstRows) {
      const rows = keys.flatMap((key, i) => (key === type ? [i] : []));
      const sums = {
        start: sumOf(rows.map((i) => starts[i])),
        discovered: flowSum(flows.discovered, type),
        destroyed: flowSum(flows.destroyed, type),
        out: flowSum(flows.out, type),
      };
      const name = String(own(stock[index] ?? {}, 'type') ?? '').trim();
      check(
        `B.stockpile[${index}].${q.end}`,
        `The ${q.what} of type "${name}"`,
        sums,
        sumOf(rows.map((i) => ends[i])),
        {
          type: name,
        },
      );
    }
  }
}

export function checkDestructionWithoutStockpile(data: unknown, out: ValidationResult) {
  const destroyed = flowsOf(data, false).destroyed;
  const munitions = sumOf(destroyed.map((f) => f.munitions));
  const submunitions = sumOf(destroyed.map((f) => f.submunitions));
  if (munitions <= 0 && submunitions <= 0) return;
  const held = (form: string, table: string, columns: string[]) =>
    rowsOf(data, form, table).some((row) => columns.some((c) => (numberOrNull(own(row, c)) ?? 0) > 0));
  const declared =
    held('B', 'stockpile', [
      'munitionsAtStart',
      'submunitionsAtStart',
      'munitionsAtEnd',
      'submunitionsAtEnd',
    ]) || held('B', 'discovered', ['munitions', 'submunitions']);
  if (!declared)
    out.errors.push(
      finding(
        'B.destroyed',
        'consistency',
        'destruction_without_stockpile',
        `destruction of ${formatNumber(munitions)} cluster munitions and ${formatNumber(submunitions)} explosive submunitions is reported, but no stockpile is declared in B.stockpile (Art. 7(1)(b))`,
        { munitions, submunitions },
      ),
    );
}

export function checkStartAgainstPrevious(data: unknown, previous: unknown, out: ValidationResult) {
  if (!isRecord(previous) || own(previous, 'version') !== '1MSP') return;
  if (coverChoicesOf(previous, format1msp).B === 'not_applicable') return;
  const stock = rowsOf(data, 'B', 'stockpile');
  const before = rowsOf(previous, 'B', 'stockpile');
  if (stock.length === 0 || before.length === 0) return;
  for (const q of quantities) {
    const starts = stock.map((row) => numberOrNull(own(row, q.start)));
    const ends = before.map((row) => numberOrNull(own(row, q.end)));
    if (starts.includes(null) || ends.includes(null)) continue;
    const start = sumOf(starts);
    const end = sumOf(ends);
    if (start !== end)
      out.warnings.push(
        finding(
          'B.stockpile',
          'previous',
          'start_differs_from_previous',
          `the ${q.what} at the start of the period (${formatNumber(start)}) differ from those at the end of the previous report (${formatNumber(end)})`,
          { current: start, previous: end },
        ),
      );
  }
}
