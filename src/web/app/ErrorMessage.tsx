import { useTranslation } from 'react-i18next';
import { plain } from '../components/plain';
import { useDocumentTitle } from '../lib/use-document-title';

/**
 * What a visitor sees when a page failed. Reloading fetches the current deployment's files, which
 * cures the usual cause (a chunk removed by a newer deployment). A link to the current address
 * rather than a Mantine Button: Button pulls Transition into the first-load bundle (about 3 KB).
 */
export function ErrorMessage() {
  const { t } = useTranslation();
  useDocumentTitle(t('error.documentTitle'));
  return (
    <section>
      <h1 className={plain.h1}>{t('error.heading')}</h1>
      <p className={`${plain.text} ${plain.spaceAround}`}>{t('error.body')}</p>
      <a href={window.location.href} className={plain.link}>
        {t('error.reload')}
      </a>
    </section>
  );
}
