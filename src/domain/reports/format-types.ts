import type {
  Article7Item,
  CoverChoice,
  FormatVersion,
  FormId,
  FormRequirement,
  Language,
  ReportKind,
} from './kinds.js';

/**
 * A reporting format as data: the cover page, the report header and the forms, each form a list
 * of fields and repeatable tables. The web app renders forms from it; validate.ts checks a report
 * against it. Types only, so importing this file costs nothing at run time.
 */

/**
 * A report's cover page entry for one form: new information, unchanged since the report of a
 * given year ("unchanged (last reporting: yyyy)"), or not applicable.
 */
export type CoverStatus =
  | { choice: 'changed' }
  | { choice: 'unchanged_since'; year: number }
  | { choice: 'not_applicable' };

/** The same text in every language of the format. */
export type Labels = Record<Language, string>;

type FieldBase = {
  /** Unique within its form (fields and tables share one namespace) or within its table. */
  id: string;
  label: Labels;
  help?: Labels;
  /** Must be filled when the form is marked "changed" (the header: always). */
  required: boolean;
};

export type TextField = FieldBase & { type: 'text'; maxLength?: number; format?: 'email' | 'currency' };
export type LongTextField = FieldBase & { type: 'longText'; maxLength?: number };
export type NumberField = FieldBase & {
  type: 'number';
  min?: number;
  max?: number;
  integer?: boolean;
  /** Shown next to the input, e.g. 'm²'. */
  unit?: string;
};
export type DateField = FieldBase & { type: 'date' };
export type BooleanField = FieldBase & { type: 'boolean' };
export type SelectOption = { value: string; label: Labels };
export type SelectField = FieldBase & {
  type: 'select';
  options: readonly SelectOption[];
  multiple?: boolean;
};
/** An ISO 3166-1 alpha-3 code, as the States registry keys States. */
export type CountryField = FieldBase & { type: 'country' };
/** An uploaded document or photograph, by reference into the file store. */
export type FileField = FieldBase & { type: 'file'; multiple?: boolean };

export type FieldDef =
  | TextField
  | LongTextField
  | NumberField
  | DateField
  | BooleanField
  | SelectField
  | CountryField
  | FileField;

/** A repeatable table: one row per stockpiled type, per area, per measure… */
export type TableDef = {
  id: string;
  label: Labels;
  help?: Labels;
  columns: readonly FieldDef[];
  /** Checked only when the form is marked "changed". */
  minRows?: number;
  maxRows?: number;
};

export type FormDef = {
  id: FormId;
  /** The Art. 7(1) items the form answers (none for Form J). */
  article7Items: readonly Article7Item[];
  /** Where the obligation comes from, e.g. 'Art. 7(1)(b), (e)–(g); Art. 3'. */
  basis: string;
  title: Labels;
  requirement: FormRequirement;
  /** The ticks the cover page offers for this form. */
  coverChoices: readonly CoverChoice[];
  fields: readonly FieldDef[];
  tables: readonly TableDef[];
};

/** The report header, on every report: the State, its national points of contact, dates. */
export type HeaderDef = {
  title: Labels;
  article7Items: readonly Article7Item[];
  fields: readonly FieldDef[];
  tables: readonly TableDef[];
  note?: Labels;
};

/**
 * The cover page: per form, "changed", "unchanged (last reporting: yyyy)" or "not applicable".
 * It repeats the header's State and reporting period; the data keeps them once, in the header.
 */
export type CoverPageDef = {
  title: Labels;
  usedFor: readonly ReportKind[];
  repeatsHeaderFields: readonly string[];
  choiceLabels: Record<CoverChoice, Labels>;
  /** The label of the year asked for with "unchanged". */
  yearLabel: Labels;
  notes: readonly Labels[];
};

/**
 * A total worth comparing from one year's report to the next (a column summed over a table's rows).
 * The id is stable across format versions so that reports of different versions can be compared.
 */
export type TotalDef = { id: string; label: Labels; form: FormId; table: string; column: string };

export type ReportFormat = {
  version: FormatVersion;
  title: Labels;
  /** Where the format was adopted and the document that contains it. */
  adoptedAt: string;
  document: string;
  coverPage: CoverPageDef;
  header: HeaderDef;
  forms: readonly FormDef[];
  totals: readonly TotalDef[];
};
