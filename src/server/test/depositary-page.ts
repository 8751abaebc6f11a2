import fs from 'node:fs';
import path from 'node:path';

/**
 * The UNTC status page of the Convention saved on 3 February 2026 (reference/), and edits of it
 * as the Depositary would make them, for the Depositary import tests (server and e2e).
 */
const snapshotPath = path.resolve(
  import.meta.dirname,
  '../../../reference/untc-XXVI-6-status-2026-02-03.html',
);

export const depositarySnapshot = (): string => fs.readFileSync(snapshotPath, 'utf8');

const tableEnd = (html: string) => {
  const start = html.indexOf('_tblgrid"');
  const end = html.indexOf('</table>', start);
  if (start < 0 || end < 0) throw new Error('no participants table in the page');
  return end;
};

/** Adds a participant row at the end of the table; empty strings leave a cell blank. */
export function addParticipantRow(
  html: string,
  row: { name: string; signature?: string; provisional?: string; deposit?: string },
): string {
  const cell = (text = '') => `\t\t<td>${text ? `${text}<br>` : '&nbsp;'}</td>\n`;
  const tr = `\t<tr class="trBWhite">\n\t\t<td>${row.name}<br></td>\n${cell(row.signature)}${cell(row.provisional)}${cell(row.deposit)}\t</tr>\n`;
  const at = tableEnd(html);
  return html.slice(0, at) + tr + html.slice(at);
}

const columns = { signature: 1, provisional: 2, deposit: 3 } as const;

/** Sets one cell of a participant's row ("16 Feb 2010 a", "" for blank), as the Depositary would. */
export function setParticipantCell(
  html: string,
  name: string,
  column: keyof typeof columns,
  text: string,
): string {
  const start = html.indexOf(`<td>${name}`);
  if (start < 0) throw new Error(`no row for ${name}`);
  const end = html.indexOf('</tr>', start);
  let index = 0;
  const row = html
    .slice(start, end)
    .replace(/<td>[\s\S]*?<\/td>/g, (cell) =>
      index++ === columns[column] ? `<td>${text ? `${text}<br>` : '&nbsp;'}</td>` : cell,
    );
  return html.slice(0, start) + row + html.slice(end);
}

/** The same page as the status page of another treaty (the Ottawa Convention's title). */
export function asForeignTreaty(html: string): string {
  return html.replace(
    /(tcTreaty"[^>]*>[\s\S]*?)Convention on Cluster Munitions/,
    '$1Convention on the Prohibition of the Use, Stockpiling, Production and Transfer of Anti-Personnel Mines and on their Destruction',
  );
}
