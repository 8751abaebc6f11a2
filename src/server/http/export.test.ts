import { describe, expect, it } from 'vitest';
import { spreadsheetSafe } from './export.js';

describe('exports a spreadsheet opens safely', () => {
  it('writes text that would start a formula with a leading apostrophe', () => {
    for (const formula of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      expect(spreadsheetSafe(formula)).toBe(`'${formula}`);
  });

  it('leaves ordinary text, numbers, dates and empty values as they are', () => {
    for (const value of ['Lao PDR', 'C.N.347.2024.TREATIES-XXVI-6', '2024-04-30', '', -5, 0, 1.5, null])
      expect(spreadsheetSafe(value)).toBe(value);
  });
});
