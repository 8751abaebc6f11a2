import type { Language } from '../../../domain/reports/kinds.js';
import type { ReportAnalysis } from '../../../shared/contracts/report-analysis.js';

/** The words of the analytical summary document, in the three languages of the Convention. */

type Summary = ReportAnalysis['summary'];
type Fmt = (value: number | null) => string;

export type SummaryWords = {
  title: (year: number) => string;
  intro: (year: number) => string;
  headings: Record<Exclude<keyof Summary, 'year'>, string>;
  columns: Record<string, string>;
  kinds: { initial: string; annual: string };
  yes: string;
  no: string;
  none: string;
  paragraphs: { [K in Exclude<keyof Summary, 'year'>]: (part: Summary[K], n: Fmt) => string };
};

const en: SummaryWords = {
  title: (year) => `Article 7 transparency reports of ${year}: analytical summary`,
  intro: (year) =>
    `This summary covers the Article 7 reports of ${year} published by the Implementation Support Unit (the annual reports due on 30 April ${year}, covering ${year - 1}, and the initial reports of the year). Figures are as reported by States Parties; a form marked “unchanged” carries the figures of the State’s earlier report.`,
  headings: {
    reporting: 'Article 7: transparency reports',
    stockpileDestruction: 'Article 3: stockpile destruction',
    retention: 'Article 3(6): cluster munitions retained',
    clearance: 'Article 4: clearance and risk education',
    victimAssistance: 'Article 5: victim assistance',
    cooperation: 'Article 6: international cooperation and assistance',
  },
  columns: {
    state: 'State',
    kind: 'Report',
    submissionDate: 'Submitted',
    period: 'Period',
    stockpiledMunitions: 'Stockpile: munitions',
    stockpiledSubmunitions: 'Stockpile: submunitions',
    destroyedMunitions: 'Destroyed: munitions',
    destroyedSubmunitions: 'Destroyed: submunitions',
    retainedMunitions: 'Munitions retained',
    retainedSubmunitions: 'Submunitions retained',
    contaminatedAreaSqm: 'Contaminated area (m²)',
    clearedAreaSqm: 'Area cleared (m²)',
    riskEducationReported: 'Risk education',
    victimAssistanceReported: 'Victim assistance reported',
    nationalResourcesReported: 'National resources',
    assistanceProvidedReported: 'Assistance provided',
    assistanceReceivedReported: 'Assistance received',
  },
  kinds: { initial: 'Initial', annual: 'Annual' },
  yes: 'Yes',
  no: 'No',
  none: 'No State reported figures under this article.',
  paragraphs: {
    reporting: (p, n) =>
      `${n(p.reports)} reports were published from ${n(p.states)} States: ${n(p.initial)} initial and ${n(p.annual)} annual reports.`,
    stockpileDestruction: ({ totals: t }, n) =>
      `${n(t.stockpiledMunitions.states)} States reported stockpiles of ${n(t.stockpiledMunitions.total)} cluster munitions (${n(t.stockpiledSubmunitions.total)} submunitions) at the end of the period; ${n(t.destroyedMunitions.states)} States reported destroying ${n(t.destroyedMunitions.total)} cluster munitions and ${n(t.destroyedSubmunitions.total)} submunitions during it.`,
    retention: ({ totals: t }, n) =>
      `${n(t.retainedMunitions.states)} States reported retaining ${n(t.retainedMunitions.total)} cluster munitions and ${n(t.retainedSubmunitions.total)} submunitions for the purposes permitted by Article 3(6).`,
    clearance: ({ totals: t }, n) =>
      `${n(t.contaminatedAreaSqm.states)} States reported ${n(t.contaminatedAreaSqm.total)} m² known or suspected to be contaminated; ${n(t.clearedAreaSqm.states)} States reported clearing ${n(t.clearedAreaSqm.total)} m². ${n(t.riskEducationReported.states)} of ${n(t.riskEducationReported.answered)} States answering reported risk education.`,
    victimAssistance: ({ totals: t }, n) =>
      `${n(t.victimAssistanceReported.states)} of ${n(t.victimAssistanceReported.answered)} States answering reported on assistance to victims.`,
    cooperation: ({ totals: t }, n) =>
      `${n(t.nationalResourcesReported.states)} of ${n(t.nationalResourcesReported.answered)} States answering reported national resources; ${n(t.assistanceProvidedReported.states)} reported international assistance provided.`,
  },
};

const fr: SummaryWords = {
  title: (year) => `Rapports de transparence de ${year} au titre de l’article 7 : résumé analytique`,
  intro: (year) =>
    `Ce résumé porte sur les rapports de ${year} au titre de l’article 7 publiés par l’Unité d’appui à l’application (rapports annuels dus le 30 avril ${year}, portant sur ${year - 1}, et rapports initiaux de l’année). Les chiffres sont ceux communiqués par les États parties ; un formulaire marqué « inchangé » reprend les chiffres du rapport précédent de l’État.`,
  headings: {
    reporting: 'Article 7 : rapports de transparence',
    stockpileDestruction: 'Article 3 : destruction des stocks',
    retention: 'Article 3(6) : armes à sous-munitions conservées',
    clearance: 'Article 4 : dépollution et éducation à la réduction des risques',
    victimAssistance: 'Article 5 : assistance aux victimes',
    cooperation: 'Article 6 : coopération et assistance internationales',
  },
  columns: {
    state: 'État',
    kind: 'Rapport',
    submissionDate: 'Présenté le',
    period: 'Période',
    stockpiledMunitions: 'Stocks : armes',
    stockpiledSubmunitions: 'Stocks : sous-munitions',
    destroyedMunitions: 'Détruites : armes',
    destroyedSubmunitions: 'Détruites : sous-munitions',
    retainedMunitions: 'Armes conservées',
    retainedSubmunitions: 'Sous-munitions conservées',
    contaminatedAreaSqm: 'Zone contaminée (m²)',
    clearedAreaSqm: 'Zone dépolluée (m²)',
    riskEducationReported: 'Éducation aux risques',
    victimAssistanceReported: 'Assistance aux victimes',
    nationalResourcesReported: 'Ressources nationales',
    assistanceProvidedReported: 'Assistance fournie',
    assistanceReceivedReported: 'Assistance reçue',
  },
  kinds: { initial: 'Initial', annual: 'Annuel' },
  yes: 'Oui',
  no: 'Non',
  none: 'Aucun État n’a communiqué de chiffres au titre de cet article.',
  paragraphs: {
    reporting: (p, n) =>
      `${n(p.reports)} rapports de ${n(p.states)} États ont été publiés : ${n(p.initial)} rapports initiaux et ${n(p.annual)} rapports annuels.`,
    stockpileDestruction: ({ totals: t }, n) =>
      `${n(t.stockpiledMunitions.states)} États ont déclaré des stocks de ${n(t.stockpiledMunitions.total)} armes à sous-munitions (${n(t.stockpiledSubmunitions.total)} sous-munitions) à la fin de la période ; ${n(t.destroyedMunitions.states)} États ont déclaré avoir détruit ${n(t.destroyedMunitions.total)} armes à sous-munitions et ${n(t.destroyedSubmunitions.total)} sous-munitions au cours de celle-ci.`,
    retention: ({ totals: t }, n) =>
      `${n(t.retainedMunitions.states)} États ont déclaré conserver ${n(t.retainedMunitions.total)} armes à sous-munitions et ${n(t.retainedSubmunitions.total)} sous-munitions aux fins autorisées par l’article 3(6).`,
    clearance: ({ totals: t }, n) =>
      `${n(t.contaminatedAreaSqm.states)} États ont déclaré ${n(t.contaminatedAreaSqm.total)} m² contaminés ou soupçonnés de l’être ; ${n(t.clearedAreaSqm.states)} États ont déclaré avoir dépollué ${n(t.clearedAreaSqm.total)} m². ${n(t.riskEducationReported.states)} des ${n(t.riskEducationReported.answered)} États ayant répondu ont fait état d’activités d’éducation à la réduction des risques.`,
    victimAssistance: ({ totals: t }, n) =>
      `${n(t.victimAssistanceReported.states)} des ${n(t.victimAssistanceReported.answered)} États ayant répondu ont fait rapport sur l’assistance aux victimes.`,
    cooperation: ({ totals: t }, n) =>
      `${n(t.nationalResourcesReported.states)} des ${n(t.nationalResourcesReported.answered)} États ayant répondu ont fait état de ressources nationales ; ${n(t.assistanceProvidedReported.states)} ont fait état d’une assistance internationale fournie.`,
  },
};

const es: SummaryWords = {
  title: (year) => `Informes de transparencia de ${year} en virtud del artículo 7: resumen analítico`,
  intro: (year) =>
    `Este resumen abarca los informes de ${year} en virtud del artículo 7 publicados por la Unidad de Apoyo a la Implementación (los informes anuales que vencen el 30 de abril de ${year}, relativos a ${year - 1}, y los informes iniciales del año). Las cifras son las comunicadas por los Estados Partes; un formulario marcado «sin cambios» mantiene las cifras del informe anterior del Estado.`,
  headings: {
    reporting: 'Artículo 7: informes de transparencia',
    stockpileDestruction: 'Artículo 3: destrucción de existencias',
    retention: 'Artículo 3(6): municiones en racimo retenidas',
    clearance: 'Artículo 4: remoción y educación sobre el riesgo',
    victimAssistance: 'Artículo 5: asistencia a las víctimas',
    cooperation: 'Artículo 6: cooperación y asistencia internacionales',
  },
  columns: {
    state: 'Estado',
    kind: 'Informe',
    submissionDate: 'Presentado',
    period: 'Período',
    stockpiledMunitions: 'Existencias: municiones',
    stockpiledSubmunitions: 'Existencias: submuniciones',
    destroyedMunitions: 'Destruidas: municiones',
    destroyedSubmunitions: 'Destruidas: submuniciones',
    retainedMunitions: 'Municiones retenidas',
    retainedSubmunitions: 'Submuniciones retenidas',
    contaminatedAreaSqm: 'Zona contaminada (m²)',
    clearedAreaSqm: 'Zona despejada (m²)',
    riskEducationReported: 'Educación sobre el riesgo',
    victimAssistanceReported: 'Asistencia a las víctimas',
    nationalResourcesReported: 'Recursos nacionales',
    assistanceProvidedReported: 'Asistencia prestada',
    assistanceReceivedReported: 'Asistencia recibida',
  },
  kinds: { initial: 'Inicial', annual: 'Anual' },
  yes: 'Sí',
  no: 'No',
  none: 'Ningún Estado comunicó cifras en virtud de este artículo.',
  paragraphs: {
    reporting: (p, n) =>
      `Se publicaron ${n(p.reports)} informes de ${n(p.states)} Estados: ${n(p.initial)} iniciales y ${n(p.annual)} anuales.`,
    stockpileDestruction: ({ totals: t }, n) =>
      `${n(t.stockpiledMunitions.states)} Estados comunicaron existencias de ${n(t.stockpiledMunitions.total)} municiones en racimo (${n(t.stockpiledSubmunitions.total)} submuniciones) al final del período; ${n(t.destroyedMunitions.states)} Estados comunicaron la destrucción de ${n(t.destroyedMunitions.total)} municiones en racimo y ${n(t.destroyedSubmunitions.total)} submuniciones durante el mismo.`,
    retention: ({ totals: t }, n) =>
      `${n(t.retainedMunitions.states)} Estados comunicaron que retienen ${n(t.retainedMunitions.total)} municiones en racimo y ${n(t.retainedSubmunitions.total)} submuniciones para los fines permitidos por el artículo 3(6).`,
    clearance: ({ totals: t }, n) =>
      `${n(t.contaminatedAreaSqm.states)} Estados comunicaron ${n(t.contaminatedAreaSqm.total)} m² contaminados o presuntamente contaminados; ${n(t.clearedAreaSqm.states)} Estados comunicaron haber despejado ${n(t.clearedAreaSqm.total)} m². ${n(t.riskEducationReported.states)} de los ${n(t.riskEducationReported.answered)} Estados que respondieron informaron sobre educación sobre el riesgo.`,
    victimAssistance: ({ totals: t }, n) =>
      `${n(t.victimAssistanceReported.states)} de los ${n(t.victimAssistanceReported.answered)} Estados que respondieron informaron sobre la asistencia a las víctimas.`,
    cooperation: ({ totals: t }, n) =>
      `${n(t.nationalResourcesReported.states)} de los ${n(t.nationalResourcesReported.answered)} Estados que respondieron informaron sobre recursos nacionales; ${n(t.assistanceProvidedReported.states)} informaron sobre asistencia internacional prestada.`,
  },
};

export const summaryWords: Record<Language, SummaryWords> = { en, fr, es };
