import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nationalMeasures, type StateRecords, setNationalMeasures } from '../../api';
import classes from '../../obligations.module.css';
import { RecordForm } from './RecordForm';

type Status = (typeof nationalMeasures)[number];

/** Art. 9 national implementation measures; saved with the version read (409 if it changed). */
export function NationalMeasuresForm({
  iso3,
  current,
  onDone,
}: {
  iso3: string;
  current: StateRecords['nationalMeasures'];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('obligations');
  const [status, setStatus] = useState<Status>(current?.status ?? 'legislation_adopted');
  const [instrument, setInstrument] = useState(current?.instrument ?? '');
  const [date, setDate] = useState(current?.date ?? '');
  const [source, setSource] = useState(current?.source ?? '');
  const validate = (): Record<string, string> =>
    source.trim() ? {} : { source: t('obligations.forms.required') };
  const send = () =>
    setNationalMeasures(iso3, {
      status,
      instrument: instrument.trim() || null,
      date: date || null,
      source: source.trim(),
      ...(current ? { version: current.version } : {}),
    });
  return (
    <RecordForm
      title={t('obligations.forms.measuresTitle')}
      submitLabel={t('obligations.forms.measuresSubmit')}
      validate={validate}
      send={send}
      onDone={() => onDone(t('obligations.forms.measuresSaved'))}
    >
      {(errors) => (
        <>
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.columns.status')}
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as Status)}
            >
              {nationalMeasures.map((m) => (
                <option key={m} value={m}>
                  {t(`obligations.measures.${m}`)}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="date"
              label={t('obligations.forms.measuresDate')}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.date}
            />
          </div>
          <TextInput
            label={t('obligations.forms.instrument')}
            value={instrument}
            maxLength={500}
            onChange={(event) => setInstrument(event.currentTarget.value)}
            error={errors.instrument}
          />
          <TextInput
            label={t('obligations.forms.source')}
            description={t('obligations.forms.sourceHint')}
            value={source}
            maxLength={500}
            onChange={(event) => setSource(event.currentTarget.value)}
            error={errors.source}
            required
          />
        </>
      )}
    </RecordForm>
  );
}
