import {
  Alert,
  Button,
  Group,
  Loader,
  NativeSelect,
  Stack,
  Tabs,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { formatDateTime } from '../../../lib/format';
import {
  type OutreachPriority,
  type OutreachProfile,
  outreachLimits,
  outreachPriorities,
  saveProfile,
} from '../api';
import classes from '../outreach.module.css';
import { PriorityBadge } from './PriorityBadge';

// The Markdown parser and sanitizer (about 20 kB gzipped) load only when a summary is shown.
const MarkdownView = lazy(() => import('./MarkdownView'));

interface ProfileSectionProps {
  iso3: string;
  profile: OutreachProfile | null;
  editable: boolean;
  /** After a save: announce it and reload the page's data. */
  onDone: (message: string) => void;
  onReload: () => void;
}

export function Markdown({ source, label }: { source: string; label?: string }) {
  const { t } = useTranslation('outreach');
  return (
    <Suspense fallback={<Loader size="sm" aria-label={t('layout.loading')} />}>
      <MarkdownView source={source} label={label} />
    </Suspense>
  );
}

/** Priority and the country summary (Markdown, with a preview), saved with the version read. */
export function ProfileSection({ iso3, profile, editable, onDone, onReload }: ProfileSectionProps) {
  const { t, i18n } = useTranslation('outreach');
  const [priority, setPriority] = useState<OutreachPriority>(profile?.priority ?? 'medium');
  const [summary, setSummary] = useState(profile?.summaryMd ?? '');
  const [tab, setTab] = useState<string | null>('write');
  const mutation = useMutation({
    mutationFn: () => saveProfile(iso3, { version: profile?.version, priority, summaryMd: summary }),
    onSuccess: () => onDone(t('outreach.profile.saved')),
  });
  const conflict = mutation.error instanceof ApiError && mutation.error.code === 'conflict';
  const errors = fieldErrors(mutation.error, t);

  const updated = profile && (
    <Text size="sm" c="dimmed">
      {t('outreach.profile.updated', {
        when: formatDateTime(profile.updatedAt, i18n.language),
        who: profile.updatedByName ?? t('outreach.unknownPerson'),
      })}
    </Text>
  );

  if (!editable) {
    return (
      <Stack gap="sm">
        <Group gap="xs">
          <Text fw={700}>{t('outreach.columns.priority')}:</Text>
          <PriorityBadge priority={profile?.priority ?? null} />
        </Group>
        {profile?.summaryMd ? (
          <Markdown source={profile.summaryMd} />
        ) : (
          <Text>{t('outreach.profile.noSummary')}</Text>
        )}
        {updated}
      </Stack>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    mutation.mutate();
  };

  return (
    <form onSubmit={onSubmit} noValidate>
      <Stack gap="md">
        <NativeSelect
          label={t('outreach.columns.priority')}
          value={priority}
          onChange={(event) => setPriority(event.currentTarget.value as OutreachPriority)}
          error={errors.priority}
          className={classes.narrowField}
        >
          {outreachPriorities.map((p) => (
            <option key={p} value={p}>
              {t(`outreach.priority.${p}`)}
            </option>
          ))}
        </NativeSelect>
        <div>
          <Title order={3} size="h5" mb="xs" id="summary-heading">
            {t('outreach.profile.summary')}
          </Title>
          <Tabs value={tab} onChange={setTab} keepMounted={false}>
            <Tabs.List aria-labelledby="summary-heading">
              <Tabs.Tab value="write">{t('outreach.profile.write')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('outreach.profile.preview')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="sm">
              <Textarea
                label={t('outreach.profile.summaryLabel')}
                description={t('outreach.profile.summaryHint')}
                value={summary}
                onChange={(event) => setSummary(event.currentTarget.value)}
                rows={10}
                maxLength={outreachLimits.summaryMd}
                error={errors.summaryMd}
              />
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="sm">
              <div className={classes.preview}>
                {summary.trim() ? (
                  <Markdown source={summary} label={t('outreach.profile.preview')} />
                ) : (
                  <Text c="dimmed">{t('outreach.profile.noSummary')}</Text>
                )}
              </div>
            </Tabs.Panel>
          </Tabs>
        </div>
        {conflict && (
          <Alert color="yellow" title={t('outreach.conflictTitle')}>
            {t('errors.conflict')}
            <div>
              <Button mt="sm" size="xs" variant="default" onClick={onReload}>
                {t('outreach.reload')}
              </Button>
            </div>
          </Alert>
        )}
        {mutation.error && !conflict && <Alert color="red">{errorText(mutation.error, t)}</Alert>}
        {updated}
        <Group>
          <Button type="submit" loading={mutation.isPending} disabled={conflict}>
            {t('outreach.profile.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
