import {
  type CoverChoice,
  coverChoices,
  coverChoicesOf,
  type EffectiveChoice,
  type FieldDef,
  type FormDef,
  type FormId,
  formatOf,
  type Language,
  type ReportData,
  type ReportFormat,
  type SectionData,
  type TableDef,
} from '../../../../domain/reports/index.js';
import { isRecord, own, yearOfIsoDate } from '../../../../domain/reports/report-data.js';
import { EMPTY, formatDate, formatTimestamp, formatValue, type ValueContext } from './values.js';
import { colon, say } from './words.js';

/**
 * A report as a printed document, independent of the file type: every text already in the
 * chosen language and every value already formatted, so the DOCX and PDF renderers only lay out.
 */

export type ReportDocumentInput = {
  data: ReportData;
  stateName: string;
  language: Language;
  status: 'draft' | 'submitted' | 'published';
  versionNumber: number | null;
  submittedAt: string | null;
  /** Names States given by code in the data (transfer counterparts, recipients of assistance). */
  stateNameOf?: (iso3: string) => string;
  /** The report's year (reports.year); derived from the header when absent. */
  year?: number;
  /** What each form marked "unchanged since" contained in that earlier report, when known. */
  previousForms?: Partial<Record<FormId, SectionData>>;
};

export type DocField = { id: string; label: string; value: string };
export type DocColumn = { id: string; label: string; numeric: boolean };
export type DocTable = { id: string; title: string; columns: DocColumn[]; rows: string[][] };
export type DocSection = { fields: DocField[]; tables: DocTable[] };

/** One box of the cover page: not offered (Form A has no "not applicable"), ticked or not. */
export type DocTick = {
  choice: CoverChoice;
  offered: boolean;
  ticked: boolean;
  /** '☒', '☐', or '' when the form does not offer the choice. */
  symbol: string;
  /** The year of the earlier report, on a ticked "unchanged" box. */
  year: number | null;
};
export type DocCover = {
  title: string;
  fields: DocField[];
  /** Column headings: the form, then the three choices. */
  headings: string[];
  rows: { formId: FormId; form: string; ticks: DocTick[] }[];
  notes: string[];
};

export type DocForm = {
  id: FormId;
  heading: string;
  /** 'Basis: Art. 7(1)(a); Art. 9', with '— Voluntary' for a form Article 7 does not require. */
  basis: string;
  voluntary: boolean;
  choice: EffectiveChoice;
  /** "Unchanged since the report of 2021.", "Not applicable.": null for a changed form. */
  status: string | null;
  /** The fields and tables, for a changed form (or one not ticked on the cover page). */
  content: DocSection | null;
  /** For an unchanged form, what the earlier report said, when the caller passed it in. */
  previous: DocSection | null;
  previousIntro: string | null;
};

export type ReportDocumentModel = {
  language: Language;
  stateName: string;
  year: number | null;
  title: { convention: string; report: string; kind: string; state: string; period: string; version: string };
  /** 'DRAFT' across every page of a draft; null once submitted. */
  watermark: string | null;
  footer: string;
  page: { page: string; of: string };
  cover: DocCover | null;
  header: { title: string; note: string | null; content: DocSection };
  forms: DocForm[];
  labels: { rowNumber: string; noEntries: string };
};

export const TICKED = '☒';
export const UNTICKED = '☐';

function sectionOf(
  def: { fields: readonly FieldDef[]; tables: readonly TableDef[] },
  data: unknown,
  context: ValueContext,
): DocSection {
  const values = isRecord(data) ? data : {};
  const language = context.language;
  return {
    fields: def.fields.map((field) => ({
      id: field.id,
      label: field.label[language],
      value: formatValue(field, own(values, field.id), context),
    })),
    tables: def.tables.map((table) => {
      const rows = own(values, table.id);
      return {
        id: table.id,
        title: table.label[language],
        columns: table.columns.map((c) => ({
          id: c.id,
          label: c.label[language],
          numeric: c.type === 'number',
        })),
        rows: (Array.isArray(rows) ? rows.filter(isRecord) : []).map((row) =>
          table.columns.map((column) => formatValue(column, own(row, column.id), context)),
        ),
      };
    }),
  };
}

const coverYear = (data: ReportData, id: FormId): number | null => {
  const year = isRecord(data.cover?.[id]) ? own(data.cover[id], 'year') : undefined;
  return typeof year === 'number' ? year : null;
};

function coverOf(
  format: ReportFormat,
  data: ReportData,
  choices: Record<FormId, EffectiveChoice>,
  header: DocSection,
  language: Language,
): DocCover | null {
  const page = format.coverPage;
  if (!page.usedFor.includes(data.kind)) return null;
  return {
    title: page.title[language],
    fields: header.fields.filter((field) => page.repeatsHeaderFields.includes(field.id)),
    headings: [say('form', language), ...coverChoices.map((choice) => page.choiceLabels[choice][language])],
    rows: format.forms.map((form) => ({
      formId: form.id,
      form: formHeading(form, language),
      ticks: coverChoices.map((choice) => {
        const offered = form.coverChoices.includes(choice);
        const ticked = choices[form.id] === choice;
        return {
          choice,
          offered,
          ticked,
          symbol: offered ? (ticked ? TICKED : UNTICKED) : '',
          year: ticked && choice === 'unchanged_since' ? coverYear(data, form.id) : null,
        };
      }),
    })),
    notes: page.notes.map((note) => note[language]),
  };
}

const formHeading = (form: FormDef, language: Language) =>
  `${say('form', language)} ${form.id} — ${form.title[language]}`;

/** A form without any Art. 7(1) item (Form J) has no basis in the treaty to cite: it is voluntary. */
function basisLine(form: FormDef, language: Language): string {
  const voluntary = form.requirement === 'voluntary' ? say('voluntary', language) : null;
  if (form.article7Items.length === 0 && voluntary) return voluntary;
  const basis = `${say('basis', language)}${colon(language)}${form.basis}`;
  return voluntary ? `${basis} — ${voluntary}` : basis;
}

function documentForm(
  form: FormDef,
  input: ReportDocumentInput,
  choice: EffectiveChoice,
  context: ValueContext,
): DocForm {
  const { language, data } = input;
  const voluntary = form.requirement === 'voluntary';
  const base = {
    id: form.id,
    heading: formHeading(form, language),
    basis: basisLine(form, language),
    voluntary,
    choice,
    previous: null,
    previousIntro: null,
  };
  if (choice === 'not_applicable') return { ...base, status: say('notApplicable', language), content: null };
  if (choice === 'unchanged_since') {
    const year = coverYear(data, form.id);
    const previous = input.previousForms?.[form.id];
    return {
      ...base,
      status: `${say('unchangedSince', language)} ${year ?? EMPTY}.`,
      content: null,
      previous: previous ? sectionOf(form, previous, context) : null,
      previousIntro: previous ? say('previousContent', language) : null,
    };
  }
  return {
    ...base,
    status: choice === null ? say('notIndicated', language) : null,
    content: sectionOf(form, data[form.id], context),
  };
}

/** The year in the footer: the report's year as the registry counts it (due year of an annual report). */
function reportYear(input: ReportDocumentInput): number | null {
  if (input.year !== undefined) return input.year;
  const header = isRecord(input.data.header) ? input.data.header : {};
  const submitted = yearOfIsoDate(own(header, 'submissionDate'));
  if (submitted !== null) return submitted;
  const periodEnd = yearOfIsoDate(own(header, 'periodTo'));
  if (periodEnd !== null) return input.data.kind === 'annual' ? periodEnd + 1 : periodEnd;
  return input.submittedAt ? new Date(input.submittedAt).getUTCFullYear() || null : null;
}

function versionLine(input: ReportDocumentInput): string {
  const { language, versionNumber, submittedAt } = input;
  if (input.status === 'draft')
    return versionNumber === null
      ? say('draft', language)
      : `${say('correctionDraft', language)} ${versionNumber}`;
  const parts = [versionNumber === null ? null : `${say('version', language)} ${versionNumber}`];
  if (submittedAt) parts.push(`${say('submittedOn', language)} ${formatTimestamp(submittedAt, language)}`);
  if (input.status === 'published') parts.push(say('published', language));
  const line = parts.filter((part): part is string => part !== null).join(', ');
  return line.charAt(0).toUpperCase() + line.slice(1);
}

function periodLine(header: unknown, language: Language): string {
  const values = isRecord(header) ? header : {};
  const date = (key: string) => {
    const value = own(values, key);
    return typeof value === 'string' && value !== '' ? formatDate(value, language) : EMPTY;
  };
  return `${say('reportingPeriod', language)}${colon(language)}${date('periodFrom')} – ${date('periodTo')}`;
}

export function buildReportDocument(input: ReportDocumentInput): ReportDocumentModel {
  const { data, language, stateName } = input;
  const format = formatOf(data.version);
  if (!format) throw new Error(`unknown report format version: ${String(data.version)}`);
  const ownState = isRecord(data.header) ? own(data.header, 'state') : undefined;
  const context: ValueContext = {
    language,
    stateNameOf: (code) => input.stateNameOf?.(code) ?? (code === ownState ? stateName : code),
  };
  const header = sectionOf(format.header, data.header, context);
  const choices = coverChoicesOf(data, format);
  const year = reportYear(input);
  return {
    language,
    stateName,
    year,
    title: {
      convention: say('convention', language),
      report: say('article7Report', language),
      kind: say(data.kind === 'initial' ? 'initial' : 'annual', language),
      state: stateName,
      period: periodLine(data.header, language),
      version: versionLine(input),
    },
    watermark: input.status === 'draft' ? say('watermark', language) : null,
    footer: [say('footer', language), stateName, year].filter((part) => part !== null).join(' — '),
    page: { page: say('page', language), of: say('pageOf', language) },
    cover: coverOf(format, data, choices, header, language),
    header: {
      title: format.header.title[language],
      note: format.header.note?.[language] ?? null,
      content: header,
    },
    forms: format.forms.map((form) => documentForm(form, input, choices[form.id], context)),
    labels: {
      rowNumber: say('rowNumber', language),
      noEntries: say('noEntries', language),
    },
  };
}
