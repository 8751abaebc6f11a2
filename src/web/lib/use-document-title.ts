import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets `<title>` to "Page · Site" in the current language; screen readers announce it on load. */
export function useDocumentTitle(page: string): void {
  const { t } = useTranslation();
  const title = t('layout.documentTitle', { page, site: t('site.name') });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
