/** Limits shared by the server and the web app, so both refuse the same things. */
export const limits = {
  /** Largest JSON body the API accepts; uploads have their own limit. */
  jsonBodyBytes: 1024 * 1024,
  /** An Article 7 report saved or submitted whole: tables of hundreds of rows (areas, stockpiles). */
  reportBodyBytes: 5 * 1024 * 1024,
  /** Largest uploaded document (a scanned extension request or report). */
  uploadBytes: 20 * 1024 * 1024,
  /** Largest page a list endpoint returns. */
  maxPageSize: 200,
  defaultPageSize: 50,
  /** No request may hold a database connection longer than this. */
  statementTimeoutMs: 15_000,
} as const;
