import { useTranslation } from 'react-i18next';
import classes from './Layout.module.css';

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className={classes.footer}>
      <div className={classes.container}>
        <p>{t('layout.footerAbout')}</p>
        <p>{t('layout.footerHost')}</p>
      </div>
    </footer>
  );
}
