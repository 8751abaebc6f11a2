import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type StateRecords, setVictimAssistance } from '../../api';
import classes from '../../obligations.module.css';
import { RecordForm } from './RecordForm';

/** Art. 5: the designated focal point and the national plan; saved with the version read. */
export function VictimAssistanceForm({
  iso3,
  current,
  onDone,
}: {
  iso3: string;
  current: StateRecords['victimAssistance'];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('obligations');
  const [focalPoint, setFocalPoint] = useState(current?.focalPoint ?? '');
  const [nationalPlan, setNationalPlan] = useState(current?.nationalPlan ?? '');
  const [planDate, setPlanDate] = useState(current?.planDate ?? '');
  const [source, setSource] = useState(current?.source ?? '');
  const validate = (): Record<string, string> =>
    source.trim() ? {} : { source: t('obligations.forms.required') };
  const send = () =>
    setVictimAssistance(iso3, {
      focalPoint: focalPoint.trim() || null,
      nationalPlan: nationalPlan.trim() || null,
      planDate: planDate || null,
      source: source.trim(),
      ...(current ? { version: current.version } : {}),
    });
  return (
    <RecordForm
      title={t('obligations.forms.assistanceTitle')}
      submitLabel={t('obligations.forms.assistanceSubmit')}
      validate={validate}
      send={send}
      onDone={() => onDone(t('obligations.forms.assistanceSaved'))}
    >
      {(errors) => (
        <>
          <TextInput
            label={t('obligations.forms.assistanceFocalPoint')}
            value={focalPoint}
            maxLength={500}
            onChange={(event) => setFocalPoint(event.currentTarget.value)}
            error={errors.focalPoint}
          />
          <div className={classes.row}>
            <TextInput
              label={t('obligations.forms.assistancePlan')}
              value={nationalPlan}
              maxLength={1000}
              onChange={(event) => setNationalPlan(event.currentTarget.value)}
              error={errors.nationalPlan}
            />
            <TextInput
              type="date"
              label={t('obligations.forms.assistancePlanDate')}
              value={planDate}
              onChange={(event) => setPlanDate(event.currentTarget.value)}
              error={errors.planDate}
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
