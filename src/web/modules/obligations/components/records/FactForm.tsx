import { Checkbox, NativeSelect, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { factKinds, recordFact, todayIso } from '../../api';
import classes from '../../obligations.module.css';
import { RecordForm } from './RecordForm';

type Kind = (typeof factKinds)[number];

/** A fact behind the obligations: declared stockpiles, contamination, victims, retention. */
export function FactForm({ iso3, onDone }: { iso3: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('obligations');
  const [kind, setKind] = useState<Kind>('contamination');
  const [applies, setApplies] = useState(true);
  const [date, setDate] = useState(todayIso());
  const [endOfHostilities, setEnd] = useState('');
  const [years, setYears] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const yearList = years.match(/\d{4}/g)?.map(Number) ?? [];
  const validate = () => {
    const problems: Record<string, string> = {};
    if (!date) problems.date = t('obligations.forms.required');
    if (!source.trim()) problems.source = t('obligations.forms.required');
    if (kind === 'retention' && applies && yearList.length === 0)
      problems.years = t('obligations.forms.required');
    return problems;
  };
  const send = () =>
    recordFact(iso3, {
      kind,
      applies,
      date,
      endOfHostilities: kind === 'contamination' && endOfHostilities ? endOfHostilities : null,
      years: kind === 'retention' && yearList.length > 0 ? yearList : null,
      source: source.trim(),
      note: note.trim() || null,
    });
  const done = () => {
    setSource('');
    setNote('');
    onDone(t('obligations.forms.factSaved'));
  };
  return (
    <RecordForm
      title={t('obligations.forms.factTitle')}
      submitLabel={t('obligations.forms.factSubmit')}
      validate={validate}
      send={send}
      onDone={done}
    >
      {(errors) => (
        <>
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.forms.factKind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as Kind)}
            >
              {factKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`obligations.factKind.${k}`)}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="date"
              label={t('obligations.forms.factDate')}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.date}
              required
            />
          </div>
          <Checkbox
            label={t('obligations.forms.applies')}
            checked={applies}
            onChange={(event) => setApplies(event.currentTarget.checked)}
          />
          {kind === 'contamination' && (
            <TextInput
              type="date"
              className={classes.narrow}
              label={t('obligations.forms.endOfHostilities')}
              description={t('obligations.forms.endOfHostilitiesHint')}
              value={endOfHostilities}
              onChange={(event) => setEnd(event.currentTarget.value)}
              error={errors.endOfHostilities}
            />
          )}
          {kind === 'retention' && (
            <TextInput
              label={t('obligations.forms.years')}
              description={t('obligations.forms.yearsHint')}
              value={years}
              onChange={(event) => setYears(event.currentTarget.value)}
              error={errors.years}
              required={applies}
            />
          )}
          <TextInput
            label={t('obligations.forms.source')}
            description={t('obligations.forms.sourceHint')}
            value={source}
            maxLength={500}
            onChange={(event) => setSource(event.currentTarget.value)}
            error={errors.source}
            required
          />
          <Textarea
            label={t('obligations.forms.note')}
            value={note}
            rows={2}
            maxLength={2000}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errors.note}
          />
        </>
      )}
    </RecordForm>
  );
}
