import { boolean, date, file, l, longText, option, select, table, text } from '../format-build.js';
import type { FormDef } from '../format-types.js';
import { allChoices, lotNumbersColumn, munitionsColumn, submunitionsColumn, typeColumn } from './common.js';

/** Forms A–C of the 1MSP format (article7-forms.md §4). */

export const formA: FormDef = {
  id: 'A',
  article7Items: ['a'],
  basis: 'Art. 7(1)(a); Art. 9',
  title: l(
    'National implementation measures',
    "Mesures d'application nationales",
    'Medidas nacionales de aplicación',
  ),
  requirement: 'required',
  // The draft cover page offers Form A only "changed" or "unchanged" (article7-forms.md §2).
  coverChoices: ['changed', 'unchanged_since'],
  fields: [
    longText(
      'supplementary',
      l(
        'Supplementary information (e.g. effective date of implementation, text of legislation attached, directives and training given to military forces)',
        'Informations complémentaires (par exemple date effective de mise en œuvre, texte de la législation joint, directives et formation données aux forces armées)',
        'Información complementaria (por ejemplo, fecha efectiva de aplicación, texto de la legislación adjunto, directivas y capacitación impartidas a las fuerzas armadas)',
      ),
    ),
  ],
  tables: [
    table(
      'measures',
      l(
        'Legal, administrative and other measures taken to implement the Convention (including imposition of penal sanctions)',
        "Mesures législatives, réglementaires et autres prises pour mettre en œuvre la Convention (y compris l'imposition de sanctions pénales)",
        'Medidas legales, administrativas y de otra índole adoptadas para aplicar la Convención (incluida la imposición de sanciones penales)',
      ),
      [
        select('kind', l('Kind of measure', 'Nature de la mesure', 'Tipo de medida'), [
          option('legal', l('Legal', 'Législative', 'Legal')),
          option('administrative', l('Administrative', 'Réglementaire', 'Administrativa')),
          option('other', l('Other', 'Autre', 'De otra índole')),
        ]),
        text(
          'instrument',
          l(
            'Title of the measure or instrument',
            "Intitulé de la mesure ou de l'instrument",
            'Título de la medida o del instrumento',
          ),
          { required: true },
        ),
        date('adopted', l('Date adopted', "Date d'adoption", 'Fecha de adopción')),
        date('effective', l('Effective date', "Date d'entrée en vigueur", 'Fecha de entrada en vigor')),
        longText('description', l('Description', 'Description', 'Descripción')),
        boolean(
          'penalSanctions',
          l('Provides for penal sanctions', 'Prévoit des sanctions pénales', 'Prevé sanciones penales'),
        ),
        file('text', l('Text of the measure', 'Texte de la mesure', 'Texto de la medida'), {
          multiple: true,
        }),
      ],
      { minRows: 1 },
    ),
  ],
};

export const formB: FormDef = {
  id: 'B',
  article7Items: ['b', 'e', 'f', 'g'],
  basis: 'Art. 7(1)(b), (e), (f), (g); Art. 3(1)–(2)',
  title: l('Stockpiles and destruction', 'Stocks et destruction', 'Existencias y destrucción'),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [
    longText(
      'programmeStatus',
      l(
        'Status and progress of the destruction programme (Art. 7(1)(e))',
        'État et progrès du programme de destruction (art. 7, par. 1, al. e)',
        'Estado y progreso del programa de destrucción (art. 7, párr. 1, apdo. e)',
      ),
      { required: true },
    ),
    longText(
      'methods',
      l(
        'Methods used in destruction',
        'Méthodes de destruction utilisées',
        'Métodos de destrucción utilizados',
      ),
    ),
    longText(
      'sites',
      l(
        'Location of all destruction sites',
        'Emplacement de tous les sites de destruction',
        'Ubicación de todos los lugares de destrucción',
      ),
    ),
    longText(
      'standards',
      l(
        'Applicable safety and environmental standards',
        "Normes de sécurité et de protection de l'environnement applicables",
        'Normas de seguridad y medioambientales aplicables',
      ),
    ),
    date(
      'completionDate',
      l(
        'Date destruction was completed (if completed)',
        "Date d'achèvement de la destruction (le cas échéant)",
        'Fecha de finalización de la destrucción (si corresponde)',
      ),
    ),
  ],
  tables: [
    table(
      'stockpile',
      l(
        'Cluster munitions under jurisdiction or control (Art. 3(1)), by type (Art. 7(1)(b))',
        'Armes à sous-munitions sous juridiction ou contrôle (art. 3, par. 1), par type (art. 7, par. 1, al. b)',
        'Municiones en racimo bajo jurisdicción o control (art. 3, párr. 1), por tipo (art. 7, párr. 1, apdo. b)',
      ),
      [
        typeColumn(),
        { ...munitionsColumn('munitionsAtStart'), required: false, ...startLabel('munitions') },
        { ...submunitionsColumn('submunitionsAtStart'), required: false, ...startLabel('submunitions') },
        { ...munitionsColumn('munitionsAtEnd'), ...endLabel('munitions') },
        { ...submunitionsColumn('submunitionsAtEnd'), ...endLabel('submunitions') },
        lotNumbersColumn(),
      ],
      {
        help: l(
          'One row per type. The initial report gives the position at entry into force in the "end" columns; annual reports also give the start of the period, so that start + discovered − destroyed − transferred or retained = end.',
          "Une ligne par type. Le rapport initial indique la situation à l'entrée en vigueur dans les colonnes « fin » ; les rapports annuels indiquent aussi le début de la période, de sorte que début + découvertes − détruites − transférées ou conservées = fin.",
          'Una fila por tipo. El informe inicial indica la situación a la entrada en vigor en las columnas «final»; los informes anuales indican también el inicio del período, de modo que inicio + descubiertas − destruidas − transferidas o retenidas = final.',
        ),
      },
    ),
    table(
      'destroyed',
      l(
        'Cluster munitions and explosive submunitions destroyed during the period (Art. 7(1)(f))',
        'Armes à sous-munitions et sous-munitions explosives détruites pendant la période (art. 7, par. 1, al. f)',
        'Municiones en racimo y submuniciones explosivas destruidas durante el período (art. 7, párr. 1, apdo. f)',
      ),
      [
        typeColumn(),
        munitionsColumn(),
        submunitionsColumn(),
        text('method', l('Destruction method', 'Méthode de destruction', 'Método de destrucción')),
        text('site', l('Destruction site', 'Site de destruction', 'Lugar de destrucción')),
        text(
          'standards',
          l(
            'Safety and environmental standards observed',
            "Normes de sécurité et de protection de l'environnement observées",
            'Normas de seguridad y medioambientales observadas',
          ),
        ),
      ],
    ),
    table(
      'discovered',
      l(
        'Stockpiles discovered after reported completion of destruction (Art. 7(1)(g))',
        "Stocks découverts après l'achèvement annoncé de la destruction (art. 7, par. 1, al. g)",
        'Existencias descubiertas después de la finalización notificada de la destrucción (art. 7, párr. 1, apdo. g)',
      ),
      [
        typeColumn(),
        munitionsColumn(),
        submunitionsColumn(),
        date('dateDiscovered', l('Date of discovery', 'Date de la découverte', 'Fecha del descubrimiento')),
        lotNumbersColumn(),
        longText(
          'plan',
          l('Plans for their destruction', 'Plans de destruction', 'Planes para su destrucción'),
        ),
      ],
    ),
  ],
};

function startLabel(what: 'munitions' | 'submunitions') {
  return {
    label:
      what === 'munitions'
        ? l(
            'Cluster munitions at the start of the period',
            'Armes à sous-munitions au début de la période',
            'Municiones en racimo al inicio del período',
          )
        : l(
            'Explosive submunitions at the start of the period',
            'Sous-munitions explosives au début de la période',
            'Submuniciones explosivas al inicio del período',
          ),
  };
}

function endLabel(what: 'munitions' | 'submunitions') {
  return {
    label:
      what === 'munitions'
        ? l(
            'Cluster munitions at the end of the period',
            'Armes à sous-munitions à la fin de la période',
            'Municiones en racimo al final del período',
          )
        : l(
            'Explosive submunitions at the end of the period',
            'Sous-munitions explosives à la fin de la période',
            'Submuniciones explosivas al final del período',
          ),
  };
}

export const formC: FormDef = {
  id: 'C',
  article7Items: ['c'],
  basis: 'Art. 7(1)(c)',
  title: l(
    'Technical characteristics of each type produced, owned or possessed',
    'Caractéristiques techniques de chaque type produit, détenu ou possédé',
    'Características técnicas de cada tipo producido, de su propiedad o en su posesión',
  ),
  requirement: 'required',
  coverChoices: allChoices,
  fields: [],
  tables: [
    table(
      'types',
      l('Types of cluster munitions', "Types d'armes à sous-munitions", 'Tipos de municiones en racimo'),
      [
        typeColumn(),
        boolean(
          'producedBeforeEif',
          l(
            'Produced by the State before entry into force',
            "Produit par l'État avant l'entrée en vigueur",
            'Producido por el Estado antes de la entrada en vigor',
          ),
        ),
        boolean(
          'ownedOrPossessed',
          l(
            'Currently owned or possessed',
            'Actuellement détenu ou possédé',
            'Actualmente de su propiedad o en su posesión',
          ),
        ),
        text('dimensions', l('Dimensions', 'Dimensions', 'Dimensiones')),
        text('fusing', l('Fusing', 'Système de mise à feu (fusée)', 'Espoleta')),
        text('explosiveContent', l('Explosive content', 'Contenu explosif', 'Contenido explosivo')),
        text('metallicContent', l('Metallic content', 'Contenu métallique', 'Contenido metálico')),
        file('photographs', l('Colour photographs', 'Photographies en couleur', 'Fotografías en color'), {
          multiple: true,
        }),
        longText(
          'otherInformation',
          l(
            'Other information that may facilitate clearance',
            'Autres informations susceptibles de faciliter la dépollution',
            'Otra información que pueda facilitar la limpieza',
          ),
        ),
      ],
      { minRows: 1 },
    ),
  ],
};
