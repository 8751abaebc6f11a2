import { z } from 'zod';
import { reportKinds } from '../../domain/reports/kinds.js';
import { asOfDate, iso3, isoDate } from './common.js';

/**
 * The public analysis of Article 7 reports: the ISU's analytical summary of a year (totals per
 * article and per State, from the published version of each report), the trend across years,
 * reporting rates, the reports overdue, and the open data table of key figures. Shapes mirror the
 * pure functions of src/domain/reports (summary.ts, rates.ts, key-figures.ts).
 */

const count = z.number().int().min(0);
const munitions = (what: string) =>
  z
    .number()
    .nullable()
    .meta({ description: `${what} (count of cluster munitions); null: not reported` });
const submunitions = (what: string) =>
  z
    .number()
    .nullable()
    .meta({ description: `${what} (count of explosive submunitions); null: not reported` });
const area = (what: string) =>
  z
    .number()
    .nullable()
    .meta({ description: `${what} (square metres, m²); null: not reported` });
const flag = (what: string) =>
  z
    .boolean()
    .nullable()
    .meta({ description: `${what}; null: not answered (form not applicable)` });

/** The key figures of one report, with units: what the summary adds up. */
export const keyFigureShape = {
  stockpiledMunitions: munitions('Form B: stockpile at the end of the period'),
  stockpiledSubmunitions: submunitions('Form B: stockpile at the end of the period'),
  destroyedMunitions: munitions('Form B: destroyed during the period'),
  destroyedSubmunitions: submunitions('Form B: destroyed during the period'),
  retainedMunitions: munitions('Form D: retained under Art. 3(6) at the end of the period'),
  retainedSubmunitions: submunitions('Form D: retained under Art. 3(6) at the end of the period'),
  contaminatedAreaSqm: area('Form F: area known or suspected to be contaminated'),
  clearedAreaSqm: area('Form F: area cleared during the period'),
  riskEducationReported: flag('Form G: risk education measures reported'),
  victimAssistanceReported: flag('Form H: victim assistance reported'),
  nationalResourcesReported: flag('Form I: national resources for Arts. 3–5 reported (Art. 7(1)(m))'),
  assistanceProvidedReported: flag('Form I: international assistance provided reported (Art. 7(1)(n))'),
  assistanceReceivedReported: flag('Assistance received reported (no place for it in the 1MSP format)'),
};
export const keyFigures = z.object(keyFigureShape).meta({ id: 'ReportKeyFigures' });
type Shape = typeof keyFigureShape;

export const numberTotal = z
  .object({
    total: z.number().nullable().meta({ description: 'sum across States; null when no State gives it' }),
    states: count.meta({ description: 'States giving the figure' }),
  })
  .meta({ id: 'SummaryNumberTotal' });
export const flagTotal = z
  .object({
    states: count.meta({ description: 'States answering yes' }),
    answered: count.meta({ description: 'States answering at all' }),
  })
  .meta({ id: 'SummaryFlagTotal' });

const stateRef = { iso3, stateName: z.string(), ccmRegion: z.string() };
const pick = <K extends keyof Shape>(figures: readonly K[]) =>
  Object.fromEntries(figures.map((f) => [f, keyFigureShape[f]])) as Pick<Shape, K>;

/** An article's part: totals of its figures and one row per State giving at least one of them. */
const articlePart = <T extends z.ZodRawShape, K extends keyof Shape>(
  id: string,
  totals: T,
  figures: readonly K[],
) =>
  z
    .object({
      article: z.string(),
      totals: z.object(totals),
      rows: z.array(z.object({ ...stateRef, ...pick(figures) })),
    })
    .meta({ id });

export const reportingSummary = z
  .object({
    article: z.literal('7'),
    reports: count,
    initial: count,
    annual: count,
    states: count.meta({ description: 'States that sent at least one report' }),
    rows: z.array(
      z.object({
        ...stateRef,
        kind: z.enum(reportKinds),
        submissionDate: z.string().nullable(),
        periodFrom: z.string().nullable(),
        periodTo: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'ReportingSummary' });

export const analyticalSummary = z
  .object({
    year: z.number().int(),
    reporting: reportingSummary,
    stockpileDestruction: articlePart(
      'SummaryStockpileDestruction',
      {
        stockpiledMunitions: numberTotal,
        stockpiledSubmunitions: numberTotal,
        destroyedMunitions: numberTotal,
        destroyedSubmunitions: numberTotal,
      },
      ['stockpiledMunitions', 'stockpiledSubmunitions', 'destroyedMunitions', 'destroyedSubmunitions'],
    ),
    retention: articlePart(
      'SummaryRetention',
      { retainedMunitions: numberTotal, retainedSubmunitions: numberTotal },
      ['retainedMunitions', 'retainedSubmunitions'],
    ),
    clearance: articlePart(
      'SummaryClearance',
      { contaminatedAreaSqm: numberTotal, clearedAreaSqm: numberTotal, riskEducationReported: flagTotal },
      ['contaminatedAreaSqm', 'clearedAreaSqm', 'riskEducationReported'],
    ),
    victimAssistance: articlePart('SummaryVictimAssistance', { victimAssistanceReported: flagTotal }, [
      'victimAssistanceReported',
    ]),
    cooperation: articlePart(
      'SummaryCooperation',
      {
        nationalResourcesReported: flagTotal,
        assistanceProvidedReported: flagTotal,
        assistanceReceivedReported: flagTotal,
      },
      ['nationalResourcesReported', 'assistanceProvidedReported', 'assistanceReceivedReported'],
    ),
  })
  .meta({
    id: 'AnalyticalSummary',
    description:
      'The summary of the reports of a year (the year they fall due: the annual report of 2025 covers 2024). One set of figures per State: its annual report, else its initial report.',
  });

export const trendPoint = z
  .object({
    year: z.number().int(),
    reports: count,
    initialReports: count,
    annualReports: count,
    stockpiledMunitions: z.number().nullable(),
    stockpiledSubmunitions: z.number().nullable(),
    destroyedMunitions: z.number().nullable(),
    destroyedSubmunitions: z.number().nullable(),
    contaminatedAreaSqm: z.number().nullable().meta({ description: 'm²' }),
    clearedAreaSqm: z.number().nullable().meta({ description: 'm²' }),
  })
  .meta({ id: 'SummaryTrendPoint' });

export const summaryQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(2010)
    .max(2100)
    .optional()
    .meta({ description: 'default: the latest year with a published report' }),
});
export const summaryDocumentQuery = summaryQuery.extend({ lang: z.enum(['en', 'fr', 'es']).default('en') });

export const reportAnalysis = z
  .object({
    year: z.number().int(),
    years: z.array(z.number().int()).meta({ description: 'years with at least one published report' }),
    summary: analyticalSummary,
    trend: z
      .array(trendPoint)
      .meta({ description: 'totals year by year, every year from the first published' }),
  })
  .meta({ id: 'ReportAnalysis' });

const rateCounts = z
  .object({
    due: count.meta({ description: 'reports that fell due in the year, by asOf' }),
    submitted: count.meta({ description: 'of those, received by asOf' }),
    onTime: count.meta({ description: 'of those, received by the due date' }),
    upcoming: count.meta({ description: 'falling due later in the year of asOf' }),
    submittedRate: z.number().min(0).max(1).nullable(),
    onTimeRate: z.number().min(0).max(1).nullable(),
  })
  .meta({ id: 'ReportingRateCounts' });
export const reportingRateYear = z
  .object({ year: z.number().int(), initial: rateCounts, annual: rateCounts })
  .meta({ id: 'ReportingRateYear' });
export const asOfQuery = z.object({
  asOf: asOfDate.optional().meta({ description: 'default: today; at most the end of next year' }),
});
export const reportingRates = z.object({ asOf: isoDate, items: z.array(reportingRateYear) });

export const overdueReport = z
  .object({
    iso3,
    stateName: z.string(),
    kind: z.enum(reportKinds),
    year: z
      .number()
      .int()
      .meta({ description: 'annual: the year it falls due; initial: the year of its due date' }),
    dueDate: isoDate,
    daysOverdue: count,
  })
  .meta({ id: 'OverdueReport' });
export const overdueReports = z.object({ asOf: isoDate, items: z.array(overdueReport), total: count });

export const openDataRow = z
  .object({
    iso3,
    stateName: z.string(),
    year: z
      .number()
      .int()
      .meta({ description: 'the year the report falls due (the annual report of 2025 covers 2024)' }),
    kind: z.enum(reportKinds),
    version: z.number().int().meta({ description: 'the published version' }),
    receivedOn: isoDate.meta({
      description: 'the date the report was first received (counts for compliance)',
    }),
    ...keyFigureShape,
  })
  .meta({ id: 'ReportOpenDataRow' });
export const openDataLicence = z
  .object({ name: z.string(), url: z.url(), attribution: z.string() })
  .meta({ id: 'OpenDataLicence' });
export const openDataReports = z
  .object({
    licence: openDataLicence,
    units: z.record(z.string(), z.string()).meta({ description: 'the unit of each key figure' }),
    items: z.array(openDataRow),
  })
  .meta({
    id: 'ReportOpenData',
    description:
      'The key figures of every published Article 7 report, one row per State, kind and year. Forms marked "unchanged since" carry the figures of the earlier report.',
  });

export type ReportAnalysis = z.infer<typeof reportAnalysis>;
export type ReportingRates = z.infer<typeof reportingRates>;
export type OverdueReports = z.infer<typeof overdueReports>;
export type OpenDataRow = z.infer<typeof openDataRow>;
export type OpenDataReports = z.infer<typeof openDataReports>;
