import { count, l, option, text } from '../format-build.js';
import type { CoverChoice } from '../kinds.js';

/** Labels and columns that several forms of the 1MSP format share. */

export const allChoices: readonly CoverChoice[] = ['changed', 'unchanged_since', 'not_applicable'];

export const typeColumn = () =>
  text('type', l('Type of cluster munition', "Type d'arme à sous-munitions", 'Tipo de munición en racimo'), {
    required: true,
    help: l(
      'Model or designation, e.g. "M26 rocket" or "BL755 bomb".',
      'Modèle ou désignation, par exemple « roquette M26 » ou « bombe BL755 ».',
      'Modelo o designación, por ejemplo «cohete M26» o «bomba BL755».',
    ),
  });

export const munitionsColumn = (id = 'munitions') =>
  count(
    id,
    l('Cluster munitions (number)', 'Armes à sous-munitions (nombre)', 'Municiones en racimo (número)'),
    {
      required: true,
    },
  );

export const submunitionsColumn = (id = 'submunitions') =>
  count(
    id,
    l(
      'Explosive submunitions (number)',
      'Sous-munitions explosives (nombre)',
      'Submuniciones explosivas (número)',
    ),
    { required: true },
  );

export const lotNumbersColumn = () =>
  text(
    'lotNumbers',
    l('Lot numbers (if possible)', 'Numéros de lot (si possible)', 'Números de lote (si es posible)'),
    {
      maxLength: 2000,
    },
  );

export const locationColumn = (required: boolean) =>
  text('location', l('Location', 'Emplacement', 'Ubicación'), {
    required,
    help: l(
      'Province, district or site, written the same way in every table and every year.',
      'Province, district ou site, écrit de la même façon dans chaque tableau et chaque année.',
      'Provincia, distrito o lugar, escrito de la misma manera en cada cuadro y cada año.',
    ),
  });

export const currencyColumn = () =>
  text('currency', l('Currency (ISO 4217 code)', 'Monnaie (code ISO 4217)', 'Moneda (código ISO 4217)'), {
    format: 'currency',
  });

export const sexAgeColumns = (verb: 'reached' | 'victims') =>
  verb === 'reached'
    ? [
        count('women', l('Women reached', 'Femmes touchées', 'Mujeres alcanzadas')),
        count('men', l('Men reached', 'Hommes touchés', 'Hombres alcanzados')),
        count('girls', l('Girls reached', 'Filles touchées', 'Niñas alcanzadas')),
        count('boys', l('Boys reached', 'Garçons touchés', 'Niños alcanzados')),
      ]
    : [
        count('women', l('Women', 'Femmes', 'Mujeres')),
        count('men', l('Men', 'Hommes', 'Hombres')),
        count('girls', l('Girls', 'Filles', 'Niñas')),
        count('boys', l('Boys', 'Garçons', 'Niños')),
        count('unknown', l('Sex or age unknown', 'Sexe ou âge inconnu', 'Sexo o edad desconocidos')),
      ];

export const purposeOptions = [
  option('destruction', l('Destruction', 'Destruction', 'Destrucción')),
  option(
    'development_training',
    l(
      'Development of and training in detection, clearance or destruction techniques (Art. 3(6))',
      "Mise au point de techniques de détection, d'enlèvement ou de destruction et formation à ces techniques (art. 3, par. 6)",
      'Desarrollo de técnicas de detección, limpieza o destrucción y capacitación en ellas (art. 3, párr. 6)',
    ),
  ),
  option(
    'counter_measures',
    l(
      'Development of cluster munition counter-measures (Art. 3(6))',
      'Mise au point de contre-mesures contre les armes à sous-munitions (art. 3, par. 6)',
      'Desarrollo de contramedidas contra municiones en racimo (art. 3, párr. 6)',
    ),
  ),
];
