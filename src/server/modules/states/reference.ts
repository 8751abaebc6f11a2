import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import countries from 'i18n-iso-countries';
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import type { TreatyEventType } from '../../../domain/treaty/status.js';
import { projectRoot } from '../../paths.js';

countries.registerLocale(fr);
countries.registerLocale(es);

const referenceDir = path.join(projectRoot, 'reference');
const readCsv = (file: string) =>
  parse(fs.readFileSync(path.join(referenceDir, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];

export const untcSource =
  'UN Treaty Collection, MTDSG XXVI-6, status as at 2026-02-03 (reference/states.csv)';

export type ReferenceState = {
  iso3: string;
  nameEn: string;
  nameFr: string;
  nameEs: string;
  region: string;
  ccmRegion: string;
};
export type ReferenceEvent = {
  iso3: string;
  type: TreatyEventType;
  date: string;
  effectiveDate: string | null;
  notification: string | null;
  detail: string | null;
  source: string;
};

const ccmRegionOf: Record<string, string> = {
  Africa: 'africa',
  Americas: 'americas',
  Asia: 'asia_pacific',
  Oceania: 'asia_pacific',
  Europe: 'europe',
};

/** The 197 States with English (UNTC), French and Spanish names and both regional groupings. */
export function referenceStates(): ReferenceState[] {
  const unNames = new Map(readCsv('un-names.csv').map((row) => [row.iso3, row]));
  const regionExceptions = new Map(readCsv('ccm-regions.csv').map((row) => [row.iso3, row.ccm_region]));
  return readCsv('states.csv').map((row) => {
    const iso3 = row.iso3 as string;
    const alpha2 = countries.alpha3ToAlpha2(iso3);
    const un = unNames.get(iso3);
    const nameEn = row.name as string;
    return {
      iso3,
      nameEn,
      nameFr: un?.name_fr ?? (alpha2 && countries.getName(alpha2, 'fr')) ?? nameEn,
      nameEs: un?.name_es ?? (alpha2 && countries.getName(alpha2, 'es')) ?? nameEn,
      region: row.region as string,
      ccmRegion: regionExceptions.get(iso3) ?? ccmRegionOf[row.region as string] ?? 'asia_pacific',
    };
  });
}

const cnSymbol = /C\.N\.\d+\.\d{4}\.TREATIES-[\w-]+/;
const declarationKinds = new Set([
  'territorial_declaration',
  'territorial_extension',
  'declaration_on_signature',
  'interpretative_declaration',
  'declaration',
]);

/** Treaty events from states.csv (signatures, deposits) and states-events.csv (the rest). */
export function referenceEvents(): ReferenceEvent[] {
  const events: ReferenceEvent[] = [];
  for (const row of readCsv('states.csv')) {
    const base = {
      iso3: row.iso3 as string,
      effectiveDate: null,
      notification: null,
      detail: null,
      source: untcSource,
    };
    if (row.signature_date) events.push({ ...base, type: 'signature', date: row.signature_date });
    if (row.deposit_date)
      events.push({ ...base, type: row.deposit_type as TreatyEventType, date: row.deposit_date });
  }
  const extra = readCsv('states-events.csv');
  const withdrawalEffective = new Map(
    extra.filter((r) => r.event === 'withdrawal_effective').map((r) => [r.iso3, r.date]),
  );
  for (const row of extra) {
    const base = {
      iso3: row.iso3 as string,
      date: row.date as string,
      detail: row.detail ?? null,
      source: row.source as string,
    };
    const notification = row.detail?.match(cnSymbol)?.[0] ?? null;
    if (row.event === 'provisional_application_art18') {
      events.push({ ...base, type: 'provisional_application', effectiveDate: null, notification });
    } else if (row.event === 'withdrawal_notification_deposited') {
      events.push({
        ...base,
        type: 'withdrawal',
        effectiveDate: withdrawalEffective.get(row.iso3 as string) ?? null,
        notification,
      });
    } else if (declarationKinds.has(row.event as string)) {
      events.push({
        ...base,
        type: 'declaration',
        effectiveDate: null,
        notification,
        detail: `${row.event}: ${row.detail}`,
      });
    }
    // withdrawal_effective is folded into the withdrawal; accession_deposited repeats states.csv.
  }
  return events;
}
