import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { AccountMenu } from './AccountMenu';
import classes from './Layout.module.css';
import { NAV_ITEMS } from './navigation';

export function SiteHeader() {
  const { t } = useTranslation();
  return (
    <header className={classes.header}>
      <div className={`${classes.container} ${classes.headerInner}`}>
        <Link to="/" className={classes.brand}>
          <span className={classes.brandName}>{t('site.name')}</span>
          <span className={classes.brandUnit}>{t('site.unit')}</span>
        </Link>
        <nav aria-label={t('layout.mainNavigation')} className={classes.nav}>
          <ul className={classes.navList}>
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                {/* NavLink sets aria-current="page" on the active entry; the CSS styles that. */}
                <NavLink to={item.to} end={item.end} className={classes.navLink}>
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className={classes.tools}>
          <LanguageSwitcher className={classes.language} />
          <AccountMenu />
        </div>
      </div>
    </header>
  );
}
