import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { withNamespace } from '../../lib/i18n';

// The section (with its staff forms) loads as a chunk of its own, so a page that mounts it, such
// as the State profile, stays small until the section is shown; its translations come with it.
const Section = lazy(
  withNamespace('obligations', () =>
    import('./components/ObligationsSection').then((m) => ({ default: m.ObligationsSection })),
  ),
);

/**
 * The obligations of one State, for another module's page:
 *   import { ObligationsSectionMount } from '../../obligations/ObligationsSectionMount';
 *   <ObligationsSectionMount iso3="LAO" />   (or `embedded` inside a section the page heads itself)
 */
export function ObligationsSectionMount(props: { iso3: string; headingLevel?: 2 | 3; embedded?: boolean }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
      <Section {...props} />
    </Suspense>
  );
}
