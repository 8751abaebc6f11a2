import { describe, expect, it } from 'vitest';
import {
  clearanceReport2023,
  initialReport,
  stockpileReport2023,
} from '../../../../domain/reports/examples.js';
import { reportDataColumns, reportDataRows } from './index.js';

describe('the data of a report as rows', () => {
  it('gives one row per value of the stockpile example, in the order of the format', () => {
    const rows = reportDataRows(stockpileReport2023);
    // Cover: 10 choices and 2 years; header: 4 fields and 3 contact values (fax is null);
    // A: 6; B: 4 fields, 6 + 5 stockpile values, 5 + 5 destroyed; C: 6; D: 5 retained, 6 movements; I: 5.
    expect(rows).toHaveLength(12 + 7 + 6 + 25 + 6 + 11 + 5);
    expect(rows.map((r) => r.path).slice(0, 3)).toEqual(['cover.A', 'cover.A.year', 'cover.B']);
    expect(new Set(rows.map((r) => r.path)).size).toBe(rows.length);
    expect(rows.find((r) => r.path === 'B.stockpile[1].munitionsAtEnd')).toEqual({
      section: 'B',
      sectionTitle: 'Form B — Stockpiles and destruction',
      label: 'Cluster munitions under jurisdiction or control (Art. 3(1)), by type (Art. 7(1)(b))',
      rowNumber: 2,
      column: 'Cluster munitions at the end of the period',
      path: 'B.stockpile[1].munitionsAtEnd',
      value: 190,
      text: '190',
    });
    expect(rows.find((r) => r.path === 'B.stockpile[1].lotNumbers')).toBeUndefined();
    expect(rows.find((r) => r.path === 'C.types[0].producedBeforeEif')).toMatchObject({
      value: false,
      text: 'No',
    });
    expect(rows.find((r) => r.path === 'cover.C.year')).toMatchObject({ section: 'cover', value: 2012 });
    expect(rows.find((r) => r.path === 'header.state')).toMatchObject({
      rowNumber: null,
      column: null,
      label: 'State Party',
      value: 'ZZA',
    });
  });

  it('labels the clearance example in French, with raw values kept raw', () => {
    const rows = reportDataRows(clearanceReport2023, 'fr', {
      stateNameOf: (code) => (code === 'ZZB' ? 'Bélandie' : code),
    });
    // Cover 11; header 4 + 2; F: 1 field, 6 + 3 area values, 3 + 2 cleared, 4 destroyed; G: 1 + 6; H: 2 + 4 + 3; I: 4.
    expect(rows).toHaveLength(11 + 6 + 19 + 7 + 9 + 4);
    expect(rows.find((r) => r.path === 'F.contaminatedAreas[0].areaSqm')).toMatchObject({
      sectionTitle: 'Formulaire F — Zones contaminées et dépollution',
      column: 'Superficie (m²)',
      value: 12_500_000,
      text: '12\u00a0500\u00a0000\u00a0m²',
    });
    expect(rows.find((r) => r.path === 'cover.A')).toMatchObject({
      value: 'unchanged_since',
      text: 'Inchangé (dernier rapport : année)',
    });
    expect(rows.find((r) => r.path === 'header.state')).toMatchObject({ value: 'ZZB', text: 'Bélandie' });
  });

  it('lists only the cover entries and values an initial report gives', () => {
    const rows = reportDataRows(initialReport, 'es');
    expect(rows.filter((r) => r.section === 'cover')).toHaveLength(8);
    expect(rows.filter((r) => r.section === 'A').map((r) => r.path)).toEqual([
      'A.measures[0].kind',
      'A.measures[0].instrument',
      'A.measures[0].adopted',
    ]);
  });

  it('heads the export columns in the chosen language and reads each row', () => {
    const columns = reportDataColumns('es');
    expect(columns.map((c) => c.header)).toEqual([
      'Sección',
      'Formulario o sección',
      'Campo o cuadro',
      'Fila',
      'Columna',
      'Ruta',
      'Valor',
      'Valor mostrado',
    ]);
    const [row] = reportDataRows(stockpileReport2023, 'es').filter(
      (r) => r.path === 'D.movements[0].purpose',
    );
    expect(row && columns.map((c) => c.value(row))).toEqual([
      'D',
      'Formulario D — Municiones en racimo retenidas y transferidas',
      'Retenciones, adquisiciones y transferencias durante el período (art. 3, párrs. 6 a 8)',
      1,
      'Finalidad',
      'D.movements[0].purpose',
      'development_training',
      'Desarrollo de técnicas de detección, limpieza o destrucción y capacitación en ellas (art. 3, párr. 6)',
    ]);
  });
});
