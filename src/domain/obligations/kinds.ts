// Vocabularies of the obligations module, import-free so the web app can use them cheaply.
export const obligationArticles = ['3', '3.8', '4', '5', '7-initial', '7-annual', '9'] as const;
export type ObligationArticle = (typeof obligationArticles)[number];

export const obligationStatuses = [
  'not_applicable',
  'in_progress',
  'due_within_12_months',
  'overdue',
  'extended',
  'completed_on_time',
  'completed_late',
] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

export const extensionArticles = ['3', '4'] as const;
export type ExtensionArticle = (typeof extensionArticles)[number];

export const requestStatuses = ['draft', 'submitted', 'under_analysis', 'decided', 'withdrawn'] as const;
export type RequestStatus = (typeof requestStatuses)[number];

export const decisions = ['granted', 'granted_shorter', 'not_granted'] as const;
export type Decision = (typeof decisions)[number];

export const nationalMeasures = [
  'legislation_adopted',
  'existing_law_sufficient',
  'in_progress',
  'nothing_reported',
] as const;
export type NationalMeasure = (typeof nationalMeasures)[number];

export const factKinds = ['stockpiles', 'contamination', 'victims', 'retention'] as const;
export type FactKind = (typeof factKinds)[number];

/** Art. 3(4) (a)–(f) and Art. 4(6) (a)–(i): what an extension request must contain. */
export const requestChecklist: Record<ExtensionArticle, readonly string[]> = {
  '3': ['a', 'b', 'c', 'd', 'e', 'f'],
  '4': ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'],
};
