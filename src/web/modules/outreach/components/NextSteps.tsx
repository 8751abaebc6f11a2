import { Alert, Button, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { StatusBadge } from '../../../components/StatusBadge';
import { TableScroll } from '../../../components/TableScroll';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { formatDate } from '../../../lib/format';
import {
  addNextStep,
  fetchOwners,
  type NextStepInput,
  type OutreachNextStep,
  outreachKeys,
  outreachLimits,
  setStepDone,
  today,
} from '../api';
import classes from '../outreach.module.css';

interface NextStepsProps {
  iso3: string;
  steps: OutreachNextStep[];
  editable: boolean;
  onDone: (message: string) => void;
}

/** The owner select: nobody, an account (`user:<id>`), or someone else named in a text field. */
type Form = { description: string; dueDate: string; owner: string; ownerText: string };
const blank: Form = { description: '', dueDate: '', owner: '', ownerText: '' };

function toInput(form: Form): NextStepInput {
  const input: NextStepInput = { description: form.description.trim(), dueDate: form.dueDate };
  if (form.owner.startsWith('user:')) input.ownerUserId = form.owner.slice(5);
  if (form.owner === 'other' && form.ownerText.trim()) input.ownerText = form.ownerText.trim();
  return input;
}

/** Next steps, open ones first by due date, with "Mark done" / "Reopen" and a form to add one. */
export function NextSteps({ iso3, steps, editable, onDone }: NextStepsProps) {
  const { t, i18n } = useTranslation('outreach');
  const now = today();
  const [form, setForm] = useState<Form>(blank);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const owners = useQuery({
    queryKey: outreachKeys.owners,
    queryFn: ({ signal }) => fetchOwners(signal),
    enabled: editable,
  });
  const add = useMutation({
    mutationFn: (input: NextStepInput) => addNextStep(iso3, input),
    onSuccess: () => {
      setForm(blank);
      onDone(t('outreach.steps.added'));
    },
  });
  const toggle = useMutation({
    mutationFn: ({ step, done }: { step: OutreachNextStep; done: boolean }) => setStepDone(step, done),
    onSuccess: (step) =>
      onDone(
        t(step.doneAt ? 'outreach.steps.markedDone' : 'outreach.steps.reopened', { step: step.description }),
      ),
  });
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!form.description.trim()) problems.description = t('outreach.steps.descriptionRequired');
    if (!form.dueDate) problems.dueDate = t('outreach.dateRequired');
    if (form.owner === 'other' && !form.ownerText.trim())
      problems.ownerText = t('outreach.steps.ownerTextRequired');
    setMissing(problems);
    if (Object.keys(problems).length === 0) add.mutate(toInput(form));
  };
  const errors = { ...fieldErrors(add.error, t), ...missing };

  const stateOf = (step: OutreachNextStep) => {
    if (step.doneAt)
      return (
        <StatusBadge tone="gray">
          {t('outreach.steps.doneOn', { date: formatDate(step.doneAt.slice(0, 10), i18n.language) })}
        </StatusBadge>
      );
    if (step.dueDate < now)
      return (
        <Text size="sm" className={classes.overdue}>
          {t('outreach.steps.overdue')}
        </Text>
      );
    return <Text size="sm">{t('outreach.steps.open')}</Text>;
  };

  return (
    <Stack gap="md">
      {steps.length === 0 ? (
        <Text>{t('outreach.steps.empty')}</Text>
      ) : (
        <TableScroll labelledBy="steps-caption">
          <Table className={tableClasses.table} striped verticalSpacing="xs">
            <caption id="steps-caption">{t('outreach.steps.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outreach.steps.description')}</Table.Th>
                <Table.Th scope="col">{t('outreach.steps.due')}</Table.Th>
                <Table.Th scope="col">{t('outreach.steps.owner')}</Table.Th>
                <Table.Th scope="col">{t('outreach.steps.state')}</Table.Th>
                {editable && <Table.Th scope="col">{t('table.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {steps.map((step) => (
                <Table.Tr key={step.id}>
                  <Table.Th scope="row" className={step.doneAt ? classes.done : undefined}>
                    {step.description}
                  </Table.Th>
                  <Table.Td className={tableClasses.nowrap}>
                    {formatDate(step.dueDate, i18n.language)}
                  </Table.Td>
                  <Table.Td>{step.ownerName ?? '—'}</Table.Td>
                  <Table.Td>{stateOf(step)}</Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="default"
                        loading={toggle.isPending && toggle.variables?.step.id === step.id}
                        onClick={() => toggle.mutate({ step, done: !step.doneAt })}
                        aria-label={t(
                          step.doneAt ? 'outreach.steps.reopenFor' : 'outreach.steps.markDoneFor',
                          { step: step.description },
                        )}
                      >
                        {t(step.doneAt ? 'outreach.steps.reopen' : 'outreach.steps.markDone')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {toggle.error && <Alert color="red">{errorText(toggle.error, t)}</Alert>}
      {editable && (
        <form onSubmit={onSubmit} noValidate aria-labelledby="step-form-heading">
          <Text fw={700} id="step-form-heading" mb="xs">
            {t('outreach.steps.add')}
          </Text>
          <Stack gap="sm">
            <div className={classes.row}>
              <TextInput
                className={classes.wide}
                label={t('outreach.steps.description')}
                value={form.description}
                maxLength={outreachLimits.description}
                onChange={(event) => set({ description: event.currentTarget.value })}
                error={errors.description}
                required
              />
              <TextInput
                type="date"
                label={t('outreach.steps.due')}
                value={form.dueDate}
                onChange={(event) => set({ dueDate: event.currentTarget.value })}
                error={errors.dueDate}
                required
              />
            </div>
            <div className={classes.row}>
              <NativeSelect
                label={t('outreach.steps.owner')}
                value={form.owner}
                onChange={(event) => set({ owner: event.currentTarget.value })}
                error={errors.ownerUserId}
              >
                <option value="">{t('outreach.steps.noOwner')}</option>
                {owners.data?.items.map((owner) => (
                  <option key={owner.id} value={`user:${owner.id}`}>
                    {owner.name}
                  </option>
                ))}
                <option value="other">{t('outreach.steps.otherOwner')}</option>
              </NativeSelect>
              {form.owner === 'other' && (
                <TextInput
                  label={t('outreach.steps.ownerText')}
                  value={form.ownerText}
                  maxLength={outreachLimits.ownerText}
                  onChange={(event) => set({ ownerText: event.currentTarget.value })}
                  error={errors.ownerText}
                  required
                />
              )}
            </div>
            {add.error && <Alert color="red">{errorText(add.error, t)}</Alert>}
            <div>
              <Button type="submit" loading={add.isPending}>
                {t('outreach.steps.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
