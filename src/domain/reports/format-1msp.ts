import { coverPage1msp, header1msp } from './1msp/cover-header.js';
import { formA, formB, formC } from './1msp/forms-a-c.js';
import { formD, formE, formF } from './1msp/forms-d-f.js';
import { formG, formH, formI, formJ } from './1msp/forms-g-j.js';
import { l } from './format-build.js';
import type { ReportFormat } from './format-types.js';

/**
 * The first reporting format: cover page, header and Forms A–J adopted and recommended by the
 * First Meeting of States Parties (Vientiane, November 2010) as contained in CCM/MSP/2010/WP.4.
 * Titles and the cover page follow the draft CCM/MSP/2010/PM/10; the columns of Forms B–J were
 * not retrieved and are derived from the items of Art. 7(1) and Art. 3(8) they answer
 * (see /work/shared/domain/article7-forms.md).
 */
export const format1msp: ReportFormat = {
  version: '1MSP',
  title: l(
    'Reporting formats for Article 7 of the Convention on Cluster Munitions',
    "Formulaires de rapport au titre de l'article 7 de la Convention sur les armes à sous-munitions",
    'Formularios de presentación de informes en virtud del artículo 7 de la Convención sobre Municiones en Racimo',
  ),
  adoptedAt: 'First Meeting of States Parties, Vientiane, November 2010',
  document: 'CCM/MSP/2010/WP.4',
  coverPage: coverPage1msp,
  header: header1msp,
  forms: [formA, formB, formC, formD, formE, formF, formG, formH, formI, formJ],
  totals: [
    {
      id: 'stockpileMunitions',
      label: l(
        'Cluster munitions stockpiled at the end of the period',
        'Armes à sous-munitions stockées à la fin de la période',
        'Municiones en racimo almacenadas al final del período',
      ),
      form: 'B',
      table: 'stockpile',
      column: 'munitionsAtEnd',
    },
    {
      id: 'stockpileSubmunitions',
      label: l(
        'Explosive submunitions stockpiled at the end of the period',
        'Sous-munitions explosives stockées à la fin de la période',
        'Submuniciones explosivas almacenadas al final del período',
      ),
      form: 'B',
      table: 'stockpile',
      column: 'submunitionsAtEnd',
    },
    {
      id: 'retainedMunitions',
      label: l(
        'Cluster munitions retained under Art. 3(6)',
        "Armes à sous-munitions conservées au titre de l'article 3, paragraphe 6",
        'Municiones en racimo retenidas con arreglo al artículo 3, párrafo 6',
      ),
      form: 'D',
      table: 'retained',
      column: 'munitions',
    },
    {
      id: 'retainedSubmunitions',
      label: l(
        'Explosive submunitions retained under Art. 3(6)',
        "Sous-munitions explosives conservées au titre de l'article 3, paragraphe 6",
        'Submuniciones explosivas retenidas con arreglo al artículo 3, párrafo 6',
      ),
      form: 'D',
      table: 'retained',
      column: 'submunitions',
    },
    {
      id: 'contaminatedArea',
      label: l(
        'Cluster munition contaminated area (m²)',
        'Superficie contaminée par les armes à sous-munitions (m²)',
        'Superficie contaminada por municiones en racimo (m²)',
      ),
      form: 'F',
      table: 'contaminatedAreas',
      column: 'areaSqm',
    },
  ],
};
