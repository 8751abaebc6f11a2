import { type MouseEvent, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigationType } from 'react-router';
import { ErrorBoundary } from './ErrorBoundary';
import classes from './Layout.module.css';
import { PageLoader } from './PageLoader';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'main';

function focusMain(): void {
  document.getElementById(MAIN_ID)?.focus({ preventScroll: true });
}

/**
 * After a client-side navigation, do what a full page load would: start at the top, and put focus
 * on <main> so keyboard and screen-reader users begin at the new content rather than on the link
 * they activated. Back/forward (POP) keeps the browser's scroll restoration.
 */
function useResetOnNavigate(): void {
  const { pathname } = useLocation();
  const navigationType = useNavigationType();
  const firstRender = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on purpose whenever the path changes.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (navigationType !== 'POP') window.scrollTo(0, 0);
    focusMain();
  }, [pathname]);
}

export function Layout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  useResetOnNavigate();

  // Handled in script so the URL does not gain "#main"; the href still works as a plain anchor.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.scrollIntoView();
    focusMain();
  };

  return (
    <div className={classes.shell}>
      <a href={`#${MAIN_ID}`} className={classes.skipLink} onClick={skipToMain}>
        {t('layout.skipToContent')}
      </a>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className={classes.main}>
        <div className={classes.container}>
          <ErrorBoundary resetKey={pathname}>
            <Suspense fallback={<PageLoader />}>
              <Outlet />
            </Suspense>
          </ErrorBoundary>
        </div>
      </main>
      <SiteFooter />
    </div>
  );
}
