import { Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExtensionArticle, ExtensionRequest } from '../../api';
import { checkText, fieldId } from '../../checks';
import classes from '../../obligations.module.css';

interface Props {
  article: ExtensionArticle;
  checks: ExtensionRequest['checks'];
  /** True while the form holds changes the checks have not seen yet. */
  stale: boolean;
}

/**
 * What the server's rules say about the saved draft: errors (each links to its field) block
 * submission; warnings do not. Announced politely when it changes after a save.
 */
export function ChecksPanel({ article, checks, stale }: Props) {
  const { t, i18n } = useTranslation('obligations');
  const fieldOf = (field: string) => (field === 'submittedOn' || field === 'meeting' ? null : fieldId(field));
  const line = (finding: { field: string; message: string }) => {
    const text = checkText(finding, article, t, i18n.language);
    const target = fieldOf(finding.field);
    return (
      <li key={`${finding.field}-${finding.message}`}>{target ? <a href={`#${target}`}>{text}</a> : text}</li>
    );
  };
  return (
    <section className={classes.checks} aria-labelledby="checks-heading" aria-live="polite">
      <Title order={2} size="h4" id="checks-heading" mb="xs">
        {t('obligations.checks.heading')}
      </Title>
      {stale && (
        <Text size="sm" mb="xs">
          {t('obligations.checks.stale')}
        </Text>
      )}
      {checks.errors.length === 0 && checks.warnings.length === 0 && (
        <Text>{t('obligations.checks.allGood')}</Text>
      )}
      {checks.errors.length > 0 && (
        <>
          <Text fw={700}>{t('obligations.checks.errors', { count: checks.errors.length })}</Text>
          <ul className={classes.plainList}>{checks.errors.map(line)}</ul>
        </>
      )}
      {checks.warnings.length > 0 && (
        <>
          <Text fw={700} mt="xs">
            {t('obligations.checks.warnings', { count: checks.warnings.length })}
          </Text>
          <ul className={classes.plainList}>{checks.warnings.map(line)}</ul>
        </>
      )}
    </section>
  );
}
