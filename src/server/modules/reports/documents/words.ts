import type { Labels, Language } from '../../../../domain/reports/index.js';

/**
 * The few words of a printed report that the format does not carry (it carries the titles, field
 * labels and options). Kept here, not in the web locales, because documents are made on the server.
 */
export const words = {
  convention: {
    en: 'Convention on Cluster Munitions',
    fr: 'Convention sur les armes à sous-munitions',
    es: 'Convención sobre Municiones en Racimo',
  },
  article7Report: {
    en: 'Article 7 transparency report',
    fr: "Rapport de transparence au titre de l'article 7",
    es: 'Informe de transparencia en virtud del artículo 7',
  },
  initial: { en: 'Initial report', fr: 'Rapport initial', es: 'Informe inicial' },
  annual: { en: 'Annual report', fr: 'Rapport annuel', es: 'Informe anual' },
  reportingPeriod: {
    en: 'Reporting period',
    fr: 'Période couverte',
    es: 'Período que abarca el informe',
  },
  version: { en: 'Version', fr: 'Version', es: 'Versión' },
  submittedOn: { en: 'submitted on', fr: 'soumise le', es: 'presentada el' },
  published: { en: 'published', fr: 'publiée', es: 'publicada' },
  draft: { en: 'Draft — not submitted', fr: 'Projet — non soumis', es: 'Borrador — no presentado' },
  correctionDraft: {
    en: 'Draft correction of version',
    fr: 'Projet de correction de la version',
    es: 'Borrador de corrección de la versión',
  },
  watermark: { en: 'DRAFT', fr: 'PROJET', es: 'BORRADOR' },
  yes: { en: 'Yes', fr: 'Oui', es: 'Sí' },
  no: { en: 'No', fr: 'Non', es: 'No' },
  form: { en: 'Form', fr: 'Formulaire', es: 'Formulario' },
  basis: { en: 'Basis', fr: 'Fondement', es: 'Fundamento' },
  voluntary: {
    en: 'Voluntary: not required by Article 7',
    fr: "Facultatif : non exigé par l'article 7",
    es: 'Voluntario: no exigido por el artículo 7',
  },
  notApplicable: {
    en: 'Not applicable.',
    fr: 'Sans objet.',
    es: 'No se aplica.',
  },
  unchangedSince: {
    en: 'Unchanged since the report of',
    fr: 'Inchangé depuis le rapport de',
    es: 'Sin cambios desde el informe de',
  },
  previousContent: {
    en: 'Information as given in that report:',
    fr: 'Informations telles que fournies dans ce rapport :',
    es: 'Información tal como figura en ese informe:',
  },
  notIndicated: {
    en: 'Not indicated on the cover page.',
    fr: 'Non indiqué sur la page de couverture.',
    es: 'No indicado en la portada.',
  },
  noEntries: { en: 'No entries', fr: 'Aucune entrée', es: 'Sin entradas' },
  rowNumber: { en: 'No.', fr: 'N°', es: 'N.º' },
  footer: {
    en: 'CCM Article 7 report',
    fr: "Rapport CCM au titre de l'article 7",
    es: 'Informe CCM en virtud del artículo 7',
  },
  page: { en: 'Page', fr: 'Page', es: 'Página' },
  pageOf: { en: 'of', fr: 'sur', es: 'de' },
  // Column headings of the CSV/XLSX export.
  section: { en: 'Section', fr: 'Section', es: 'Sección' },
  sectionTitle: { en: 'Form or section', fr: 'Formulaire ou section', es: 'Formulario o sección' },
  fieldOrTable: { en: 'Field or table', fr: 'Champ ou tableau', es: 'Campo o cuadro' },
  row: { en: 'Row', fr: 'Ligne', es: 'Fila' },
  column: { en: 'Column', fr: 'Colonne', es: 'Columna' },
  path: { en: 'Path', fr: 'Chemin', es: 'Ruta' },
  value: { en: 'Value', fr: 'Valeur', es: 'Valor' },
  shownAs: { en: 'Value as shown', fr: 'Valeur affichée', es: 'Valor mostrado' },
  coverChoice: { en: 'Cover page choice', fr: 'Choix de la page de couverture', es: 'Opción de la portada' },
} satisfies Record<string, Labels>;

export type Word = keyof typeof words;

export const say = (word: Word, language: Language): string => words[word][language];

/** 'Basis: ' in English and Spanish, 'Fondement : ' in French, which spaces the colon. */
export const colon = (language: Language): string => (language === 'fr' ? '\u00a0: ' : ': ');
