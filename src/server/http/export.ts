import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

export type Column<T> = { header: string; value: (row: T) => unknown };

/**
 * Text a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
 * written with a leading apostrophe, so a name or note typed by a user cannot become a formula in
 * the ISU's Excel (CSV injection). Numbers are left alone.
 */
export const spreadsheetSafe = (value: unknown): unknown =>
  typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;

/**
 * Streams rows as CSV (UTF-8 with a byte-order mark so Excel opens accents correctly).
 * Objects are written as JSON so nothing is lost.
 */
export function sendCsv<T>(
  reply: FastifyReply,
  filename: string,
  columns: Column<T>[],
  rows: AsyncIterable<T> | Iterable<T>,
) {
  const csv = stringify({ header: true, columns: columns.map((c) => c.header), bom: true });
  const source = Readable.from(
    (async function* () {
      for await (const row of rows) {
        yield columns.map((column) => {
          const value = column.value(row);
          return spreadsheetSafe(value !== null && typeof value === 'object' ? JSON.stringify(value) : value);
        });
      }
    })(),
  );
  source.on('error', (error) => csv.destroy(error));
  source.pipe(csv);
  return reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(csv);
}

/** The same table as an Excel workbook, with a bold, frozen header row and filters. */
export async function sendXlsx<T>(
  reply: FastifyReply,
  filename: string,
  sheetName: string,
  columns: Column<T>[],
  rows: Iterable<T>,
) {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'CCM Implementation Support Unit';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: Math.max(12, column.header.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        return spreadsheetSafe(
          value !== null && typeof value === 'object' ? JSON.stringify(value) : (value ?? null),
        );
      }),
    );
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  return reply
    .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .send(Buffer.from(buffer));
}
