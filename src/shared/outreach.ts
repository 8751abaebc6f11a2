// The vocabularies of outreach, free of any import so the web app can use them without Zod.
export const outreachPriorities = ['high', 'medium', 'low'] as const;
export type OutreachPriority = (typeof outreachPriorities)[number];
export const activityKinds = ['meeting', 'demarche', 'letter', 'workshop', 'side_event'] as const;
export type ActivityKind = (typeof activityKinds)[number];
/** The statuses of potential new States Parties: not bound, or no longer bound. */
export const outreachStatuses = ['signatory', 'not_party', 'withdrawn'] as const;
export const outreachSorts = ['priority', 'name', 'status', 'lastActivity', 'nextDue'] as const;
/** The Convention's regional grouping (as `ccmRegions` in contracts/states.ts). */
export const ccmRegionCodes = ['africa', 'americas', 'asia_pacific', 'europe'] as const;

export const outreachLimits = {
  summaryMd: 20_000,
  notes: 5_000,
  who: 500,
  description: 1_000,
  ownerText: 200,
} as const;
