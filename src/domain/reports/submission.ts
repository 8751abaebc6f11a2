import type { ReportData } from './report-data.js';

/**
 * A draft as it will be submitted, so the checks the focal point sees while typing are the ones
 * submission applies: the header names the report's own State, and an empty date of submission is
 * the day of submission. Shared by the editor (checks in the browser) and the server.
 */
export function asSubmitted(data: ReportData, iso3: string, today: string): ReportData {
  const date = data.header.submissionDate;
  const submissionDate = date === undefined || date === null || date === '' ? today : date;
  return { ...data, header: { ...data.header, state: iso3, submissionDate } };
}
