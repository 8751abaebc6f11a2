import { Anchor } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundPage } from '../../../app/pages/NotFoundPage';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { fetchStateObligations, obligationKeys } from '../api';
import { ObligationsSection } from '../components/ObligationsSection';
import { useStateNames } from '../hooks';

/** /obligations/states/:iso3 — one State's obligations on a page of their own. */
export function StateObligationsPage() {
  const { t } = useTranslation('obligations');
  const iso3 = (useParams().iso3 ?? '').toUpperCase();
  const valid = /^[A-Z]{3}$/.test(iso3);
  const { nameOf } = useStateNames();
  // Same query as the section's: only to tell an unknown State from a known one.
  const obligations = useQuery({
    queryKey: obligationKeys.state(iso3),
    queryFn: ({ signal }) => fetchStateObligations(iso3, signal),
    enabled: valid,
  });
  const name = nameOf(iso3);
  useDocumentTitle(t('obligations.state.documentTitle', { name }));
  if (!valid || (obligations.error instanceof ApiError && obligations.error.status === 404))
    return <NotFoundPage />;
  return (
    <article>
      <Anchor component={Link} to="/obligations" size="sm">
        {t('obligations.state.back')}
      </Anchor>
      <FocusHeading>{t('obligations.state.heading', { name })}</FocusHeading>
      <Anchor component={Link} to={`/states/${iso3}`} size="sm">
        {t('obligations.state.profile', { name })}
      </Anchor>
      <ObligationsSection iso3={iso3} />
    </article>
  );
}
