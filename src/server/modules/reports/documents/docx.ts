import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx';
import {
  buildReportDocument,
  type DocCover,
  type DocField,
  type DocForm,
  type DocSection,
  type DocTable,
  type ReportDocumentInput,
  type ReportDocumentModel,
} from './model.js';
import { LOCALES } from './values.js';

/** The report as a Word document laid out like the official forms: A4, one form per page. */

// Twentieths of a point: A4 with 2 cm margins.
const PAGE = { width: 11_906, height: 16_838, margin: 1_134 };
const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HEADER_FILL = 'D9D9D9';
const LABEL_FILL = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '808080' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
// Half-points.
const TABLE_TEXT = 16;
// Word has no ☒/☐ in its default fonts; this one is on every Windows and macOS installation.
const SYMBOL_FONT = 'Segoe UI Symbol';

/** Multi-line text (long answers) as runs separated by line breaks. */
const runs = (text: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}) =>
  text.split('\n').map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : 0, ...options }));

const cell = (
  text: string,
  width: number,
  options: { fill?: string; bold?: boolean; right?: boolean; span?: number; size?: number } = {},
) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } } : {}),
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        alignment: options.right ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: runs(text, { bold: options.bold ?? false, size: options.size ?? TABLE_TEXT }),
      }),
    ],
  });

const table = (rows: TableRow[], columnWidths: number[]) =>
  new Table({
    rows,
    columnWidths,
    width: { size: CONTENT_WIDTH, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
  });

/** Label / value pairs as a two-column form table, labels shaded as on the paper forms. */
function fieldsTable(fields: DocField[]): Table {
  const widths = [Math.round(CONTENT_WIDTH * 0.38), CONTENT_WIDTH - Math.round(CONTENT_WIDTH * 0.38)];
  return table(
    fields.map(
      (field) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(field.label, widths[0] ?? 0, { fill: LABEL_FILL, bold: true }),
            cell(field.value, widths[1] ?? 0),
          ],
        }),
    ),
    widths,
  );
}

/** Column widths that give numbers less room than text, the row number least. */
function columnWidths(docTable: DocTable): number[] {
  const numberWidth = 500;
  const weights = docTable.columns.map((column) => (column.numeric ? 1 : 1.5));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  return [
    numberWidth,
    ...weights.map((weight) => Math.floor(((CONTENT_WIDTH - numberWidth) * weight) / total)),
  ];
}

function dataTable(docTable: DocTable, model: ReportDocumentModel): (Paragraph | Table)[] {
  const widths = columnWidths(docTable);
  const width = (index: number) => widths[index] ?? 0;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [model.labels.rowNumber, ...docTable.columns.map((c) => c.label)].map((label, index) =>
      cell(label, width(index), { fill: HEADER_FILL, bold: true }),
    ),
  });
  const rows = docTable.rows.map(
    (values, rowIndex) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(String(rowIndex + 1), width(0), { right: true }),
          ...values.map((value, index) =>
            cell(value, width(index + 1), { right: docTable.columns[index]?.numeric ?? false }),
          ),
        ],
      }),
  );
  if (rows.length === 0)
    rows.push(
      new TableRow({
        children: [cell(model.labels.noEntries, CONTENT_WIDTH, { span: docTable.columns.length + 1 })],
      }),
    );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, text: docTable.title }),
    table([headerRow, ...rows], widths),
  ];
}

function section(content: DocSection, model: ReportDocumentModel): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [];
  if (content.fields.length > 0) blocks.push(fieldsTable(content.fields));
  for (const docTable of content.tables) blocks.push(...dataTable(docTable, model));
  return blocks;
}

const centered = (text: string, size: number, bold = false) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 160 },
    children: runs(text, { size, bold }),
  });

function titleBlock(model: ReportDocumentModel): Paragraph[] {
  const { title } = model;
  return [
    centered(title.convention, 28, true),
    centered(title.report, 32, true),
    centered(title.kind, 24),
    centered(title.state, 36, true),
    centered(title.period, 22),
    centered(title.version, 20),
  ];
}

function coverPage(cover: DocCover): (Paragraph | Table)[] {
  const formWidth = Math.round(CONTENT_WIDTH * 0.46);
  const choiceWidth = Math.floor((CONTENT_WIDTH - formWidth) / 3);
  const widths = [formWidth, choiceWidth, choiceWidth, choiceWidth];
  const headerRow = new TableRow({
    tableHeader: true,
    children: cover.headings.map((heading, index) =>
      cell(heading, widths[index] ?? 0, { fill: HEADER_FILL, bold: true }),
    ),
  });
  const rows = cover.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.form, formWidth),
          ...row.ticks.map(
            (tick) =>
              new TableCell({
                width: { size: choiceWidth, type: WidthType.DXA },
                ...(tick.offered
                  ? {}
                  : { shading: { type: ShadingType.CLEAR, color: 'auto', fill: LABEL_FILL } }),
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [
                      new TextRun({ text: tick.symbol, font: SYMBOL_FONT, size: 22 }),
                      new TextRun({ text: tick.year === null ? '' : ` ${tick.year}`, size: TABLE_TEXT }),
                    ],
                  }),
                ],
              }),
          ),
        ],
      }),
  );
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: cover.title }),
    fieldsTable(cover.fields),
    new Paragraph({ text: '' }),
    table([headerRow, ...rows], widths),
    ...cover.notes.map(
      (note, index) =>
        new Paragraph({
          spacing: { before: 80 },
          children: runs(`${index + 1}. ${note}`, { size: 16, italics: true }),
        }),
    ),
  ];
}

function form(docForm: DocForm, model: ReportDocumentModel): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: docForm.heading }),
    new Paragraph({ spacing: { after: 120 }, children: runs(docForm.basis, { size: 18, italics: true }) }),
  ];
  if (docForm.status)
    blocks.push(new Paragraph({ spacing: { after: 120 }, children: runs(docForm.status, { bold: true }) }));
  if (docForm.previous && docForm.previousIntro) {
    blocks.push(new Paragraph({ children: runs(docForm.previousIntro, { italics: true }) }));
    blocks.push(...section(docForm.previous, model));
  }
  if (docForm.content) blocks.push(...section(docForm.content, model));
  return blocks;
}

function footer(model: ReportDocumentModel): Footer {
  return new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: CONTENT_WIDTH }],
        children: [
          new TextRun({ text: model.footer, size: 16 }),
          new TextRun({
            size: 16,
            children: [
              new Tab(),
              `${model.page.page} `,
              PageNumber.CURRENT,
              ` ${model.page.of} `,
              PageNumber.TOTAL_PAGES,
            ],
          }),
        ],
      }),
    ],
  });
}

/** Drafts carry the word across the top of every page, where Word shows a header. */
const watermarkHeader = (text: string) =>
  new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text, bold: true, size: 40, color: 'C0C0C0' })],
      }),
    ],
  });

export function renderModelDocx(model: ReportDocumentModel): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [...titleBlock(model)];
  if (model.cover) children.push(...coverPage(model.cover));
  children.push(
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, text: model.header.title }),
    ...section(model.header.content, model),
  );
  if (model.header.note)
    children.push(new Paragraph({ children: runs(model.header.note, { size: 16, italics: true }) }));
  for (const docForm of model.forms) children.push(...form(docForm, model));
  const document = new Document({
    creator: 'CCM Implementation Support Unit',
    title: `${model.title.report} — ${model.stateName}${model.year === null ? '' : ` — ${model.year}`}`,
    // The language tag lets Word spell-check French and Spanish reports as such.
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 20, language: { value: LOCALES[model.language] } } },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        ...(model.watermark ? { headers: { default: watermarkHeader(model.watermark) } } : {}),
        footers: { default: footer(model) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

export const renderReportDocx = (input: ReportDocumentInput): Promise<Buffer> =>
  renderModelDocx(buildReportDocument(input));
