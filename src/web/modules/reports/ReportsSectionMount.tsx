import { Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

// The section loads as a chunk of its own (with the reports translations), so the page that
// mounts it, such as the State profile, stays small until it is shown.
const Section = lazy(() =>
  import('./components/StateReportsSection').then((m) => ({ default: m.StateReportsSection })),
);

/**
 * The published Article 7 reports of one State, for another module's page:
 *   import { ReportsSectionMount } from '../../reports/ReportsSectionMount';
 *   <ReportsSectionMount iso3="LAO" />
 */
export function ReportsSectionMount(props: { iso3: string }) {
  const { t } = useTranslation();
  return (
    <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
      <Section {...props} />
    </Suspense>
  );
}
