import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Language } from '../../../domain/reports/kinds.js';
import type { ReportAnalysis } from '../../../shared/contracts/report-analysis.js';
import { type SummaryWords, summaryWords } from './analysis-words.js';

/**
 * The analytical summary of a year as a Word document the ISU drops into a meeting document:
 * a heading and a short paragraph per article, then the table of the States' figures.
 */

type Summary = ReportAnalysis['summary'];
type Part = Exclude<keyof Summary, 'year' | 'reporting'>;

// Twentieths of a point: A4 with 2 cm margins.
const CONTENT_WIDTH = 11_906 - 2 * 1_134;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const EMPTY = '—';

/** Numbers as the language writes them: 1,234,567 / 1 234 567 / 1.234.567. */
export function numberFormatter(language: Language) {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  return (value: number | null) => (value === null ? EMPTY : format.format(value));
}

const cell = (text: string, width: number, options: { header?: boolean; right?: boolean } = {}) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, bold: options.header ?? false, size: 16 })],
      }),
    ],
  });

/** A table whose first column (the State) gets more room than the figures. */
function table(headers: string[], rows: string[][], numericFrom: number): Table {
  const first = Math.round(CONTENT_WIDTH * (headers.length > 3 ? 0.28 : 0.4));
  const rest = Math.floor((CONTENT_WIDTH - first) / Math.max(1, headers.length - 1));
  const widths = headers.map((_, i) => (i === 0 ? first : rest));
  const width = (i: number) => widths[i] ?? rest;
  return new Table({
    columnWidths: widths,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((h, i) => cell(h, width(i), { header: true, right: i >= numericFrom })),
      }),
      ...rows.map(
        (row) =>
          new TableRow({
            cantSplit: true,
            children: row.map((value, i) => cell(value, width(i), { right: i >= numericFrom })),
          }),
      ),
    ],
  });
}

const heading = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2, keepNext: true });
const paragraph = (text: string) => new Paragraph({ spacing: { after: 160 }, children: [new TextRun(text)] });

function reportingSection(summary: Summary, words: SummaryWords, n: ReturnType<typeof numberFormatter>) {
  const part = summary.reporting;
  const blocks: (Paragraph | Table)[] = [
    heading(words.headings.reporting),
    paragraph(words.paragraphs.reporting(part, n)),
  ];
  if (part.rows.length > 0) {
    const { columns: c } = words;
    blocks.push(
      table(
        [c.state ?? '', c.kind ?? '', c.submissionDate ?? '', c.period ?? ''],
        part.rows.map((r) => [
          r.stateName,
          words.kinds[r.kind],
          r.submissionDate ?? EMPTY,
          r.periodFrom && r.periodTo ? `${r.periodFrom} – ${r.periodTo}` : EMPTY,
        ]),
        4,
      ),
    );
  }
  return blocks;
}

function articleSection(
  summary: Summary,
  name: Part,
  words: SummaryWords,
  n: ReturnType<typeof numberFormatter>,
): (Paragraph | Table)[] {
  const part = summary[name];
  const paragraphOf = words.paragraphs[name] as (p: typeof part, fmt: typeof n) => string;
  const blocks: (Paragraph | Table)[] = [heading(words.headings[name])];
  if (part.rows.length === 0) return [...blocks, paragraph(words.none)];
  blocks.push(paragraph(paragraphOf(part, n)));
  const figures = Object.keys(part.totals);
  const show = (value: unknown) =>
    typeof value === 'number' ? n(value) : value === true ? words.yes : value === false ? words.no : EMPTY;
  blocks.push(
    table(
      [words.columns.state ?? '', ...figures.map((f) => words.columns[f] ?? f)],
      part.rows.map((row) => [
        row.stateName,
        ...figures.map((f) => show((row as Record<string, unknown>)[f])),
      ]),
      1,
    ),
  );
  return blocks;
}

/** State names in the document's language, rows in its alphabetical order. */
function localised(summary: Summary, language: Language, names: ReadonlyMap<string, string>): Summary {
  const rename = <R extends { iso3: string; stateName: string }>(rows: R[]) =>
    rows
      .map((row) => ({ ...row, stateName: names.get(row.iso3) ?? row.stateName }))
      .sort((a, b) => a.stateName.localeCompare(b.stateName, language));
  const part = <P extends { rows: { iso3: string; stateName: string }[] }>(p: P): P => ({
    ...p,
    rows: rename(p.rows),
  });
  return {
    ...summary,
    reporting: part(summary.reporting),
    stockpileDestruction: part(summary.stockpileDestruction),
    retention: part(summary.retention),
    clearance: part(summary.clearance),
    victimAssistance: part(summary.victimAssistance),
    cooperation: part(summary.cooperation),
  };
}

export async function summaryDocx(
  analysis: ReportAnalysis,
  language: Language,
  names: ReadonlyMap<string, string> = new Map(),
): Promise<Buffer> {
  const words = summaryWords[language];
  const n = numberFormatter(language);
  const summary = localised(analysis.summary, language, names);
  const parts: Part[] = ['stockpileDestruction', 'retention', 'clearance', 'victimAssistance', 'cooperation'];
  const document = new Document({
    creator: 'CCM Implementation Support Unit',
    title: words.title(summary.year),
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11_906, height: 16_838 },
            margin: { top: 1_134, bottom: 1_134, left: 1_134, right: 1_134 },
          },
        },
        children: [
          new Paragraph({ text: words.title(summary.year), heading: HeadingLevel.HEADING_1 }),
          paragraph(words.intro(summary.year)),
          ...reportingSection(summary, words, n),
          ...parts.flatMap((name) => articleSection(summary, name, words, n)),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
