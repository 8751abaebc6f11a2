// The endpoints `npm run bench` loads, one after the other. Modules add their public reads here.
//
//   name         label in the table and in results/latest.json
//   path         request path (GET)
//   connections  concurrent connections (default 50)
//   seconds      duration (default BENCH_SECONDS, else 5; --smoke uses 1)
//   minRatio     optional target: requests/s at least this fraction of /api/health/live's
//   maxP99Ms     optional target: 99th percentile latency at most this many milliseconds
//
// Targets are reported on every run; `--check` makes a missed one fail the run. The architecture's
// goal for cached public reads is `minRatio: 0.5`.

/** @typedef {{ name: string, path: string, connections?: number, seconds?: number, minRatio?: number, maxP99Ms?: number }} Endpoint */

/** The id bench-seed gives the report of a State and year (see src/server/cli/bench-seed.ts). */
const benchReportId = (iso3, year) =>
  `b0000000-0000-4000-8000-${Buffer.from(iso3, 'ascii').toString('hex')}${year.toString(16).padStart(6, '0')}`;

/** @type {Endpoint[]} The first one is the baseline every ratio is computed against. */
export const endpoints = [
  { name: 'live', path: '/api/health/live' },
  { name: 'ready', path: '/api/health/ready' },
  { name: 'home page', path: '/' },
  { name: 'openapi', path: '/api/openapi.json' },
  // States registry (issue 5): read models, at least half the baseline, p99 under 50 ms at 50 connections.
  { name: 'states (all 197)', path: '/api/v1/states', minRatio: 0.5, maxP99Ms: 50 },
  { name: 'universalization', path: '/api/v1/universalization', minRatio: 0.5, maxP99Ms: 50 },
  { name: 'state profile', path: '/api/v1/states/LAO', minRatio: 0.5, maxP99Ms: 50 },
  {
    name: 'states, filtered',
    path: '/api/v1/states?ccmRegion=africa&status=signatory',
    minRatio: 0.5,
    maxP99Ms: 50,
  },
  // Obligations (issue 6): computed for every State, cached; at least 0.3x the baseline, p99 under 100 ms.
  { name: 'obligations (all States)', path: '/api/v1/obligations', minRatio: 0.3, maxP99Ms: 100 },
  { name: 'state obligations', path: '/api/v1/states/LAO/obligations', minRatio: 0.3, maxP99Ms: 100 },
  // Article 7 reports (issue 7): the public list is a read model; at least 0.3x the baseline.
  // The list is paged (50 a page by default), as the reports page asks for it.
  { name: 'reports (published, page 1)', path: '/api/v1/reports', minRatio: 0.3, maxP99Ms: 100 },
  { name: 'reports of a year', path: '/api/v1/reports?year=2024&sort=state&order=asc', minRatio: 0.3 },
  // A State's profile asks for all of its reports in one page.
  { name: 'reports of a State', path: '/api/v1/reports?state=LAO&pageSize=200', minRatio: 0.3 },
  { name: 'report format', path: '/api/v1/report-formats/1MSP', minRatio: 0.5 },
  // On the data set bench-seed loads: 120 States × 15 years of published reports (2011–2025).
  {
    name: 'report page',
    path: `/api/v1/reports/${benchReportId('LAO', 2024)}`,
    connections: 10,
    maxP99Ms: 100,
  },
  { name: 'analytical summary', path: '/api/v1/reports/summary?year=2024', connections: 10, maxP99Ms: 200 },
  { name: 'reporting rates', path: '/api/v1/reports/rates', connections: 10, maxP99Ms: 200 },
  { name: 'open data: report figures', path: '/api/v1/open-data/reports', connections: 10 },
  {
    name: 'state obligations in the past',
    path: '/api/v1/states/BGR/obligations?asOf=2020-06-01',
    connections: 10,
    maxP99Ms: 100,
  },
];
