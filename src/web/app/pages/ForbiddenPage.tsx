import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { plain } from '../../components/plain';
import { useDocumentTitle } from '../../lib/use-document-title';

/** A signed-in person opened a page their role does not allow (the HTTP 403 of the interface). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('forbidden.documentTitle'));
  return (
    <section>
      <h1 className={plain.h1}>{t('forbidden.heading')}</h1>
      <p className={`${plain.text} ${plain.spaceAround}`}>{t('forbidden.body')}</p>
      {/* Plain paragraphs, not Mantine's Group: this page is in the first-load bundle. */}
      <p>
        <Link to="/account" className={plain.link}>
          {t('forbidden.account')}
        </Link>
      </p>
      <p>
        <Link to="/" className={plain.link}>
          {t('notFound.home')}
        </Link>
      </p>
    </section>
  );
}
