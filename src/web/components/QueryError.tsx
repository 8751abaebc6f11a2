import { Alert, Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { errorText } from '../lib/api-errors';

interface QueryErrorProps {
  error: unknown;
  onRetry?: () => void;
}

/** A failed load: what went wrong in the interface language, and a way to try again. */
export function QueryError({ error, onRetry }: QueryErrorProps) {
  const { t } = useTranslation();
  return (
    <Alert color="red" title={t('errors.loadFailed')} my="md">
      {errorText(error, t)}
      {onRetry && (
        <div>
          <Button variant="default" size="xs" mt="sm" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        </div>
      )}
    </Alert>
  );
}
