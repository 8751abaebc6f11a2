import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveChoice } from '../../../../domain/reports/cover';
import type { FormDef } from '../../../../domain/reports/format-types';
import type { ReportKind } from '../../../../domain/reports/kinds';
import { SectionView } from '../view/SectionView';
import { CoverChoice } from './CoverChoice';
import { type Message, messagesAt, useEditor } from './context';
import classes from './editor.module.css';
import { Field, FieldMessages } from './Field';
import { domId } from './paths';
import { TableEditor } from './TableEditor';

export interface PreviousReport {
  year: number;
  kind: ReportKind;
  data: unknown;
}

interface SectionEditorProps {
  sectionId: string;
  /** The section's data (data.header or data.B…). */
  value: unknown;
  coverEntry: unknown;
  choice: EffectiveChoice | 'always';
  kind: ReportKind;
  previous: PreviousReport | null;
  defaultYear: number;
  messages: Map<string, Message[]>;
}

/**
 * The header or one form: its cover page tick, then either its fields and tables (changed, or
 * the header), the previous report's content (unchanged), or a note (not applicable, undecided).
 */
export const SectionEditor = memo(function SectionEditor(props: SectionEditorProps) {
  const { sectionId, value, coverEntry, choice, kind, previous, defaultYear, messages } = props;
  const { t } = useTranslation('reportEditor');
  const { format, lang } = useEditor();
  const form = format.forms.find((f) => f.id === sectionId);
  const def = form ?? format.header;
  const values = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const editing = choice === 'changed' || choice === 'always';
  const title = form
    ? t('reportEditor.section.formTitle', { form: form.id, title: form.title[lang] })
    : format.header.title[lang];

  return (
    <section aria-labelledby={domId(sectionId)} className={classes.sectionBody}>
      <h2 id={domId(sectionId)} tabIndex={-1} className={classes.sectionTitle}>
        {title}
      </h2>
      {form && <FormBasis form={form} />}
      <FieldMessages id={`${domId(sectionId)}-messages`} messages={messagesAt(messages, sectionId)} />
      {form && choice !== 'always' && (
        <CoverChoice
          form={form}
          entry={coverEntry}
          choice={choice}
          kind={kind}
          defaultYear={defaultYear}
          messages={messagesAt(messages, `cover.${form.id}`)}
          yearMessages={messagesAt(messages, `cover.${form.id}.year`)}
        />
      )}
      {choice === 'unchanged_since' && form && <PreviousContent form={form} previous={previous} />}
      {choice === 'not_applicable' && (
        <p className={classes.note}>{t('reportEditor.section.notApplicable')}</p>
      )}
      {choice === null && <p className={classes.note}>{t('reportEditor.section.undecided')}</p>}
      {editing && (
        <>
          <p className={classes.help}>{t('reportEditor.section.requiredNote')}</p>
          {def.fields.map((field) => (
            <Field
              key={field.id}
              field={field}
              section={sectionId}
              value={values[field.id]}
              messages={messagesAt(messages, `${sectionId}.${field.id}`)}
              required
            />
          ))}
          {def.tables.map((table) => (
            <TableEditor
              key={table.id}
              table={table}
              section={sectionId}
              rows={values[table.id]}
              messages={messages}
              required
            />
          ))}
        </>
      )}
      {!form && format.header.note && <p className={classes.help}>{format.header.note[lang]}</p>}
    </section>
  );
});

function FormBasis({ form }: { form: FormDef }) {
  const { t } = useTranslation('reportEditor');
  return (
    <p className={classes.help}>
      {t('reportEditor.section.basis', { basis: form.basis })}
      {' · '}
      {t(`reportEditor.section.${form.requirement}`)}
    </p>
  );
}

/** What the previous report said in this form, read-only: the information that stays valid. */
function PreviousContent({ form, previous }: { form: FormDef; previous: PreviousReport | null }) {
  const { t } = useTranslation('reportEditor');
  const { format, lang } = useEditor();
  const headingId = `previous-${form.id}-heading`;
  if (!previous) return <p className={classes.note}>{t('reportEditor.previous.none')}</p>;
  return (
    <section aria-labelledby={headingId} className={classes.previous}>
      <h3 id={headingId} className={classes.tableTitle}>
        {t(`reportEditor.previous.heading_${previous.kind}`, { year: previous.year })}
      </h3>
      <p className={classes.help}>{t('reportEditor.previous.explain')}</p>
      <SectionView
        format={format}
        sectionId={form.id}
        data={previous.data}
        language={lang}
        idPrefix="previous"
      />
    </section>
  );
}

/** The cover page: its notes, then the tick of every form in one place. */
export function CoverPageEditor({
  cover,
  choices,
  kind,
  defaultYear,
  messages,
}: {
  cover: Record<string, unknown>;
  choices: Record<string, EffectiveChoice>;
  kind: ReportKind;
  defaultYear: number;
  messages: Map<string, Message[]>;
}) {
  const { format, lang } = useEditor();
  return (
    <section aria-labelledby={domId('cover')} className={classes.sectionBody}>
      <h2 id={domId('cover')} tabIndex={-1} className={classes.sectionTitle}>
        {format.coverPage.title[lang]}
      </h2>
      <ul className={classes.notes}>
        {format.coverPage.notes.map((note) => (
          <li key={note.en}>{note[lang]}</li>
        ))}
      </ul>
      {format.forms.map((form) => (
        <CoverChoice
          key={form.id}
          form={form}
          entry={cover[form.id]}
          choice={choices[form.id] ?? null}
          kind={kind}
          defaultYear={defaultYear}
          messages={messagesAt(messages, `cover.${form.id}`)}
          yearMessages={messagesAt(messages, `cover.${form.id}.year`)}
          withTitle
        />
      ))}
    </section>
  );
}
