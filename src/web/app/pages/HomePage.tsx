import { List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
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
        <Title order={1}>{t('home.heading')}</Title>
        <Text size="lg" className={classes.lead}>
          {t('home.lead')}
        </Text>
      </div>

      <section>
        <Title order={2}>{t('home.convention.heading')}</Title>
        <Text>{t('home.convention.body')}</Text>
        <Title order={3}>{t('home.convention.keyDates')}</Title>
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
        <Title order={2}>{t('home.prohibitions.heading')}</Title>
        <Text>{t('home.prohibitions.intro')}</Text>
        <List className={classes.list}>
          {PROHIBITIONS.map((key) => (
            <List.Item key={key}>{t(`home.prohibitions.${key}`)}</List.Item>
          ))}
        </List>
      </section>

      <section>
        <Title order={2}>{t('home.obligations.heading')}</Title>
        <Text>{t('home.obligations.intro')}</Text>
        <ul className={classes.cards}>
          {OBLIGATIONS.map(({ id, article }) => (
            <li key={id} className={classes.card}>
              <Title order={3} className={classes.cardTitle}>
                {t(`home.obligations.${id}Title`)}
              </Title>
              <p className={classes.article}>{t('home.obligations.article', { number: article })}</p>
              <Text size="sm">{t(`home.obligations.${id}Body`)}</Text>
            </li>
          ))}
        </ul>
      </section>

      <section>
        <Title order={2}>{t('home.governance.heading')}</Title>
        <Text>{t('home.governance.meetings')}</Text>
        <Text>{t('home.governance.committee')}</Text>
      </section>

      <section>
        <Title order={2}>{t('home.isu.heading')}</Title>
        <Text>{t('home.isu.body')}</Text>
        <Text>{t('home.isu.tasksIntro')}</Text>
        <List className={classes.list}>
          {ISU_TASKS.map((key) => (
            <List.Item key={key}>{t(`home.isu.${key}`)}</List.Item>
          ))}
        </List>
        <Text>{t('home.isu.reporting')}</Text>
      </section>
    </article>
  );
}
