import { formatDate } from './format';

describe('formatDate', () => {
  it('writes calendar dates in the conventions of each interface language', () => {
    expect(formatDate('2008-05-30', 'en')).toBe('30 May 2008');
    expect(formatDate('2010-08-01', 'fr')).toBe('1 août 2010');
    expect(formatDate('2008-12-03', 'es')).toBe('3 de diciembre de 2008');
  });

  it('never shifts a date across midnight, whatever the time zone', () => {
    // 1 January is the day most likely to slip into the previous year under a negative offset.
    expect(formatDate('2011-01-01', 'en')).toBe('1 January 2011');
  });

  it('returns input that is not an ISO calendar date unchanged', () => {
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDate('2010-13-45', 'en')).toBe('2010-13-45');
  });
});
