import type { FindingCode, FindingRule } from './kinds.js';

/**
 * One thing validation found: where (a path into the report's data), what kind, which rule, an
 * English message, and the values the message quotes so the web app can word it in any language.
 */
export type Finding = {
  path: string;
  code: FindingCode;
  rule: FindingRule;
  message: string;
  params?: Record<string, string | number>;
};

/** Errors block submission; warnings are shown to the State and the ISU but do not. */
export type ValidationResult = { errors: Finding[]; warnings: Finding[] };

export const emptyResult = (): ValidationResult => ({ errors: [], warnings: [] });

export const finding = (
  path: string,
  code: FindingCode,
  rule: FindingRule,
  message: string,
  params?: Finding['params'],
): Finding => (params ? { path, code, rule, message, params } : { path, code, rule, message });

/** 12345.5 → '12,345.5', as reports quote figures. */
export const formatNumber = (value: number): string =>
  value.toLocaleString('en-GB', { maximumFractionDigits: 2 });
