import { Readable } from 'node:stream';
import { stringify } from 'csv-stringify';
import type { FastifyReply } from 'fastify';

export type Column<T> = { header: string; value: (row: T) => unknown };

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
          return value !== null && typeof value === 'object' ? JSON.stringify(value) : value;
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
