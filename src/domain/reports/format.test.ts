import { describe, expect, it } from 'vitest';
import { format1msp } from './format-1msp.js';
import type { FieldDef, Labels, ReportFormat } from './format-types.js';
import {
  formatOf,
  isFormatVersion,
  latestFormat,
  latestVersion,
  reportFormats,
  sectionDef,
} from './formats.js';
import { article7Items, formatVersions, formIds, languages } from './kinds.js';
import { describePath, parsePath, pathLabels } from './labels.js';

/** Every Labels object anywhere in a format, with where it was found. */
function allLabels(value: unknown, at = 'format'): { at: string; labels: Labels }[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => allLabels(v, `${at}[${i}]`));
  if (typeof value !== 'object' || value === null) return [];
  const record = value as Record<string, unknown>;
  // Anything with one language key is a Labels object, and must then have all three.
  if (languages.some((lang) => lang in record)) return [{ at, labels: record as Labels }];
  return Object.entries(record).flatMap(([key, v]) => allLabels(v, `${at}.${key}`));
}

const sections = (format: ReportFormat) => [
  { id: 'header', ...format.header },
  ...format.forms.map((form) => ({ ...form })),
];

describe('the 1MSP format', () => {
  it('has Forms A to J in order, each once', () => {
    expect(format1msp.forms.map((f) => f.id)).toEqual([...formIds]);
  });

  it('covers every item (a)–(n) of Art. 7(1) with some form or the header', () => {
    const covered = new Set([
      ...format1msp.header.article7Items,
      ...format1msp.forms.flatMap((f) => f.article7Items),
    ]);
    expect(article7Items).toHaveLength(14);
    expect([...article7Items].filter((item) => !covered.has(item))).toEqual([]);
  });

  it('maps items to forms as article7-forms.md does', () => {
    const items = Object.fromEntries(format1msp.forms.map((f) => [f.id, f.article7Items.join('')]));
    expect(items).toEqual({
      A: 'a',
      B: 'befg',
      C: 'c',
      D: '',
      E: 'd',
      F: 'hi',
      G: 'j',
      H: 'k',
      I: 'mn',
      J: '',
    });
    expect(format1msp.header.article7Items).toEqual(['l']);
  });

  it('marks Forms A–I required and J voluntary; Form A cannot be "not applicable"', () => {
    expect(format1msp.forms.filter((f) => f.requirement === 'voluntary').map((f) => f.id)).toEqual(['J']);
    expect(format1msp.forms.find((f) => f.id === 'A')?.coverChoices).toEqual(['changed', 'unchanged_since']);
    for (const form of format1msp.forms.slice(1))
      expect(form.coverChoices).toEqual(['changed', 'unchanged_since', 'not_applicable']);
  });

  it('has a non-empty label in English, French and Spanish for everything it names', () => {
    const found = allLabels(format1msp);
    expect(found.length).toBeGreaterThan(200);
    for (const { at, labels } of found) {
      expect(Object.keys(labels).sort(), at).toEqual([...languages].sort());
      for (const lang of languages)
        expect(typeof labels[lang] === 'string' && labels[lang].trim(), `${at}.${lang}`).toBeTruthy();
    }
    // Every named thing has its label: forms, fields, tables, columns, options, totals.
    const named = [
      ...format1msp.forms.map((f) => f.title),
      ...sections(format1msp).flatMap((s) => [
        ...s.fields.map((f) => f.label),
        ...s.tables.flatMap((t) => [t.label, ...t.columns.map((c) => c.label)]),
        ...[...s.fields, ...s.tables.flatMap((t) => t.columns)].flatMap((f) =>
          f.type === 'select' ? f.options.map((o) => o.label) : [],
        ),
      ]),
      ...format1msp.totals.map((t) => t.label),
    ];
    const labelled = new Set(found.map((f) => f.labels));
    for (const labels of named) expect(labelled.has(labels)).toBe(true);
  });

  it('translates: French and Spanish differ from English except for words that are the same', () => {
    const same = new Set([
      'Description',
      'Fax',
      'Date',
      'Dimensions',
      'Article',
      'Programme',
      'Destruction',
      'Type',
      'Material',
    ]);
    for (const { at, labels } of allLabels(format1msp)) {
      if (labels.fr === labels.en)
        expect(same.has(labels.en), `${at}: "${labels.en}" untranslated in French`).toBe(true);
      if (labels.es === labels.en)
        expect(same.has(labels.en) || labels.en === 'Legal', `${at}: "${labels.en}" in Spanish`).toBe(true);
    }
  });

  it("uses the Convention's own vocabulary in French and Spanish", () => {
    const fr = allLabels(format1msp)
      .map(({ labels }) => labels.fr)
      .join('\n');
    const es = allLabels(format1msp)
      .map(({ labels }) => labels.es)
      .join('\n');
    expect(fr).toContain('armes à sous-munitions');
    expect(fr).toContain('sous-munitions explosives');
    expect(fr).toContain("restes d'armes à sous-munitions");
    expect(es).toContain('municiones en racimo');
    expect(es).toContain('submuniciones explosivas');
    expect(es).toContain('restos de municiones en racimo');
    expect(es).toContain('zonas contaminadas');
    for (const wrong of [/bombes? à sous-munitions/i, /munitions? en grappe/i, /munitions? à fragmentation/i])
      expect(fr).not.toMatch(wrong);
    for (const wrong of [/bombas? de racimo/i, /municiones de racimo/i]) expect(es).not.toMatch(wrong);
  });

  it('has unique ids: fields and tables within a section, columns within a table, option values', () => {
    for (const section of sections(format1msp)) {
      const ids = [...section.fields.map((f) => f.id), ...section.tables.map((t) => t.id)];
      expect(new Set(ids).size, section.id).toBe(ids.length);
      for (const table of section.tables) {
        const columns = table.columns.map((c) => c.id);
        expect(new Set(columns).size, `${section.id}.${table.id}`).toBe(columns.length);
        expect(table.columns.length).toBeGreaterThan(0);
      }
      const selects = [...section.fields, ...section.tables.flatMap((t) => t.columns)].filter(
        (f): f is Extract<FieldDef, { type: 'select' }> => f.type === 'select',
      );
      for (const field of selects) {
        const values = field.options.map((o) => o.value);
        expect(new Set(values).size, field.id).toBe(values.length);
      }
    }
  });

  it('uses identifiers that are safe in paths', () => {
    for (const section of sections(format1msp)) {
      for (const id of [
        ...section.fields.map((f) => f.id),
        ...section.tables.flatMap((t) => [t.id, ...t.columns.map((c) => c.id)]),
      ])
        expect(id).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
  });

  it('measures areas in square metres and counts munitions in whole numbers', () => {
    const f = format1msp.forms.find((form) => form.id === 'F');
    const areas = f?.tables.flatMap((t) => t.columns.filter((c) => c.id === 'areaSqm')) ?? [];
    expect(areas).toHaveLength(2);
    for (const column of areas) expect(column).toMatchObject({ type: 'number', unit: 'm²', min: 0 });
    const b = format1msp.forms.find((form) => form.id === 'B');
    for (const table of b?.tables ?? [])
      for (const column of table.columns.filter((c) => /munitions/i.test(c.id)))
        expect(column).toMatchObject({ type: 'number', integer: true, min: 0 });
  });

  it('gives the header the national points of contact of Art. 7(1)(l)', () => {
    expect(format1msp.header.fields.map((f) => [f.id, f.type, f.required])).toEqual([
      ['state', 'country', true],
      ['submissionDate', 'date', true],
      ['periodFrom', 'date', true],
      ['periodTo', 'date', true],
    ]);
    const contacts = format1msp.header.tables[0];
    expect(contacts?.minRows).toBe(1);
    expect(contacts?.columns.map((c) => c.id)).toEqual(['organization', 'telephone', 'fax', 'email']);
  });

  it('keeps cover page notes and repeats only header fields that exist', () => {
    expect(format1msp.coverPage.notes).toHaveLength(4);
    expect(format1msp.coverPage.usedFor).toEqual(['annual']);
    const headerIds = format1msp.header.fields.map((f) => f.id);
    for (const id of format1msp.coverPage.repeatsHeaderFields) expect(headerIds).toContain(id);
  });

  it('declares totals on numeric columns that exist, with unique ids', () => {
    expect(new Set(format1msp.totals.map((t) => t.id)).size).toBe(format1msp.totals.length);
    for (const total of format1msp.totals) {
      const column = sectionDef(format1msp, total.form)
        ?.tables.find((t) => t.id === total.table)
        ?.columns.find((c) => c.id === total.column);
      expect(column?.type, total.id).toBe('number');
    }
  });
});

describe('the registry of formats', () => {
  it('has one format per version, named by its version', () => {
    expect(Object.keys(reportFormats)).toEqual([...formatVersions]);
    for (const version of formatVersions) expect(reportFormats[version].version).toBe(version);
  });

  it('serves the latest format and finds formats by version', () => {
    expect(latestVersion).toBe('1MSP');
    expect(latestFormat).toBe(format1msp);
    expect(formatOf('1MSP')).toBe(format1msp);
    expect(formatOf('10MSP')).toBeUndefined();
    expect(formatOf(undefined)).toBeUndefined();
    expect(formatOf('__proto__')).toBeUndefined();
    expect(isFormatVersion('toString')).toBe(false);
  });
});

describe('labels of paths', () => {
  it('parses and names paths in each language', () => {
    expect(parsePath('B.stockpile[2].submunitionsAtEnd')).toEqual(['B', 'stockpile', 2, 'submunitionsAtEnd']);
    expect(describePath(format1msp, 'B.stockpile[2].submunitionsAtEnd')).toBe(
      'Form B: Stockpiles and destruction › Cluster munitions under jurisdiction or control (Art. 3(1)), by type (Art. 7(1)(b)) › row 3 › Explosive submunitions at the end of the period',
    );
    expect(pathLabels(format1msp, 'F.clearedAreas[0].areaSqm', 'fr')).toEqual([
      'Formulaire F: Zones contaminées et dépollution',
      'Zones dépolluées pendant la période (art. 7, par. 1, al. i)',
      'ligne 1',
      'Superficie dépolluée (m²)',
    ]);
    expect(pathLabels(format1msp, 'cover.B.year', 'es')).toEqual([
      'Portada',
      'Formulario B: Existencias y destrucción',
      'Año del último informe que proporcionó esta información',
    ]);
    expect(describePath(format1msp, 'header.contacts[0].email', 'fr')).toContain('Courriel');
    expect(describePath(format1msp, 'Z.unknown')).toBe('Z › unknown');
  });
});
