// Every module's tables, for Drizzle's relational queries and for drizzle-kit.
export * from '../mail/tables.js';
export * from '../modules/audit/tables.js';
export * from '../modules/meetings/tables.js';
export * from '../modules/obligations/tables.js';
export * from '../modules/outreach/tables.js';
export * from '../modules/reports/tables.js';
export * from '../modules/states/tables.js';
export * from '../modules/users/tables.js';
