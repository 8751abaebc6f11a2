import { createRequire } from 'node:module';
import type { Content, ContextPageSize, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import {
  buildReportDocument,
  type DocCover,
  type DocField,
  type DocForm,
  type DocSection,
  type DocTable,
  type DocTick,
  type ReportDocumentInput,
  type ReportDocumentModel,
} from './model.js';

/** The report as a PDF laid out like the official forms: A4, one form per page, header rows repeated. */

const require = createRequire(import.meta.url);
// Roboto ships with pdfmake and covers French and Spanish accents and "²"; read from the package.
const ROBOTO = {
  normal: require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'),
  bold: require.resolve('pdfmake/fonts/Roboto/Roboto-Medium.ttf'),
  italics: require.resolve('pdfmake/fonts/Roboto/Roboto-Italic.ttf'),
  bolditalics: require.resolve('pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf'),
};
const FONT_FILES = new Set(Object.values(ROBOTO));

const MARGIN = 50;
const HEADER_FILL = '#d9d9d9';
const LABEL_FILL = '#f2f2f2';

const layout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#808080',
  vLineColor: () => '#808080',
  paddingLeft: () => 4,
  paddingRight: () => 4,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function fieldsTable(fields: DocField[]): Content {
  return {
    table: {
      widths: ['38%', '*'],
      dontBreakRows: true,
      body: fields.map((field) => [
        { text: field.label, bold: true, fillColor: LABEL_FILL },
        { text: field.value },
      ]),
    },
    layout,
    fontSize: 8.5,
    margin: [0, 0, 0, 8],
  };
}

function dataTable(docTable: DocTable, model: ReportDocumentModel): Content[] {
  const width = docTable.columns.length + 1;
  const header: TableCell[] = [model.labels.rowNumber, ...docTable.columns.map((c) => c.label)].map(
    (label) => ({ text: label, bold: true, fillColor: HEADER_FILL }),
  );
  const rows: TableCell[][] = docTable.rows.map((values, index) => [
    { text: String(index + 1), alignment: 'right' },
    ...values.map(
      (value, column): TableCell => ({
        text: value,
        alignment: docTable.columns[column]?.numeric ? 'right' : 'left',
      }),
    ),
  ]);
  if (rows.length === 0)
    rows.push([
      { text: model.labels.noEntries, colSpan: width, italics: true },
      ...Array.from({ length: width - 1 }, () => ({})),
    ]);
  return [
    { text: docTable.title, bold: true, fontSize: 10, margin: [0, 6, 0, 4], headlineLevel: 3 },
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: [18, ...docTable.columns.map(() => '*')],
        body: [header, ...rows],
      },
      layout,
      fontSize: docTable.columns.length > 6 ? 7 : 8,
      margin: [0, 0, 0, 8],
    },
  ];
}

function section(content: DocSection, model: ReportDocumentModel): Content[] {
  const blocks: Content[] = [];
  if (content.fields.length > 0) blocks.push(fieldsTable(content.fields));
  for (const docTable of content.tables) blocks.push(...dataTable(docTable, model));
  return blocks;
}

function titleBlock(model: ReportDocumentModel): Content {
  const { title } = model;
  return {
    stack: [
      { text: title.convention, fontSize: 14, bold: true },
      { text: title.report, fontSize: 16, bold: true },
      { text: title.kind, fontSize: 12 },
      { text: title.state, fontSize: 20, bold: true, margin: [0, 12, 0, 12] },
      { text: title.period, fontSize: 11 },
      { text: title.version, fontSize: 10 },
    ],
    alignment: 'center',
    lineHeight: 1.4,
    margin: [0, 160, 0, 0],
  };
}

/** A drawn box, since Roboto has no ☒/☐ glyphs. */
function tickCell(tick: DocTick): TableCell {
  if (!tick.offered) return { text: '', fillColor: LABEL_FILL };
  const box = { type: 'rect' as const, x: 0, y: 0, w: 9, h: 9, lineWidth: 0.8 };
  const cross = tick.ticked
    ? [
        { type: 'line' as const, x1: 1.5, y1: 1.5, x2: 7.5, y2: 7.5, lineWidth: 1 },
        { type: 'line' as const, x1: 7.5, y1: 1.5, x2: 1.5, y2: 7.5, lineWidth: 1 },
      ]
    : [];
  return {
    columns: [
      { width: 12, canvas: [box, ...cross] },
      { width: '*', text: tick.year === null ? '' : String(tick.year) },
    ],
  };
}

function coverPage(cover: DocCover): Content[] {
  return [
    { text: cover.title, style: 'h1', pageBreak: 'before' },
    fieldsTable(cover.fields),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: ['46%', '*', '*', '*'],
        body: [
          cover.headings.map((heading) => ({ text: heading, bold: true, fillColor: HEADER_FILL })),
          ...cover.rows.map((row) => [{ text: row.form }, ...row.ticks.map(tickCell)]),
        ],
      },
      layout,
      fontSize: 8.5,
      margin: [0, 0, 0, 8],
    },
    {
      ol: cover.notes,
      fontSize: 8,
      italics: true,
    },
  ];
}

function form(docForm: DocForm, model: ReportDocumentModel): Content[] {
  const blocks: Content[] = [
    { text: docForm.heading, style: 'h1', pageBreak: 'before' },
    { text: docForm.basis, italics: true, fontSize: 9, margin: [0, 0, 0, 6] },
  ];
  if (docForm.status) blocks.push({ text: docForm.status, bold: true, margin: [0, 0, 0, 6] });
  if (docForm.previous && docForm.previousIntro) {
    blocks.push({ text: docForm.previousIntro, italics: true, margin: [0, 0, 0, 4] });
    blocks.push(...section(docForm.previous, model));
  }
  if (docForm.content) blocks.push(...section(docForm.content, model));
  return blocks;
}

export function reportPdfDefinition(model: ReportDocumentModel): TDocumentDefinitions {
  const content: Content[] = [titleBlock(model)];
  if (model.cover) content.push(...coverPage(model.cover));
  content.push({ text: model.header.title, style: 'h1', pageBreak: 'before' });
  content.push(...section(model.header.content, model));
  if (model.header.note) content.push({ text: model.header.note, italics: true, fontSize: 8 });
  for (const docForm of model.forms) content.push(...form(docForm, model));
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, MARGIN],
    info: {
      title: `${model.title.report} — ${model.stateName}${model.year === null ? '' : ` — ${model.year}`}`,
      creator: 'CCM Implementation Support Unit',
    },
    language: model.language,
    defaultStyle: { font: 'Roboto', fontSize: 9.5 },
    styles: { h1: { fontSize: 14, bold: true, margin: [0, 0, 0, 6] } },
    ...(model.watermark ? { watermark: { text: model.watermark, opacity: 0.12, bold: true } } : {}),
    footer: (currentPage: number, pageCount: number, _size: ContextPageSize): Content => ({
      columns: [
        { text: model.footer },
        {
          text: `${model.page.page} ${currentPage} ${model.page.of} ${pageCount}`,
          alignment: 'right',
          width: 'auto',
        },
      ],
      fontSize: 8,
      margin: [MARGIN, 16, MARGIN, 0],
    }),
    // A table's title is never left alone at the bottom of a page.
    pageBreakBefore: (node, queries) =>
      node.headlineLevel === 3 && queries.getFollowingNodesOnPage().length === 0,
    content,
  };
}

export async function renderModelPdf(model: ReportDocumentModel): Promise<Buffer> {
  const { default: pdfMake } = await import('pdfmake');
  // The pdfmake module is one shared instance: set what this document needs before each use.
  pdfMake.setFonts({ Roboto: ROBOTO });
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((path) => FONT_FILES.has(path));
  return pdfMake.createPdf(reportPdfDefinition(model)).getBuffer();
}

export const renderReportPdf = (input: ReportDocumentInput): Promise<Buffer> =>
  renderModelPdf(buildReportDocument(input));
