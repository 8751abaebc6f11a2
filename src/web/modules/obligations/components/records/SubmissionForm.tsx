import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recordSubmission, todayIso } from '../../api';
import classes from '../../obligations.module.css';
import { RecordForm } from './RecordForm';

const kinds = ['initial', 'annual', 'retention'] as const;
type Kind = (typeof kinds)[number];

/** The date an Art. 7 report (initial or annual) or an Art. 3(8) retention report was received. */
export function SubmissionForm({ iso3, onDone }: { iso3: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('obligations');
  const [kind, setKind] = useState<Kind>('annual');
  const [year, setYear] = useState(String(new Date().getUTCFullYear()));
  const [submittedOn, setSubmittedOn] = useState(todayIso());
  const [source, setSource] = useState('');
  const validate = () => {
    const problems: Record<string, string> = {};
    if (kind !== 'initial' && !/^\d{4}$/.test(year)) problems.year = t('obligations.forms.required');
    if (!submittedOn) problems.submittedOn = t('obligations.forms.required');
    if (!source.trim()) problems.source = t('obligations.forms.required');
    return problems;
  };
  const send = () =>
    recordSubmission(iso3, {
      kind,
      year: kind === 'initial' ? null : Number(year),
      submittedOn,
      source: source.trim(),
    });
  const done = () => {
    setSource('');
    onDone(t('obligations.forms.submissionSaved'));
  };
  return (
    <RecordForm
      title={t('obligations.forms.submissionTitle')}
      submitLabel={t('obligations.forms.submissionSubmit')}
      validate={validate}
      send={send}
      onDone={done}
    >
      {(errors) => (
        <>
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.forms.reportKind')}
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as Kind)}
            >
              {kinds.map((k) => (
                <option key={k} value={k}>
                  {t(`obligations.reportKind.${k}`)}
                </option>
              ))}
            </NativeSelect>
            {kind !== 'initial' && (
              <TextInput
                type="number"
                label={t('obligations.forms.reportYear')}
                description={t(
                  kind === 'annual'
                    ? 'obligations.forms.annualYearHint'
                    : 'obligations.forms.retentionYearHint',
                )}
                min={2008}
                max={2100}
                value={year}
                onChange={(event) => setYear(event.currentTarget.value)}
                error={errors.year}
                required
              />
            )}
            <TextInput
              type="date"
              label={t('obligations.forms.submittedOn')}
              value={submittedOn}
              onChange={(event) => setSubmittedOn(event.currentTarget.value)}
              error={errors.submittedOn}
              required
            />
          </div>
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
