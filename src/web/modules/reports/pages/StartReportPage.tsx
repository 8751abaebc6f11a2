import { Alert, Anchor, Button, Radio, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import type { ReportKind } from '../../../../domain/reports/kinds';
import { FocusHeading } from '../../../components/FocusHeading';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { hasAbility, useAuth } from '../../../lib/auth';
import { matchLanguage } from '../../../lib/languages';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { existingReportId, useStartReport, useStateNameList } from '../api-editor';

/**
 * The year of the report being prepared now: the annual report due on 30 April of this year,
 * covering the previous calendar year (the `year` of a report is the year it falls due).
 */
export const currentReportingYear = (today = new Date()) => today.getFullYear();

/**
 * /reports/start — a State's focal point opens its initial report or the annual report of a
 * year, then continues in the editor. If the report exists already, the editor of that one opens.
 */
export function StartReportPage() {
  const { t, i18n } = useTranslation('reportEditor');
  useDocumentTitle(t('reportEditor.start.title'));
  const user = useAuth().data?.user ?? null;
  const iso3 = user?.role === 'state_focal_point' ? user.stateIso3 : null;
  const deleted = (useLocation().state as { deleted?: boolean } | null)?.deleted === true;

  return (
    <section>
      <FocusHeading>{t('reportEditor.start.title')}</FocusHeading>
      {deleted && (
        <Alert color="blue" role="status" mb="md" maw="40rem">
          {t('reportEditor.draft.deleted')}
        </Alert>
      )}
      {iso3 ? (
        <StartForm iso3={iso3} lang={matchLanguage(i18n.language) ?? 'en'} />
      ) : (
        <Stack gap="sm" maw="40rem">
          <Text>{t('reportEditor.start.onlyFocalPoints')}</Text>
          {hasAbility(user, 'staff') && (
            <Anchor component={Link} to="/reports/received">
              {t('reportEditor.start.recordReceived')}
            </Anchor>
          )}
          <Anchor component={Link} to="/reports">
            {t('reportEditor.start.allReports')}
          </Anchor>
        </Stack>
      )}
    </section>
  );
}

function StartForm({ iso3, lang }: { iso3: string; lang: 'en' | 'fr' | 'es' }) {
  const { t } = useTranslation('reportEditor');
  const navigate = useNavigate();
  const states = useStateNameList(lang).data;
  const stateName = states?.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const [kind, setKind] = useState<ReportKind>('annual');
  const [year, setYear] = useState(String(currentReportingYear()));
  const [yearError, setYearError] = useState<string | null>(null);
  const start = useStartReport();
  const serverErrors = fieldErrors(start.error, t);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const value = Number(year);
    if (!/^\d{4}$/.test(year.trim()) || value < 2010 || value > 2100) {
      setYearError(t('reportEditor.start.yearInvalid'));
      return;
    }
    setYearError(null);
    start.mutate(
      { iso3, kind, year: value },
      {
        onSuccess: (report) => navigate(`/reports/${report.id}/edit`),
        onError: (error) => {
          const existing = existingReportId(error);
          if (existing) navigate(`/reports/${existing}/edit`);
        },
      },
    );
  };
  const failed = start.isError && !existingReportId(start.error);

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby="start-intro">
      <Stack gap="md" maw="40rem">
        <Text id="start-intro">{t('reportEditor.start.intro', { state: stateName })}</Text>
        <Radio.Group
          label={t('reportEditor.start.kind')}
          value={kind}
          onChange={(value) => setKind(value === 'initial' ? 'initial' : 'annual')}
        >
          <Stack gap="xs" mt="xs">
            <Radio value="annual" label={t('reportEditor.start.annual')} />
            <Radio value="initial" label={t('reportEditor.start.initial')} />
          </Stack>
        </Radio.Group>
        <TextInput
          label={t('reportEditor.start.year')}
          description={
            kind === 'annual'
              ? t('reportEditor.start.yearHelpAnnual', {
                  year: year || '…',
                  covered: Number(year) - 1 || '…',
                })
              : t('reportEditor.start.yearHelpInitial')
          }
          inputMode="numeric"
          maxLength={4}
          value={year}
          onChange={(event) => setYear(event.currentTarget.value)}
          error={yearError ?? serverErrors.year}
          required
        />
        {failed && <Alert color="red">{errorText(start.error, t)}</Alert>}
        <div>
          <Button type="submit" loading={start.isPending}>
            {t('reportEditor.start.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
