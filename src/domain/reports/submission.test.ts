import { describe, expect, it } from 'vitest';
import { stockpileReport2023 } from './examples.js';
import { asSubmitted } from './submission.js';

describe('a draft as submitted', () => {
  it('names the report’s own State whatever the header says', () => {
    const data = { ...stockpileReport2023, header: { ...stockpileReport2023.header, state: 'ZZB' } };
    expect(asSubmitted(data, 'ZZA', '2024-05-01').header.state).toBe('ZZA');
  });

  it('dates an undated report on the day of submission, and keeps a given date', () => {
    const { submissionDate: _given, ...undated } = stockpileReport2023.header;
    for (const header of [undated, { ...undated, submissionDate: null }, { ...undated, submissionDate: '' }])
      expect(asSubmitted({ ...stockpileReport2023, header }, 'ZZA', '2024-05-01').header.submissionDate).toBe(
        '2024-05-01',
      );
    expect(asSubmitted(stockpileReport2023, 'ZZA', '2024-05-01').header.submissionDate).toBe('2024-04-28');
  });

  it('leaves the draft itself unchanged', () => {
    const before = JSON.stringify(stockpileReport2023);
    asSubmitted(stockpileReport2023, 'ZZB', '2024-05-01');
    expect(JSON.stringify(stockpileReport2023)).toBe(before);
  });
});
