import { Alert, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, fieldErrors } from '../../../../lib/api-errors';
import classes from '../../obligations.module.css';

interface RecordFormProps {
  title: string;
  submitLabel: string;
  /** Field errors found before sending (translated), keyed by field name. */
  validate: () => Record<string, string>;
  send: () => Promise<unknown>;
  onDone: () => void;
  children: (errors: Record<string, string>) => ReactNode;
}

/**
 * One staff record form inside a disclosure (<details>): checks the required fields, sends, shows
 * the server's field errors next to the fields and any other failure above the button.
 */
export function RecordForm({ title, submitLabel, validate, send, onDone, children }: RecordFormProps) {
  const { t } = useTranslation('obligations');
  const headingId = useId();
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mutation = useMutation({ mutationFn: send, onSuccess: onDone });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = validate();
    setMissing(problems);
    if (Object.keys(problems).length === 0) mutation.mutate();
  };
  const errors = { ...fieldErrors(mutation.error, t), ...missing };
  return (
    <details className={classes.section}>
      <summary id={headingId}>{title}</summary>
      <form onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm" mt="sm">
          {children(errors)}
          {mutation.error && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
          <div>
            <Button type="submit" loading={mutation.isPending}>
              {submitLabel}
            </Button>
          </div>
        </Stack>
      </form>
    </details>
  );
}
