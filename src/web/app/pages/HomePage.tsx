import { useTranslation } from 'react-i18next';
import { plain } from '../../components/plain';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import classes from './HomePage.module.css';

// Facts checked against /work/shared/domain/treaty-rules.md (section 1) and institutions.md.
const KEY_DATES = [
  { labelKey: 'home.convention.adopted', date: '2008-05-30' },
  { labelKey: 'home.convention.openedForSignature', date: '2008-12-03' },
  { labelKey: 'home.convention.entryIntoForce', date: '2010-08-01' },
] as const;

const PROHIBITIONS = ['use', 'develop', 'transfer', 'assist'] as const;

const OBLIGATIONS = [
  { id: 'stockpiles', article: 3 },
  { id: 'clearance', article: 4 },
  { id: 'victims', article: 5 },
  { id: 'cooperation', article: 6 },
  { id: 'transparency', article: 7 },
  { id: 'national', article: 9 },
] as const;

const ISU_TASKS = [
  'presidency',
  'statesParties',
  'records',
  'sponsorship',
  'communication',
  'partners',
] as const;

export function HomePage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('home.documentTitle'));

  return (
    <article className={classes.page}>
      <div>
        <h1 className={plain.h1}>{t('home.heading')}</h1>
        <p className={`${plain.text} ${classes.lead}`}>{t('home.lead')}</p>
      </div>

      <section>
        <h2 className={plain.h2}>{t('home.convention.heading')}</h2>
        <p className={plain.text}>{t('home.convention.body')}</p>
        <h3 className={plain.h3}>{t('home.convention.keyDates')}</h3>
        <dl className={classes.keyDates}>
          {KEY_DATES.map(({ labelKey, date }) => (
            <div key={labelKey}>
              <dt>{t(labelKey)}</dt>
              <dd>
                <time dateTime={date}>{formatDate(date, i18n.language)}</time>
              </dd>
            </div>
          ))}
        </dl>
      </section>

      <section>
        <h2 className={plain.h2}>{t('home.prohibitions.heading')}</h2>
        <p className={plain.text}>{t('home.prohibitions.intro')}</p>
        <ul className={classes.list}>
          {PROHIBITIONS.map((key) => (
            <li key={key}>{t(`home.prohibitions.${key}`)}</li>
          ))}
        </ul>
      </section>

      <section>
        <h2 className={plain.h2}>{t('home.obligations.heading')}</h2>
        <p className={plain.text}>{t('home.obligations.intro')}</p>
        <ul className={classes.cards}>
          {OBLIGATIONS.map(({ id, article }) => (
            <li key={id} className={classes.card}>
              <h3 className={`${plain.h3} ${classes.cardTitle}`}>{t(`home.obligations.${id}Title`)}</h3>
              <p className={classes.article}>{t('home.obligations.article', { number: article })}</p>
              <p className={`${plain.text} ${plain.small}`}>{t(`home.obligations.${id}Body`)}</p>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <h2 className={plain.h2}>{t('home.governance.heading')}</h2>
        <p className={plain.text}>{t('home.governance.meetings')}</p>
        <p className={plain.text}>{t('home.governance.committee')}</p>
      </section>

      <section>
        <h2 className={plain.h2}>{t('home.isu.heading')}</h2>
        <p className={plain.text}>{t('home.isu.body')}</p>
        <p className={plain.text}>{t('home.isu.tasksIntro')}</p>
        <ul className={classes.list}>
          {ISU_TASKS.map((key) => (
            <li key={key}>{t(`home.isu.${key}`)}</li>
          ))}
        </ul>
        <p className={plain.text}>{t('home.isu.reporting')}</p>
      </section>
    </article>
  );
}
