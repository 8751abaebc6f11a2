import { country, date, l, table, text } from '../format-build.js';
import type { CoverPageDef, HeaderDef } from '../format-types.js';

/** Cover page and report header of CCM/MSP/2010/PM/10, adopted at the 1MSP (article7-forms.md §2–3). */

export const coverPage1msp: CoverPageDef = {
  title: l('Cover page', 'Page de couverture', 'Portada'),
  usedFor: ['annual'],
  repeatsHeaderFields: ['state', 'periodFrom', 'periodTo'],
  choiceLabels: {
    changed: l('Changed', 'Modifié', 'Modificado'),
    unchanged_since: l(
      'Unchanged (last reporting: year)',
      'Inchangé (dernier rapport : année)',
      'Sin cambios (último informe: año)',
    ),
    not_applicable: l('Not applicable', 'Sans objet', 'No se aplica'),
  },
  yearLabel: l(
    'Year of the last report that gave this information',
    'Année du dernier rapport ayant fourni ces informations',
    'Año del último informe que proporcionó esta información',
  ),
  notes: [
    l(
      'The cover page may complement the detailed forms when some information is unchanged from earlier reports: only the forms with new information then need to be submitted.',
      "La page de couverture peut compléter les formulaires détaillés lorsqu'une partie des informations n'a pas changé depuis les rapports précédents : seuls les formulaires contenant des informations nouvelles doivent alors être soumis.",
      'La portada puede complementar los formularios detallados cuando parte de la información no ha cambiado respecto de informes anteriores: en ese caso solo deben presentarse los formularios con información nueva.',
    ),
    l(
      'It may substitute for the detailed forms only if all information is unchanged.',
      "Elle ne peut remplacer les formulaires détaillés que si aucune information n'a changé.",
      'Solo puede sustituir a los formularios detallados si ninguna información ha cambiado.',
    ),
    l(
      'If a form is marked unchanged, the year of the earlier submission must be given.',
      "Si un formulaire est marqué comme inchangé, l'année de la soumission précédente doit être indiquée.",
      'Si un formulario se marca como sin cambios, debe indicarse el año de la presentación anterior.',
    ),
    l(
      'The cover page may be used for annual reports, not for the initial report.',
      'La page de couverture peut être utilisée pour les rapports annuels, mais non pour le rapport initial.',
      'La portada puede utilizarse para los informes anuales, pero no para el informe inicial.',
    ),
  ],
};

export const header1msp: HeaderDef = {
  title: l(
    'Report header: State Party and national points of contact',
    'En-tête du rapport : État partie et points de contact nationaux',
    'Encabezamiento del informe: Estado Parte y puntos de contacto nacionales',
  ),
  article7Items: ['l'],
  fields: [
    country('state', l('State Party', 'État partie', 'Estado Parte'), { required: true }),
    date('submissionDate', l('Date of submission', 'Date de soumission', 'Fecha de presentación'), {
      required: true,
    }),
    date(
      'periodFrom',
      l('Reporting period from', 'Période couverte : du', 'Período que abarca el informe: desde'),
      {
        required: true,
      },
    ),
    date(
      'periodTo',
      l('Reporting period to', 'Période couverte : au', 'Período que abarca el informe: hasta'),
      {
        required: true,
      },
    ),
  ],
  tables: [
    table(
      'contacts',
      l(
        'National point(s) of contact',
        'Point(s) de contact national(aux)',
        'Punto(s) de contacto nacional(es)',
      ),
      [
        text('organization', l('Organization', 'Organisation', 'Organización'), { required: true }),
        text('telephone', l('Telephone(s)', 'Téléphone(s)', 'Teléfono(s)')),
        text('fax', l('Fax', 'Télécopie', 'Fax')),
        text('email', l('E-mail', 'Courriel', 'Correo electrónico'), { format: 'email', maxLength: 254 }),
      ],
      {
        minRows: 1,
        maxRows: 50,
        help: l(
          'Art. 7(1)(l): name and contact details of the institutions mandated to provide information and to carry out the measures described in Art. 7(1).',
          "Art. 7, par. 1, al. l : nom et coordonnées des institutions habilitées à fournir des informations et à mettre en œuvre les mesures décrites à l'article 7, paragraphe 1.",
          'Art. 7, párr. 1, apdo. l: nombre y datos de contacto de las instituciones encargadas de proporcionar información y de aplicar las medidas descritas en el artículo 7, párrafo 1.',
        ),
      },
    ),
  ],
  note: l(
    'Fields marked voluntary concern compliance and implementation matters that Article 7 does not require.',
    "Les champs facultatifs portent sur des questions de respect et de mise en œuvre que l'article 7 n'exige pas.",
    'Los campos voluntarios se refieren a cuestiones de cumplimiento y aplicación que el artículo 7 no exige.',
  ),
};
