// Vocabularies of Article 7 transparency reports, import-free so the web app can use them cheaply.

/** The languages every label of a report format is written in. */
export const languages = ['en', 'fr', 'es'] as const;
export type Language = (typeof languages)[number];

/**
 * Versions of the reporting format, oldest first. '1MSP': the forms adopted at the First Meeting
 * of States Parties (Vientiane, 2010; CCM/MSP/2010/WP.4). The adapted form of the 10MSP (2022)
 * will be added here as a new version; see formats.ts.
 */
export const formatVersions = ['1MSP'] as const;
export type FormatVersion = (typeof formatVersions)[number];

export const formIds = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'] as const;
export type FormId = (typeof formIds)[number];

/** The sections of a report's data: the report header, then the forms. */
export const sectionIds = ['header', ...formIds] as const;
export type SectionId = (typeof sectionIds)[number];

/** The 14 items of Art. 7(1), (a) to (n). */
export const article7Items = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n'] as const;
export type Article7Item = (typeof article7Items)[number];

/** The initial report (Art. 7(1), within 180 days of entry into force) or an annual update (Art. 7(2)). */
export const reportKinds = ['initial', 'annual'] as const;
export type ReportKind = (typeof reportKinds)[number];

/** Cover page, per form: new information, unchanged since an earlier report, or not applicable. */
export const coverChoices = ['changed', 'unchanged_since', 'not_applicable'] as const;
export type CoverChoice = (typeof coverChoices)[number];

export const formRequirements = ['required', 'voluntary'] as const;
export type FormRequirement = (typeof formRequirements)[number];

export const fieldTypes = [
  'text',
  'longText',
  'number',
  'date',
  'boolean',
  'select',
  'country',
  'file',
] as const;
export type FieldType = (typeof fieldTypes)[number];

/** What a validation finding is about, so the interface can group and word them. */
export const findingCodes = [
  'format',
  'required',
  'type',
  'range',
  'unknown',
  'cover',
  'consistency',
  'previous',
] as const;
export type FindingCode = (typeof findingCodes)[number];

/**
 * What each finding says, as a stable key the web app can translate (with the finding's params);
 * the English message comes with it.
 */
export const findingRules = [
  'not_object',
  'unknown_version',
  'unknown_kind',
  'unknown_key',
  'required',
  'min_rows',
  'max_rows',
  'not_text',
  'too_long',
  'not_email',
  'not_currency',
  'not_number',
  'not_integer',
  'below_min',
  'above_max',
  'not_date',
  'not_boolean',
  'not_option',
  'duplicate_option',
  'not_country',
  'not_file',
  'not_list',
  'cover_missing',
  'cover_invalid',
  'cover_choice_not_offered',
  'cover_year_invalid',
  'cover_unchanged_in_initial',
  'not_applicable_with_data',
  'changed_without_data',
  'period_order',
  'submitted_before_period_end',
  'period_not_calendar_year',
  'stock_balance',
  'stock_start_missing',
  'stock_type_unmatched',
  'destruction_without_stockpile',
  'transfer_without_counterpart',
  'cleared_exceeds_contaminated',
  'start_differs_from_previous',
  'large_change',
] as const;
export type FindingRule = (typeof findingRules)[number];

/** The first year a report can have been submitted: the Convention entered into force on 1 Aug 2010. */
export const firstReportingYear = 2010;
