import type { EffectiveChoice } from './cover.js';
import { finding, formatNumber, type ValidationResult } from './findings.js';
import type { FormId, ReportKind } from './kinds.js';
import { isIsoDateString, isRecord, normalizeKey, numberOrNull, own, rowsOf } from './report-data.js';
import {
  checkDestructionWithoutStockpile,
  checkStartAgainstPrevious,
  checkStockBalance,
} from './rules-1msp-stock.js';

/**
 * Consistency rules of the 1MSP format: figures that must agree with each other. They look at the
 * forms marked "changed" (the new information); an unchanged form was checked in the report that
 * gave it. Values of the wrong type are skipped here (checkSection reports them).
 */
export type ConsistencyContext = {
  data: Record<string, unknown>;
  kind: ReportKind;
  choices: Record<FormId, EffectiveChoice>;
  /** Whether a form's values all have the right type and range (sums are checked only then). */
  clean: (form: FormId) => boolean;
  previous?: unknown;
};

export function consistency1msp(context: ConsistencyContext, out: ValidationResult) {
  checkPeriod(context, out);
  const changed = (form: FormId) => context.choices[form] === 'changed';
  if (changed('B') && context.clean('B')) {
    if (!changed('D') || context.clean('D')) checkStockBalance(context.data, changed('D'), context.kind, out);
    checkDestructionWithoutStockpile(context.data, out);
    checkStartAgainstPrevious(context.data, context.previous, out);
  }
  if (changed('D')) checkTransfers(context.data, out);
  if (changed('F') && context.clean('F')) checkClearedAreas(context.data, out);
}

function checkPeriod({ data, kind }: ConsistencyContext, out: ValidationResult) {
  const header = own(data, 'header');
  if (!isRecord(header)) return;
  const from = own(header, 'periodFrom');
  const to = own(header, 'periodTo');
  const submitted = own(header, 'submissionDate');
  if (!isIsoDateString(from) || !isIsoDateString(to)) return;
  if (from > to) {
    out.errors.push(
      finding(
        'header.periodTo',
        'consistency',
        'period_order',
        `must not be before the start of the period (${from})`,
      ),
    );
    return;
  }
  if (isIsoDateString(submitted) && submitted < to)
    out.warnings.push(
      finding(
        'header.submissionDate',
        'consistency',
        'submitted_before_period_end',
        `is before the end of the reporting period (${to})`,
      ),
    );
  if (
    kind === 'annual' &&
    !(from.endsWith('-01-01') && to.endsWith('-12-31') && from.slice(0, 4) === to.slice(0, 4))
  )
    out.warnings.push(
      finding(
        'header.periodFrom',
        'consistency',
        'period_not_calendar_year',
        'an annual report covers the previous calendar year, 1 January to 31 December (Art. 7(2))',
      ),
    );
}

function checkTransfers(data: unknown, out: ValidationResult) {
  rowsOf(data, 'D', 'movements').forEach((row, index) => {
    const movement = own(row, 'movement');
    const transfer = movement === 'transferred_from_stockpile' || movement === 'transferred_from_retained';
    const counterpart = own(row, 'counterpart');
    if (transfer && (typeof counterpart !== 'string' || counterpart.trim() === ''))
      out.errors.push(
        finding(
          `D.movements[${index}].counterpart`,
          'consistency',
          'transfer_without_counterpart',
          'a transfer must name the receiving State Party (Art. 3(8))',
        ),
      );
  });
}

/** Per location, then in total (which also counts rows without a location). */
function checkClearedAreas(data: unknown, out: ValidationResult) {
  const byLocation = (table: string) => {
    const sums = new Map<string, { total: number; index: number; name: string }>();
    let total = 0;
    rowsOf(data, 'F', table).forEach((row, index) => {
      const size = numberOrNull(own(row, 'areaSqm'));
      if (size === null) return;
      total += size;
      const key = normalizeKey(own(row, 'location'));
      if (key === '') return;
      const entry = sums.get(key) ?? { total: 0, index, name: String(own(row, 'location')).trim() };
      entry.total += size;
      sums.set(key, entry);
    });
    return { sums, total };
  };
  const contaminated = byLocation('contaminatedAreas');
  const cleared = byLocation('clearedAreas');
  let perLocation = false;
  for (const [key, entry] of cleared.sums) {
    const limit = contaminated.sums.get(key)?.total ?? 0;
    if (entry.total <= limit) continue;
    perLocation = true;
    out.errors.push(
      finding(
        `F.clearedAreas[${entry.index}].areaSqm`,
        'consistency',
        'cleared_exceeds_contaminated',
        limit === 0
          ? `${formatNumber(entry.total)} m² cleared in "${entry.name}", but no contaminated area is reported there`
          : `${formatNumber(entry.total)} m² cleared in "${entry.name}" is more than the ${formatNumber(limit)} m² reported contaminated there`,
        { location: entry.name, cleared: entry.total, contaminated: limit },
      ),
    );
  }
  if (!perLocation && cleared.total > contaminated.total)
    out.errors.push(
      finding(
        'F.clearedAreas',
        'consistency',
        'cleared_exceeds_contaminated',
        `${formatNumber(cleared.total)} m² cleared in total is more than the ${formatNumber(contaminated.total)} m² reported contaminated`,
        { cleared: cleared.total, contaminated: contaminated.total },
      ),
    );
}
