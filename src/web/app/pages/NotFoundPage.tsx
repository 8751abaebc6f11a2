import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { plain } from '../../components/plain';
import { useDocumentTitle } from '../../lib/use-document-title';

/**
 * Kept in the main chunk rather than lazy-loaded: the route error boundary renders it for 404s
 * thrown by any module's loader, and it is a few hundred bytes.
 */
export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.documentTitle'));
  return (
    <section>
      <h1 className={plain.h1}>{t('notFound.heading')}</h1>
      <p className={`${plain.text} ${plain.spaceAround}`}>{t('notFound.body')}</p>
      <Link to="/" className={plain.link}>
        {t('notFound.home')}
      </Link>
    </section>
  );
}
