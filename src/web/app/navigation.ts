/**
 * Main navigation entries, in display order. A module that adds a top-level public page adds an
 * entry here (and its label to every locale file).
 */
export const NAV_ITEMS = [
  { to: '/', labelKey: 'nav.home', end: true },
  { to: '/states', labelKey: 'nav.states', end: false },
  { to: '/obligations', labelKey: 'nav.obligations', end: false },
  { to: '/reports', labelKey: 'nav.reports', end: false },
] as const;
