import { country, file, l, longText, number, option, select, table, text } from '../format-build.js';
import type { FormDef } from '../format-types.js';
import { allChoices, currencyColumn, locationColumn, sexAgeColumns } from './common.js';

/** Forms G–J of the 1MSP format (article7-forms.md §4). */

export const formG: FormDef = {
  id: 'G',
  article7Items: ['j'],
  basis: 'Art. 7(1)(j); Art. 4(2)(e)',
  title: l(
    'Warning to the population and risk education',
    'Avertissement à la population et éducation à la réduction des risques',
    'Advertencia a la población y educación para la reducción del riesgo',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [
    longText(
      'measures',
      l(
        'Risk reduction education measures taken',
        "Mesures d'éducation à la réduction des risques prises",
        'Medidas de educación para la reducción del riesgo adoptadas',
      ),
      { required: true },
    ),
    longText(
      'warnings',
      l(
        'Immediate and effective warning to civilians who live in cluster munition contaminated areas',
        'Avertissement immédiat et effectif à la population civile vivant dans les zones contaminées par les armes à sous-munitions',
        'Advertencia inmediata y eficaz a la población civil que vive en zonas contaminadas por municiones en racimo',
      ),
    ),
  ],
  tables: [
    table(
      'activities',
      l(
        'Risk education activities',
        "Activités d'éducation aux risques",
        'Actividades de educación sobre el riesgo',
      ),
      [
        locationColumn(false),
        text('activity', l('Activity', 'Activité', 'Actividad'), { required: true }),
        text('period', l('Period', 'Période', 'Período')),
        ...sexAgeColumns('reached'),
      ],
    ),
  ],
};

export const formH: FormDef = {
  id: 'H',
  article7Items: ['k'],
  basis: 'Art. 7(1)(k); Art. 5',
  title: l('Victim assistance', 'Assistance aux victimes', 'Asistencia a las víctimas'),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [
    longText(
      'implementationStatus',
      l(
        'Status and progress of the implementation of Article 5',
        "État et progrès de la mise en œuvre de l'article 5",
        'Estado y progreso de la aplicación del artículo 5',
      ),
      { required: true },
    ),
    text(
      'focalPoint',
      l(
        'Government focal point for victim assistance (Art. 5(2)(g))',
        "Point focal gouvernemental pour l'assistance aux victimes (art. 5, par. 2, al. g)",
        'Punto focal gubernamental para la asistencia a las víctimas (art. 5, párr. 2, apdo. g)',
      ),
    ),
    longText(
      'nationalPlan',
      l(
        'National plan and budget (Art. 5(2)(c))',
        'Plan et budget nationaux (art. 5, par. 2, al. c)',
        'Plan y presupuesto nacionales (art. 5, párr. 2, apdo. c)',
      ),
    ),
    longText('medicalCare', l('Medical care', 'Soins médicaux', 'Atención médica')),
    longText('rehabilitation', l('Rehabilitation', 'Réadaptation', 'Rehabilitación')),
    longText(
      'psychologicalSupport',
      l('Psychological support', 'Soutien psychologique', 'Apoyo psicológico'),
    ),
    longText(
      'inclusion',
      l('Social and economic inclusion', 'Insertion sociale et économique', 'Inclusión social y económica'),
    ),
    longText(
      'dataCollection',
      l(
        'Collection of reliable data on cluster munition victims',
        "Collecte de données fiables sur les victimes d'armes à sous-munitions",
        'Recopilación de datos fiables sobre las víctimas de municiones en racimo',
      ),
    ),
  ],
  tables: [
    table(
      'casualties',
      l(
        'Known cluster munition casualties, by sex and age (voluntary)',
        "Victimes d'armes à sous-munitions connues, par sexe et par âge (facultatif)",
        'Víctimas de municiones en racimo conocidas, por sexo y edad (voluntario)',
      ),
      [
        text('period', l('Period', 'Période', 'Período')),
        select(
          'outcome',
          l('Outcome', 'Issue', 'Resultado'),
          [
            option('killed', l('Killed', 'Tuées', 'Muertas')),
            option('injured', l('Injured', 'Blessées', 'Heridas')),
          ],
          { required: true },
        ),
        ...sexAgeColumns('victims'),
      ],
      {
        help: l(
          'Not required by Art. 7; the action plans ask for data disaggregated by sex and age.',
          "Non exigé par l'article 7 ; les plans d'action demandent des données ventilées par sexe et par âge.",
          'No lo exige el artículo 7; los planes de acción piden datos desglosados por sexo y edad.',
        ),
      },
    ),
  ],
};

const amountColumn = () => number('amount', l('Amount', 'Montant', 'Monto'), { min: 0 });

export const formI: FormDef = {
  id: 'I',
  article7Items: ['m', 'n'],
  basis: 'Art. 7(1)(m), (n); Art. 6',
  title: l(
    'National resources and international cooperation and assistance',
    'Ressources nationales et coopération et assistance internationales',
    'Recursos nacionales y cooperación y asistencia internacionales',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [],
  tables: [
    table(
      'nationalResources',
      l(
        'National resources allocated to Articles 3, 4 and 5 (Art. 7(1)(m))',
        'Ressources nationales allouées à la mise en œuvre des articles 3, 4 et 5 (art. 7, par. 1, al. m)',
        'Recursos nacionales asignados a la aplicación de los artículos 3, 4 y 5 (art. 7, párr. 1, apdo. m)',
      ),
      [
        select(
          'article',
          l('Article', 'Article', 'Artículo'),
          [
            option(
              '3',
              l(
                'Article 3: stockpile destruction',
                'Article 3 : destruction des stocks',
                'Artículo 3: destrucción de existencias',
              ),
            ),
            option(
              '4',
              l(
                'Article 4: clearance and risk reduction education',
                'Article 4 : dépollution et éducation à la réduction des risques',
                'Artículo 4: limpieza y educación para la reducción del riesgo',
              ),
            ),
            option(
              '5',
              l(
                'Article 5: victim assistance',
                'Article 5 : assistance aux victimes',
                'Artículo 5: asistencia a las víctimas',
              ),
            ),
          ],
          { required: true },
        ),
        select('resourceKind', l('Kind of resources', 'Nature des ressources', 'Tipo de recursos'), [
          option('financial', l('Financial', 'Financières', 'Financieros')),
          option('material', l('Material', 'Matérielles', 'Materiales')),
          option('in_kind', l('In kind', 'En nature', 'En especie')),
        ]),
        amountColumn(),
        currencyColumn(),
        longText('description', l('Description', 'Description', 'Descripción')),
      ],
    ),
    table(
      'assistanceProvided',
      l(
        'International cooperation and assistance provided under Article 6 (Art. 7(1)(n))',
        "Coopération et assistance internationales fournies au titre de l'article 6 (art. 7, par. 1, al. n)",
        'Cooperación y asistencia internacionales prestadas en virtud del artículo 6 (art. 7, párr. 1, apdo. n)',
      ),
      [
        text(
          'destination',
          l(
            'Destination (State, organization or fund)',
            'Destination (État, organisation ou fonds)',
            'Destino (Estado, organización o fondo)',
          ),
          { required: true },
        ),
        country('recipientState', l('Recipient State', 'État bénéficiaire', 'Estado receptor')),
        select('assistanceType', l('Type of assistance', "Type d'assistance", 'Tipo de asistencia'), [
          option(
            'clearance',
            l(
              'Clearance and destruction of cluster munition remnants',
              "Dépollution et destruction des restes d'armes à sous-munitions",
              'Limpieza y destrucción de restos de municiones en racimo',
            ),
          ),
          option(
            'risk_education',
            l(
              'Risk reduction education',
              'Éducation à la réduction des risques',
              'Educación para la reducción del riesgo',
            ),
          ),
          option(
            'stockpile_destruction',
            l('Stockpile destruction', 'Destruction des stocks', 'Destrucción de existencias'),
          ),
          option(
            'victim_assistance',
            l('Victim assistance', 'Assistance aux victimes', 'Asistencia a las víctimas'),
          ),
          option(
            'recovery',
            l(
              'Economic and social recovery',
              'Relèvement économique et social',
              'Recuperación económica y social',
            ),
          ),
          option('other', l('Other', 'Autre', 'Otro')),
        ]),
        amountColumn(),
        currencyColumn(),
        longText('description', l('Description', 'Description', 'Descripción')),
      ],
    ),
  ],
};

export const formJ: FormDef = {
  id: 'J',
  article7Items: [],
  basis: 'Voluntary',
  title: l('Other relevant matters', 'Autres questions pertinentes', 'Otros asuntos pertinentes'),
  requirement: 'voluntary',
  coverChoices: allChoices,
  fields: [
    longText('information', l('Information', 'Informations', 'Información'), { required: true }),
    file('attachments', l('Attachments', 'Pièces jointes', 'Anexos'), { multiple: true }),
  ],
  tables: [],
};
