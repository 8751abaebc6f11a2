import { Alert, Anchor, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { errorText } from '../../../lib/api-errors';
import { documentUrl } from '../api';
import { type Lang, type ReportDetail, useAmendReport } from '../api-editor';

/**
 * What the editor page shows when there is nothing to edit: a submitted or published report (with
 * "Start a correction" for its focal points), or a report this person may only read.
 */
export function NotEditable({ report, discarded }: { report: ReportDetail; discarded: boolean }) {
  const { t } = useTranslation('reportEditor');
  const amend = useAmendReport(report.id);
  const version = report.latestVersion ?? 0;
  return (
    <div>
      {discarded && (
        <Alert color="blue" role="status" mb="md">
          {t('reportEditor.correction.discarded', { version })}
        </Alert>
      )}
      <Text mb="md">
        {report.status === 'draft'
          ? t('reportEditor.locked.draft', { state: report.stateName })
          : t(`reportEditor.locked.${report.status}`, { version })}
      </Text>
      {report.abilities.amend && (
        <>
          <Text mb="sm">{t('reportEditor.locked.amendHelp')}</Text>
          <Button onClick={() => amend.mutate()} loading={amend.isPending} mb="md">
            {t('reportEditor.locked.amend')}
          </Button>
          {amend.isError && (
            <Alert color="red" mb="md">
              {errorText(amend.error, t)}
            </Alert>
          )}
        </>
      )}
      <div>
        <Anchor component={Link} to={`/reports/${report.id}`}>
          {t('reportEditor.page.openReport')}
        </Anchor>
      </div>
    </div>
  );
}

/** After submitting: the version recorded, where to read and download the report. */
export function Submitted({
  reportId,
  version,
  lang,
}: {
  reportId: string;
  version: number | null;
  lang: Lang;
}) {
  const { t } = useTranslation('reportEditor');
  return (
    <section aria-labelledby="submitted-heading">
      <FocusHeading order={2} focus>
        <span id="submitted-heading">{t('reportEditor.submitted.heading')}</span>
      </FocusHeading>
      <Text mb="md">
        {version === null
          ? t('reportEditor.submitted.textNoVersion')
          : t('reportEditor.submitted.text', { version })}
      </Text>
      <Group gap="lg">
        <Anchor component={Link} to={`/reports/${reportId}`}>
          {t('reportEditor.page.openReport')}
        </Anchor>
        <Anchor href={documentUrl(reportId, 'pdf', lang, version ?? undefined)} download>
          {t('reportEditor.submitted.pdf')}
        </Anchor>
      </Group>
    </section>
  );
}
