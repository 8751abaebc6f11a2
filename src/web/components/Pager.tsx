import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './DataTable.module.css';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** Previous / next with "Page 2 of 5 (120 results)", announced politely when it changes. */
export function Pager({ page, pageSize, total, onPage }: PagerProps) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className={classes.pager} aria-label={t('table.pagination')}>
      <Button variant="default" size="xs" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('table.previous')}
      </Button>
      <Text size="sm" aria-live="polite">
        {t('table.pageOf', { page, pages })} · {t('table.results', { count: total })}
      </Text>
      <Button variant="default" size="xs" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('table.next')}
      </Button>
    </nav>
  );
}
