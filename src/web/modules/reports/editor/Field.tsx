import { memo, useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef } from '../../../../domain/reports/format-types';
import { type Message, useEditor } from './context';
import classes from './editor.module.css';
import { FieldControl } from './FieldControl';
import { domId } from './paths';

/** Errors and warnings about one value, shown under it and read with it (aria-describedby). */
export function FieldMessages({ id, messages }: { id: string; messages: readonly Message[] }) {
  const { t } = useTranslation('reportEditor');
  if (messages.length === 0) return null;
  return (
    <div id={id} className={classes.messages}>
      {messages.map((message) => (
        <p
          key={`${message.tone}:${message.text}`}
          className={message.tone === 'error' ? classes.errorText : classes.warningText}
        >
          {message.tone === 'warning' ? `${t('reportEditor.checks.warningPrefix')} ` : ''}
          {message.text}
        </p>
      ))}
    </div>
  );
}

/** What a number may be: "A whole number, 0 or more". */
export function useNumberHint(field: FieldDef): string | null {
  const { t } = useTranslation('reportEditor');
  if (field.type !== 'number') return null;
  const kind = field.integer ? t('reportEditor.hint.whole') : t('reportEditor.hint.number');
  if (field.min !== undefined && field.max !== undefined)
    return t('reportEditor.hint.between', { kind, min: field.min, max: field.max });
  if (field.min !== undefined) return t('reportEditor.hint.atLeast', { kind, min: field.min });
  if (field.max !== undefined) return t('reportEditor.hint.atMost', { kind, max: field.max });
  return kind;
}

interface FieldProps {
  field: FieldDef;
  section: string;
  value: unknown;
  messages: readonly Message[];
  /** Required fields are marked only where they must be filled (a form marked "changed"). */
  required: boolean;
}

/** One field of a section with its label, help, unit, limits and messages. */
export const Field = memo(function Field({ field, section, value, messages, required }: FieldProps) {
  const { t } = useTranslation('reportEditor');
  const { lang, change } = useEditor();
  const path = `${section}.${field.id}`;
  const id = domId(path);
  const hint = useNumberHint(field);
  const onChange = useCallback(
    (next: unknown) => change([section, field.id], next),
    [change, section, field.id],
  );
  const label = field.label[lang];
  // The server keeps the report's own State and dates an empty submission the day it is submitted.
  const fixed = section === 'header' && field.id === 'state';
  const note =
    section === 'header' && field.id === 'submissionDate'
      ? t('reportEditor.field.submissionDateHelp')
      : fixed
        ? t('reportEditor.field.stateHelp')
        : null;
  const group = field.type === 'file' || (field.type === 'select' && field.multiple === true);
  const isRequired = required && field.required;
  const described = [
    field.help || note ? `${id}-help` : null,
    hint ? `${id}-hint` : null,
    messages.length > 0 ? `${id}-messages` : null,
  ]
    .filter(Boolean)
    .join(' ');
  const labelContent = (
    <>
      {label}
      {isRequired && (
        <span className={classes.required} aria-hidden="true">
          {' *'}
        </span>
      )}
    </>
  );

  return (
    <div className={classes.field}>
      {group ? (
        <span id={`${id}-label`} className={classes.label}>
          {labelContent}
        </span>
      ) : (
        <label htmlFor={id} className={classes.label}>
          {labelContent}
        </label>
      )}
      {(field.help || note) && (
        <p id={`${id}-help`} className={classes.help}>
          {[field.help?.[lang], note].filter(Boolean).join(' ')}
        </p>
      )}
      <div className={classes.control}>
        <FieldControl
          field={field}
          id={id}
          value={value}
          label={label}
          visibleLabel
          describedBy={described || undefined}
          invalid={messages.some((m) => m.tone === 'error')}
          required={isRequired}
          readOnly={fixed}
          onChange={onChange}
        />
        {field.type === 'number' && field.unit && !label.includes(field.unit) && (
          <span className={classes.unit}>{field.unit}</span>
        )}
      </div>
      {hint && (
        <p id={`${id}-hint`} className={classes.help}>
          {hint}
        </p>
      )}
      <FieldMessages id={`${id}-messages`} messages={messages} />
    </div>
  );
});
