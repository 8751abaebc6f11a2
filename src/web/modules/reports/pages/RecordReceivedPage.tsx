import { Alert, Button, Input, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FocusHeading } from '../../../components/FocusHeading';
import { ApiError } from '../../../lib/api';
import { errorText, fieldErrors } from '../../../lib/api-errors';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { useRecordReceived, useStateNames } from '../api';
import { KeyFiguresFields } from '../components/KeyFiguresFields';
import { reportKinds, reportYears } from '../list';
import { emptyFigures, formProblems, issueField, type ReceivedForm, receivedFields } from '../received';
import classes from '../reports.module.css';

const accept = '.pdf,.doc,.docx,.odt,.xls,.xlsx,.ods,.csv,.txt,.jpg,.jpeg,.png';
const today = () => new Date().toISOString().slice(0, 10);

/**
 * ISU staff record a report that reached them on paper or by e-mail: which report it is, the day
 * it was received (what compliance counts), the key figures the analysis adds up, and the
 * document itself. The server builds the report from the figures and checks them.
 */
export function RecordReceivedPage() {
  const { t } = useTranslation('reports');
  useDocumentTitle(t('reports.received.heading'));
  const navigate = useNavigate();
  const { states } = useStateNames();
  const record = useRecordReceived();
  const summary = useRef<HTMLDivElement>(null);
  const [form, setForm] = useState<ReceivedForm>({
    iso3: '',
    kind: 'annual',
    year: String(new Date().getUTCFullYear()),
    receivedOn: today(),
    periodFrom: '',
    periodTo: '',
    figures: emptyFigures(),
    file: null,
  });
  const [local, setLocal] = useState<Record<string, string>>({});
  const set = (patch: Partial<ReceivedForm>) => setForm((f) => ({ ...f, ...patch }));

  const server: Record<string, string> = {};
  for (const [path, message] of Object.entries(fieldErrors(record.error, t)))
    server[issueField(path)] ??= message;
  const errors = { ...server, ...local };
  const conflict = record.error instanceof ApiError && record.error.code === 'conflict';

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems = formProblems(form);
    const messages = Object.fromEntries(
      Object.entries(problems).map(([field, problem]) => [
        field,
        t(`reports.received.problem.${problem ?? 'required'}`),
      ]),
    );
    setLocal(messages);
    record.reset();
    if (Object.keys(messages).length > 0 || !form.file) {
      summary.current?.focus();
      return;
    }
    record.mutate(
      { file: form.file, fields: receivedFields(form) },
      {
        onSuccess: ({ id }) => navigate(`/reports/${id}`),
        onError: () => summary.current?.focus(),
      },
    );
  };
  const failed = Object.keys(errors).length > 0 || record.isError;

  return (
    <article>
      <FocusHeading>{t('reports.received.heading')}</FocusHeading>
      <Text mb="md">{t('reports.received.intro')}</Text>
      <div ref={summary} tabIndex={-1} role="alert">
        {failed && (
          <Alert color="red" mb="md" title={t('reports.received.failed')}>
            {conflict
              ? t('reports.received.exists')
              : Object.keys(errors).length > 0
                ? t('reports.received.fixFields')
                : errorText(record.error, t)}
          </Alert>
        )}
      </div>
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <div className={classes.row}>
            <NativeSelect
              label={t('reports.received.state')}
              value={form.iso3}
              onChange={(event) => set({ iso3: event.currentTarget.value })}
              error={errors.iso3}
              required
            >
              <option value="">{t('reports.received.chooseState')}</option>
              {states
                .filter((s) => s.entryIntoForce)
                .map((s) => (
                  <option key={s.iso3} value={s.iso3}>
                    {s.name}
                  </option>
                ))}
            </NativeSelect>
            <NativeSelect
              label={t('reports.columns.kind')}
              value={form.kind}
              onChange={(event) => set({ kind: event.currentTarget.value as ReceivedForm['kind'] })}
              error={errors.kind}
              required
            >
              {reportKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`reports.kind.${kind}`)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t('reports.received.year')}
              description={t('reports.received.yearHint')}
              value={form.year}
              onChange={(event) => set({ year: event.currentTarget.value })}
              error={errors.year}
              required
            >
              {reportYears().map((year) => (
                <option key={year} value={String(year)}>
                  {year}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type="date"
              label={t('reports.received.receivedOn')}
              description={t('reports.received.receivedOnHint')}
              value={form.receivedOn}
              max={today()}
              onChange={(event) => set({ receivedOn: event.currentTarget.value })}
              error={errors.receivedOn}
              required
            />
          </div>
          <fieldset className={classes.fieldset}>
            <legend>{t('reports.received.period')}</legend>
            <Text size="sm" mb="xs">
              {t('reports.received.periodHint')}
            </Text>
            <div className={classes.row}>
              <TextInput
                type="date"
                label={t('reports.received.periodFrom')}
                value={form.periodFrom}
                onChange={(event) => set({ periodFrom: event.currentTarget.value })}
                error={errors.periodFrom}
              />
              <TextInput
                type="date"
                label={t('reports.received.periodTo')}
                value={form.periodTo}
                onChange={(event) => set({ periodTo: event.currentTarget.value })}
                error={errors.periodTo}
              />
            </div>
          </fieldset>
          <KeyFiguresFields
            figures={form.figures}
            errors={errors}
            onChange={(figure, value) => set({ figures: { ...form.figures, [figure]: value } })}
          />
          <Input.Wrapper
            label={t('reports.received.file')}
            description={t('reports.received.fileHint')}
            error={errors.file}
            required
            id="received-file"
          >
            <input
              id="received-file"
              type="file"
              accept={accept}
              required
              aria-invalid={errors.file ? true : undefined}
              aria-describedby={errors.file ? 'received-file-error' : 'received-file-description'}
              onChange={(event) => set({ file: event.currentTarget.files?.[0] ?? null })}
            />
          </Input.Wrapper>
          <div>
            <Button type="submit" loading={record.isPending}>
              {t('reports.received.submit')}
            </Button>
          </div>
        </Stack>
      </form>
    </article>
  );
}
