import { Alert, Button, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { formatDate } from '../../../lib/format';
import { eventTypes, recordEvent, statesKeys, type TreatyEventType, universalizationKeys } from '../api';
import classes from '../states.module.css';

type Field = 'type' | 'date' | 'effectiveDate' | 'notification' | 'detail' | 'source';
type Values = Record<Field, string>;
const EMPTY: Values = {
  type: 'accession',
  date: '',
  effectiveDate: '',
  notification: '',
  detail: '',
  source: '',
};
const DATE = String.raw`(\d{4}-\d{2}-\d{2})`;

/**
 * The treaty rules' messages (src/domain/treaty/event-rules.ts) in the interface language, with
 * their dates formatted; anything not listed is shown as the server wrote it.
 */
export function translateTreatyIssue(message: string, t: TFunction<'states'>, language: string): string {
  const rules: [RegExp, string][] = [
    [/^must not be in the future/, 'future'],
    [/^is before the Convention was adopted/, 'beforeAdoption'],
    [/^signature was open only/, 'signatureClosed'],
    [new RegExp(`^this State already signed, on ${DATE}`), 'alreadySigned'],
    [new RegExp(`^is after the deposit of ${DATE}`), 'afterDeposit'],
    [new RegExp(`^this State is already a Party \\(deposit of ${DATE}\\)`), 'alreadyParty'],
    [new RegExp(`^this State already deposited an instrument later, on ${DATE}`), 'laterDeposit'],
    [/^a signatory ratifies/, 'signatoryRatifies'],
    [new RegExp(`^the deposit cannot come before the signature of ${DATE}`), 'beforeSignature'],
    [/^a State that did not sign joins by accession/, 'accessionOnly'],
    [/^only a State Party can withdraw/, 'onlyPartyWithdraws'],
    [/^a withdrawal is already recorded/, 'alreadyWithdrawn'],
    [/^cannot be earlier than six months after receipt/, 'withdrawalSixMonths'],
    [/^provisional application is declared upon/, 'provisionalOnDeposit'],
    [/^the Convention is already in force for this State/, 'alreadyInForce'],
    [/^must look like C\.N\./, 'notificationFormat'],
  ];
  for (const [pattern, key] of rules) {
    const match = pattern.exec(message);
    if (match)
      return t(`states.issues.${key}` as 'states.issues.future', {
        date: formatDate(match[1] ?? '', language),
      });
  }
  return message;
}

/** Records a treaty action for ISU staff; the server's rule checks come back on the right fields. */
export default function RecordEventForm({ iso3 }: { iso3: string }) {
  const { t, i18n } = useTranslation('states');
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(EMPTY);
  const [missingDate, setMissingDate] = useState(false);
  const [done, setDone] = useState('');
  const record = useMutation({
    mutationFn: (input: Values) =>
      recordEvent(iso3, {
        type: input.type as TreatyEventType,
        date: input.date,
        effectiveDate: input.type === 'withdrawal' && input.effectiveDate ? input.effectiveDate : null,
        notification: input.notification.trim() || null,
        detail: input.detail.trim() || null,
        ...(input.source.trim() ? { source: input.source.trim() } : {}),
      }),
    onSuccess: (state, input) => {
      queryClient.setQueryData(statesKeys.detail(iso3), state);
      // Counts, map colours, chart and lists all follow from the new event.
      void queryClient.invalidateQueries({ queryKey: statesKeys.all });
      void queryClient.invalidateQueries({ queryKey: universalizationKeys.all });
      setDone(t('states.record.done', { type: t(`states.eventType.${input.type as TreatyEventType}`) }));
      setValues(EMPTY);
    },
  });

  const serverErrors = fieldErrors(record.error, t);
  const errors: Partial<Record<Field, string>> = {};
  for (const [field, message] of Object.entries(serverErrors)) {
    errors[field as Field] = translateTreatyIssue(message, t, i18n.language);
  }
  if (missingDate) errors.date = t('states.record.dateRequired');
  const unplaced =
    record.isError && !(record.error instanceof ApiError && Object.keys(serverErrors).length > 0);

  const set = (field: Field) => (event: { currentTarget: { value: string } }) => {
    setValues({ ...values, [field]: event.currentTarget.value });
    if (field === 'date') setMissingDate(false);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!values.date) {
      setMissingDate(true);
      return;
    }
    record.mutate(values);
  };

  return (
    <form onSubmit={submit} className={classes.form} noValidate>
      <div role="status">{done && <Alert color="green">{done}</Alert>}</div>
      {record.isError && (
        <Alert color="red" role="alert" title={t('states.record.failed')}>
          {unplaced ? errorText(record.error, t) : t('errors.validation')}
        </Alert>
      )}
      <NativeSelect
        label={t('states.record.type')}
        value={values.type}
        onChange={set('type')}
        error={errors.type}
        data={eventTypes.map((type) => ({ value: type, label: t(`states.eventType.${type}`) }))}
      />
      <TextInput
        type="date"
        label={t('states.record.date')}
        required
        value={values.date}
        onChange={set('date')}
        error={errors.date}
      />
      {values.type === 'withdrawal' && (
        <TextInput
          type="date"
          label={t('states.record.effectiveDate')}
          description={t('states.record.effectiveDateHint')}
          value={values.effectiveDate}
          onChange={set('effectiveDate')}
          error={errors.effectiveDate}
        />
      )}
      <TextInput
        label={t('states.record.notification')}
        description={t('states.record.notificationHint')}
        value={values.notification}
        onChange={set('notification')}
        error={errors.notification}
      />
      <Textarea
        label={t('states.record.detail')}
        rows={3}
        value={values.detail}
        onChange={set('detail')}
        error={errors.detail}
      />
      <TextInput
        label={t('states.record.source')}
        description={t('states.record.sourceHint')}
        value={values.source}
        onChange={set('source')}
        error={errors.source}
      />
      <div>
        <Button type="submit" loading={record.isPending}>
          {t('states.record.submit')}
        </Button>
      </div>
    </form>
  );
}
