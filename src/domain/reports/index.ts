/**
 * Article 7 transparency reports: formats as versioned data and the pure rules on a report's data.
 * For the server; the web app imports what it needs directly (kinds.ts and format-types.ts cost
 * nothing, format-1msp.ts is data only).
 */
export { completeness, type SectionCompleteness, type SectionStatus } from './completeness.js';
export { coverChoicesOf, type EffectiveChoice } from './cover.js';
export { type DemoProfile, demoProfiles, plausibleReportSeries, type SeriesOptions } from './demo-series.js';
export { type Change, changesBySection, describeChange, diffReports } from './diff.js';
export type * from './format-types.js';
export { formatOf, formOf, isFormatVersion, latestFormat, latestVersion, reportFormats } from './formats.js';
export {
  type FlagFigureId,
  flagFigureIds,
  type KeyFigureId,
  type KeyFigures,
  type KeyFiguresOptions,
  keyFigureIds,
  keyFiguresOf,
  keyFiguresSeries,
  type NumericFigureId,
  noFigures,
  numericFigureIds,
} from './key-figures.js';
export {
  asReported,
  keyFiguresProblems,
  type ReceivedReportInput,
  reportFromKeyFigures,
  totalAsReported,
} from './key-figures-entry.js';
export * from './kinds.js';
export { describePath, parsePath, pathLabels } from './labels.js';
export { emptyReport, type PrefillOptions, prefillReport } from './prefill.js';
export {
  type OverdueReport,
  overdueReports,
  type RateCounts,
  type ReportDue,
  type ReportingInput,
  type ReportingRateYear,
  type ReportingState,
  type ReportReceipt,
  reportingRates,
  reportsDue,
} from './rates.js';
export type { FieldValue, FileRef, ReportData, Row, SectionData } from './report-data.js';
export { asSubmitted } from './submission.js';
export {
  type AnalyticalSummary,
  type ArticleSummary,
  analyticalSummary,
  type FlagTotal,
  type NumberTotal,
  type ReportingSummary,
  type StateRef,
  type SummaryReport,
  summaryArticles,
  summaryTrend,
  type TrendPoint,
} from './summary.js';
export { type Finding, type ValidateOptions, type ValidationResult, validateReport } from './validate.js';
