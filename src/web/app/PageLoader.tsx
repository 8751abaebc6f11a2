import { useTranslation } from 'react-i18next';
import { plain } from '../components/plain';
import classes from './PageLoader.module.css';

/** Suspense fallback while a page's code chunk loads (first visit to that page only). */
export function PageLoader() {
  const { t } = useTranslation();
  return (
    <div className={classes.loader} role="status">
      <span className={plain.spinnerLarge} aria-hidden="true" />
      <span>{t('layout.loading')}</span>
    </div>
  );
}
