import { Alert, Button, Group, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { type Target, universalizationKeys, updateTarget } from '../api';
import classes from '../states.module.css';
import { TargetList } from './TargetList';

function TargetForm({ target, onDone }: { target: Target; onDone: (message: string) => void }) {
  const { t } = useTranslation('states');
  const queryClient = useQueryClient();
  const [value, setValue] = useState(target);
  const save = useMutation({
    mutationFn: updateTarget,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: universalizationKeys.all });
      onDone(t('states.targets.saved'));
    },
    onError: (error) => {
      // Someone saved first: show their version; the person can edit again from there.
      if (error instanceof ApiError && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: universalizationKeys.all });
      }
    },
  });
  const errors = fieldErrors(save.error, t);
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(value);
  };
  const text = (key: 'label' | 'source' | 'byDate') => ({
    value: value[key],
    error: errors[key],
    onChange: (event: { currentTarget: HTMLInputElement }) =>
      setValue({ ...value, [key]: event.currentTarget.value }),
  });
  return (
    <form
      onSubmit={submit}
      className={classes.form}
      aria-label={t('states.targets.editOf', { label: target.label })}
    >
      {conflict && (
        <Alert color="orange" title={t('states.targets.conflictTitle')}>
          {t('states.targets.conflict')}
        </Alert>
      )}
      {save.isError && !conflict && Object.keys(errors).length === 0 && (
        <Alert color="red">{errorText(save.error, t)}</Alert>
      )}
      <TextInput label={t('states.targets.label')} required {...text('label')} />
      <TextInput
        type="number"
        label={t('states.targets.parties')}
        required
        min={1}
        max={250}
        value={String(value.parties)}
        error={errors.parties}
        onChange={(event) => setValue({ ...value, parties: Number(event.currentTarget.value) || 0 })}
      />
      <TextInput type="date" label={t('states.targets.byDate')} required {...text('byDate')} />
      <TextInput label={t('states.targets.sourceLabel')} required {...text('source')} />
      <Group>
        <Button type="submit" loading={save.isPending} disabled={conflict}>
          {t('states.targets.save')}
        </Button>
        <Button variant="default" onClick={() => onDone('')}>
          {conflict ? t('states.targets.close') : t('states.targets.cancel')}
        </Button>
      </Group>
    </form>
  );
}

/** The targets for ISU staff, each with an Edit button opening its form in place. */
export default function TargetsEditor({ targets }: { targets: Target[] }) {
  const { t } = useTranslation('states');
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState('');
  const current = targets.find((target) => target.id === editing);
  return (
    <div>
      <TargetList targets={targets} />
      <div role="status">{message && <Alert color="green">{message}</Alert>}</div>
      {current ? (
        <>
          {/* Focus moves here: the Edit button the person pressed is gone. */}
          <FocusHeading order={3} focus>
            {t('states.targets.editOf', { label: current.label })}
          </FocusHeading>
          <TargetForm
            key={current.id}
            target={current}
            onDone={(done) => {
              setMessage(done);
              setEditing(null);
            }}
          />
        </>
      ) : (
        <Group gap="xs">
          {targets.map((target) => (
            <Button
              key={target.id}
              variant="default"
              size="xs"
              onClick={() => {
                setMessage('');
                setEditing(target.id);
              }}
            >
              {t('states.targets.edit', { label: target.label })}
            </Button>
          ))}
        </Group>
      )}
    </div>
  );
}
