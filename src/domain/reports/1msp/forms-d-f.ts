import { area, count, country, date, l, longText, option, select, table, text } from '../format-build.js';
import type { FormDef } from '../format-types.js';
import {
  allChoices,
  locationColumn,
  lotNumbersColumn,
  munitionsColumn,
  purposeOptions,
  submunitionsColumn,
  typeColumn,
} from './common.js';

/** Forms D–F of the 1MSP format (article7-forms.md §4). */

/** Values of D.movements.movement: the two that take cluster munitions out of the stockpile come first. */
export const stockpileMovements = ['retained_from_stockpile', 'transferred_from_stockpile'] as const;

export const formD: FormDef = {
  id: 'D',
  // Art. 3(8) report, filed in practice as Form D of the annual Art. 7 report; no Art. 7(1) item.
  article7Items: [],
  basis: 'Art. 3(6)–(8)',
  title: l(
    'Cluster munitions retained and transferred',
    'Armes à sous-munitions conservées et transférées',
    'Municiones en racimo retenidas y transferidas',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [],
  tables: [
    table(
      'retained',
      l(
        'Cluster munitions and explosive submunitions retained or acquired under Art. 3(6), held at the end of the period',
        "Armes à sous-munitions et sous-munitions explosives conservées ou acquises au titre de l'article 3, paragraphe 6, détenues à la fin de la période",
        'Municiones en racimo y submuniciones explosivas retenidas o adquiridas con arreglo al artículo 3, párrafo 6, en existencia al final del período',
      ),
      [
        typeColumn(),
        munitionsColumn(),
        submunitionsColumn(),
        lotNumbersColumn(),
        longText('plannedUse', l('Planned use', 'Utilisation prévue', 'Uso previsto')),
        longText(
          'actualUse',
          l(
            'Actual use during the period',
            'Utilisation effective pendant la période',
            'Uso efectivo durante el período',
          ),
        ),
      ],
    ),
    table(
      'movements',
      l(
        'Retentions, acquisitions and transfers during the period (Art. 3(6)–(8))',
        'Conservations, acquisitions et transferts pendant la période (art. 3, par. 6 à 8)',
        'Retenciones, adquisiciones y transferencias durante el período (art. 3, párrs. 6 a 8)',
      ),
      [
        date('date', l('Date', 'Date', 'Fecha')),
        select(
          'movement',
          l('Movement', 'Mouvement', 'Movimiento'),
          [
            option(
              'retained_from_stockpile',
              l(
                'Retained from the stockpile (Art. 3(6))',
                'Prélevé sur les stocks et conservé (art. 3, par. 6)',
                'Retenido de las existencias (art. 3, párr. 6)',
              ),
            ),
            option(
              'transferred_from_stockpile',
              l(
                'Transferred from the stockpile (Art. 3(7))',
                'Transféré à partir des stocks (art. 3, par. 7)',
                'Transferido de las existencias (art. 3, párr. 7)',
              ),
            ),
            option(
              'transferred_from_retained',
              l(
                'Transferred from retained holdings (Art. 3(7))',
                'Transféré à partir des quantités conservées (art. 3, par. 7)',
                'Transferido de las cantidades retenidas (art. 3, párr. 7)',
              ),
            ),
            option(
              'acquired',
              l('Acquired (Art. 3(6))', 'Acquis (art. 3, par. 6)', 'Adquirido (art. 3, párr. 6)'),
            ),
          ],
          { required: true },
        ),
        select('purpose', l('Purpose', 'Finalité', 'Finalidad'), purposeOptions, { required: true }),
        typeColumn(),
        munitionsColumn(),
        submunitionsColumn(),
        lotNumbersColumn(),
        country(
          'counterpart',
          l(
            'Receiving State Party (transfers) or State of origin (acquisitions)',
            "État partie destinataire (transferts) ou État d'origine (acquisitions)",
            'Estado Parte receptor (transferencias) o Estado de origen (adquisiciones)',
          ),
        ),
      ],
    ),
  ],
};

export const formE: FormDef = {
  id: 'E',
  article7Items: ['d'],
  basis: 'Art. 7(1)(d)',
  title: l(
    'Status of conversion programmes',
    'État des programmes de reconversion',
    'Estado de los programas de conversión',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [
    longText(
      'programmeStatus',
      l(
        'Status and progress of programmes for the conversion or decommissioning of production facilities',
        'État et progrès des programmes de reconversion ou de mise hors service des installations de production',
        'Estado y progreso de los programas de conversión o cierre definitivo de las instalaciones de producción',
      ),
      { required: true },
    ),
  ],
  tables: [
    table(
      'facilities',
      l('Production facilities', 'Installations de production', 'Instalaciones de producción'),
      [
        text('facility', l('Facility', 'Installation', 'Instalación'), { required: true }),
        locationColumn(false),
        select('action', l('Programme', 'Programme', 'Programa'), [
          option('conversion', l('Conversion', 'Reconversion', 'Conversión')),
          option('decommissioning', l('Decommissioning', 'Mise hors service', 'Cierre definitivo')),
        ]),
        select('status', l('Status', 'État', 'Estado'), [
          option('planned', l('Planned', 'Prévu', 'Previsto')),
          option('in_progress', l('In progress', 'En cours', 'En curso')),
          option('completed', l('Completed', 'Achevé', 'Finalizado')),
        ]),
        date('completionDate', l('Date completed', "Date d'achèvement", 'Fecha de finalización')),
      ],
    ),
  ],
};

export const remnantCategories = [
  option(
    'unexploded_submunition',
    l('Unexploded submunitions', 'Sous-munitions non explosées', 'Submuniciones sin estallar'),
  ),
  option(
    'failed_cluster_munition',
    l('Failed cluster munitions', 'Armes à sous-munitions ayant raté', 'Municiones en racimo fallidas'),
  ),
  option(
    'abandoned_cluster_munition',
    l(
      'Abandoned cluster munitions',
      'Armes à sous-munitions abandonnées',
      'Municiones en racimo abandonadas',
    ),
  ),
  option(
    'unexploded_bomblet',
    l('Unexploded bomblets', 'Petites bombes explosives non explosées', 'Bombetas explosivas sin estallar'),
  ),
];

export const formF: FormDef = {
  id: 'F',
  article7Items: ['h', 'i'],
  basis: 'Art. 7(1)(h), (i); Art. 4',
  title: l(
    'Contaminated areas and clearance',
    'Zones contaminées et dépollution',
    'Zonas contaminadas y limpieza',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [
    longText(
      'programmeStatus',
      l(
        'Status and progress of clearance and destruction programmes (Art. 7(1)(i))',
        'État et progrès des programmes de dépollution et de destruction (art. 7, par. 1, al. i)',
        'Estado y progreso de los programas de limpieza y destrucción (art. 7, párr. 1, apdo. i)',
      ),
      { required: true },
    ),
  ],
  tables: [
    table(
      'contaminatedAreas',
      l(
        'Cluster munition contaminated areas (Art. 7(1)(h))',
        'Zones contaminées par les armes à sous-munitions (art. 7, par. 1, al. h)',
        'Zonas contaminadas por municiones en racimo (art. 7, párr. 1, apdo. h)',
      ),
      [
        locationColumn(true),
        area('areaSqm', l('Size (m²)', 'Superficie (m²)', 'Superficie (m²)'), { required: true }),
        select('status', l('Status of the area', 'Statut de la zone', 'Situación de la zona'), [
          option('confirmed', l('Confirmed (known)', 'Confirmée (connue)', 'Confirmada (conocida)')),
          option('suspected', l('Suspected', 'Soupçonnée', 'Presunta')),
        ]),
        text(
          'remnantTypes',
          l(
            'Types of cluster munition remnants',
            "Types de restes d'armes à sous-munitions",
            'Tipos de restos de municiones en racimo',
          ),
        ),
        count(
          'remnantQuantity',
          l('Estimated quantity of remnants', 'Quantité estimée de restes', 'Cantidad estimada de restos'),
        ),
        text(
          'whenUsed',
          l(
            'When the cluster munitions were used',
            "Date d'emploi des armes à sous-munitions",
            'Fecha en que se emplearon las municiones en racimo',
          ),
        ),
      ],
      {
        help: l(
          'To the extent possible, one row per area known or suspected to contain cluster munition remnants at the start of the period or identified during it, in square metres.',
          "Dans la mesure du possible, une ligne par zone où la présence de restes d'armes à sous-munitions est avérée ou soupçonnée au début de la période ou établie pendant celle-ci, en mètres carrés.",
          'En la medida de lo posible, una fila por zona donde se sabe o se sospecha que hay restos de municiones en racimo al inicio del período o identificada durante este, en metros cuadrados.',
        ),
      },
    ),
    table(
      'clearedAreas',
      l(
        'Areas cleared during the period (Art. 7(1)(i))',
        'Zones dépolluées pendant la période (art. 7, par. 1, al. i)',
        'Zonas limpiadas durante el período (art. 7, párr. 1, apdo. i)',
      ),
      [
        locationColumn(true),
        area('areaSqm', l('Area cleared (m²)', 'Superficie dépolluée (m²)', 'Superficie limpiada (m²)'), {
          required: true,
        }),
        date('dateCompleted', l('Date completed', "Date d'achèvement", 'Fecha de finalización')),
      ],
    ),
    table(
      'remnantsDestroyed',
      l(
        'Cluster munition remnants cleared and destroyed, by type (Art. 7(1)(i))',
        "Restes d'armes à sous-munitions enlevés et détruits, par type (art. 7, par. 1, al. i)",
        'Restos de municiones en racimo limpiados y destruidos, por tipo (art. 7, párr. 1, apdo. i)',
      ),
      [
        locationColumn(false),
        select('category', l('Category', 'Catégorie', 'Categoría'), remnantCategories, { required: true }),
        text('remnantType', l('Type', 'Type', 'Tipo')),
        count('quantity', l('Quantity destroyed', 'Quantité détruite', 'Cantidad destruida'), {
          required: true,
        }),
      ],
    ),
  ],
};
