import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './PageLoader.module.css';

/** Suspense fallback while a page's code chunk loads (first visit to that page only). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <div className={classes.loader} role="status">
      <Loader size="md" aria-hidden="true" />
      <span>{t('layout.loading')}</span>
    </div>
  );
}
