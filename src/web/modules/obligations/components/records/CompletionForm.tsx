import { NativeSelect, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ExtensionArticle, extensionArticles, recordCompletion } from '../../api';
import { articleKey } from '../../format';
import { useMeetings } from '../../hooks';
import classes from '../../obligations.module.css';
import { RecordForm } from './RecordForm';

const precisions = ['day', 'month', 'year', 'before'] as const;
type Precision = (typeof precisions)[number];

/** A declaration of compliance (Art. 3 or Art. 4), dated to the day, month or year known. */
export function CompletionForm({
  iso3,
  articles,
  onDone,
}: {
  iso3: string;
  /** The extension articles that apply to the State. */
  articles: ExtensionArticle[];
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation('obligations');
  const meetings = useMeetings();
  const [article, setArticle] = useState<ExtensionArticle>(articles[0] ?? '3');
  const [precision, setPrecision] = useState<Precision>('day');
  const [date, setDate] = useState('');
  const [meeting, setMeeting] = useState('');
  const [documentRef, setDocumentRef] = useState('');
  const [source, setSource] = useState('');
  const validDate =
    precision === 'year'
      ? /^\d{4}$/.test(date)
      : precision === 'month'
        ? /^\d{4}-\d{2}$/.test(date)
        : /^\d{4}-\d{2}-\d{2}$/.test(date);
  const validate = () => {
    const problems: Record<string, string> = {};
    if (!validDate) problems.date = t('obligations.forms.required');
    if (!source.trim()) problems.source = t('obligations.forms.required');
    return problems;
  };
  const send = () =>
    recordCompletion(iso3, {
      article,
      date: precision === 'before' ? null : date,
      before: precision === 'before' ? date : null,
      meeting: meeting || null,
      document: documentRef.trim() || null,
      source: source.trim(),
    });
  const done = () => {
    setDate('');
    setSource('');
    setDocumentRef('');
    onDone(t('obligations.forms.completionSaved'));
  };
  const inputType = precision === 'year' ? 'number' : precision === 'month' ? 'month' : 'date';
  return (
    <RecordForm
      title={t('obligations.forms.completionTitle')}
      submitLabel={t('obligations.forms.completionSubmit')}
      validate={validate}
      send={send}
      onDone={done}
    >
      {(errors) => (
        <>
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.columns.article')}
              value={article}
              onChange={(event) => setArticle(event.currentTarget.value as ExtensionArticle)}
            >
              {(articles.length > 0 ? articles : extensionArticles).map((a) => (
                <option key={a} value={a}>
                  {t(`obligations.article.${articleKey(a)}`)}
                </option>
              ))}
            </NativeSelect>
            <NativeSelect
              label={t('obligations.forms.precision')}
              value={precision}
              onChange={(event) => {
                setPrecision(event.currentTarget.value as Precision);
                setDate('');
              }}
            >
              {precisions.map((p) => (
                <option key={p} value={p}>
                  {t(`obligations.forms.precisions.${p}`)}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              type={inputType}
              label={t(
                precision === 'before'
                  ? 'obligations.forms.completedBefore'
                  : 'obligations.forms.completedOn',
              )}
              description={precision === 'month' ? t('obligations.forms.monthHint') : undefined}
              placeholder={precision === 'year' ? 'YYYY' : precision === 'month' ? 'YYYY-MM' : undefined}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              error={errors.date ?? errors.before}
              required
            />
          </div>
          <div className={classes.row}>
            <NativeSelect
              label={t('obligations.forms.meeting')}
              value={meeting}
              onChange={(event) => setMeeting(event.currentTarget.value)}
            >
              <option value="">{t('obligations.forms.noMeeting')}</option>
              {meetings.data?.items.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </NativeSelect>
            <TextInput
              label={t('obligations.forms.document')}
              value={documentRef}
              maxLength={200}
              onChange={(event) => setDocumentRef(event.currentTarget.value)}
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
