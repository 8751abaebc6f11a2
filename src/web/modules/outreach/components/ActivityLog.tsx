import { Alert, Button, NativeSelect, Stack, Table, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import tableClasses from '../../../components/DataTable.module.css';
import { TableScroll } from '../../../components/TableScroll';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { formatDate } from '../../../lib/format';
import {
  type ActivityInput,
  type ActivityKind,
  activityKinds,
  addActivity,
  type OutreachActivity,
  outreachLimits,
  today,
} from '../api';
import classes from '../outreach.module.css';

interface ActivityLogProps {
  iso3: string;
  activities: OutreachActivity[];
  editable: boolean;
  onDone: (message: string) => void;
}

const blank = (): ActivityInput => ({ date: today(), kind: 'meeting', who: '', notes: '' });

/** What was done, newest first, and a form to log a new activity. */
export function ActivityLog({ iso3, activities, editable, onDone }: ActivityLogProps) {
  const { t, i18n } = useTranslation('outreach');
  const [value, setValue] = useState<ActivityInput>(blank);
  const [missing, setMissing] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (input: ActivityInput) => addActivity(iso3, input),
    onSuccess: () => {
      setValue(blank());
      onDone(t('outreach.activities.added'));
    },
  });
  const set = (patch: Partial<ActivityInput>) => setValue((v) => ({ ...v, ...patch }));
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!value.who.trim()) problems.who = t('outreach.activities.whoRequired');
    if (!value.date) problems.date = t('outreach.dateRequired');
    setMissing(problems);
    if (Object.keys(problems).length === 0) mutation.mutate({ ...value, who: value.who.trim() });
  };
  const errors = { ...fieldErrors(mutation.error, t), ...missing };

  return (
    <Stack gap="md">
      {editable && (
        <form onSubmit={onSubmit} noValidate aria-labelledby="activity-form-heading">
          <Text fw={700} id="activity-form-heading" mb="xs">
            {t('outreach.activities.add')}
          </Text>
          <Stack gap="sm">
            <div className={classes.row}>
              <TextInput
                type="date"
                label={t('outreach.activities.date')}
                value={value.date}
                onChange={(event) => set({ date: event.currentTarget.value })}
                error={errors.date}
                required
              />
              <NativeSelect
                label={t('outreach.activities.kind')}
                value={value.kind}
                onChange={(event) => set({ kind: event.currentTarget.value as ActivityKind })}
              >
                {activityKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`outreach.kinds.${kind}`)}
                  </option>
                ))}
              </NativeSelect>
              <TextInput
                className={classes.wide}
                label={t('outreach.activities.who')}
                description={t('outreach.activities.whoHint')}
                value={value.who}
                maxLength={outreachLimits.who}
                onChange={(event) => set({ who: event.currentTarget.value })}
                error={errors.who}
                required
              />
            </div>
            <Textarea
              label={t('outreach.activities.notes')}
              value={value.notes}
              rows={3}
              maxLength={outreachLimits.notes}
              onChange={(event) => set({ notes: event.currentTarget.value })}
              error={errors.notes}
            />
            {mutation.error && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
            <div>
              <Button type="submit" loading={mutation.isPending}>
                {t('outreach.activities.submit')}
              </Button>
            </div>
          </Stack>
        </form>
      )}
      {activities.length === 0 ? (
        <Text>{t('outreach.activities.empty')}</Text>
      ) : (
        <TableScroll labelledBy="activities-caption">
          <Table className={tableClasses.table} striped verticalSpacing="xs">
            <caption id="activities-caption">{t('outreach.activities.caption')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('outreach.activities.date')}</Table.Th>
                <Table.Th scope="col">{t('outreach.activities.kind')}</Table.Th>
                <Table.Th scope="col">{t('outreach.activities.who')}</Table.Th>
                <Table.Th scope="col">{t('outreach.activities.notes')}</Table.Th>
                <Table.Th scope="col">{t('outreach.activities.recordedBy')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activities.map((activity) => (
                <Table.Tr key={activity.id}>
                  <Table.Th scope="row" className={tableClasses.nowrap}>
                    {formatDate(activity.date, i18n.language)}
                  </Table.Th>
                  <Table.Td>{t(`outreach.kinds.${activity.kind}`)}</Table.Td>
                  <Table.Td>{activity.who}</Table.Td>
                  <Table.Td className={classes.notes}>{activity.notes || '—'}</Table.Td>
                  <Table.Td>{activity.createdByName ?? t('outreach.unknownPerson')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
