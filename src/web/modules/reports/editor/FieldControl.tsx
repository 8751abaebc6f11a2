import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDef, NumberField, SelectField } from '../../../../domain/reports/format-types';
import { CountryControl } from './CountryControl';
import { useEditor } from './context';
import classes from './editor.module.css';
import { FileControl } from './FileControl';
import { parseNumber, showNumber } from './number-text';

export type OnValue = (value: unknown | ((old: unknown) => unknown)) => void;

export interface ControlProps {
  field: FieldDef;
  /** The element id (see paths.ts domId), which the checks' links move focus to. */
  id: string;
  value: unknown;
  /** The field's name (column label and row in a table). */
  label: string;
  /**
   * A visible label names the control: <label for={id}>, or for groups (several choices, files)
   * the element `${id}-label`. Otherwise (table cells) `label` is the accessible name.
   */
  visibleLabel?: boolean;
  describedBy?: string;
  invalid: boolean;
  required: boolean;
  /** Shown but not editable (the report's own State). */
  readOnly?: boolean;
  compact?: boolean;
  onChange: OnValue;
}

const text = (value: unknown) => (typeof value === 'string' ? value : value == null ? '' : String(value));

/**
 * One value of a report, as a native control chosen by the field's type: light enough for a
 * table of 50 rows, and named, described and marked invalid for screen readers.
 */
export const FieldControl = memo(function FieldControl(props: ControlProps) {
  const { field, id, value, label, visibleLabel, describedBy, invalid, required, compact, onChange } = props;
  const common = {
    id,
    'aria-label': visibleLabel ? undefined : label,
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    'aria-required': required || undefined,
  };
  switch (field.type) {
    case 'text':
      return (
        <input
          {...common}
          className={classes.input}
          type={field.format === 'email' ? 'email' : 'text'}
          maxLength={field.maxLength}
          autoComplete="off"
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'longText':
      return (
        <textarea
          {...common}
          className={`${classes.input} ${compact ? classes.cellText : classes.longText}`}
          rows={compact ? 2 : 4}
          maxLength={field.maxLength}
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'number':
      return <NumberControl {...props} field={field} common={common} />;
    case 'date':
      return (
        <input
          {...common}
          className={classes.input}
          type="date"
          value={text(value)}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
      );
    case 'boolean':
      return <BooleanControl common={common} value={value} onChange={onChange} />;
    case 'select':
      return field.multiple ? (
        <ChoicesControl {...props} field={field} />
      ) : (
        <SelectControl common={common} field={field} value={value} onChange={onChange} />
      );
    case 'country':
      return <CountryControl {...common} readOnly={props.readOnly} value={value} onChange={onChange} />;
    case 'file':
      return <FileControl {...props} field={field} />;
  }
});

type Common = Record<string, unknown> & { id: string };

function NumberControl({
  field,
  value,
  onChange,
  common,
}: ControlProps & { field: NumberField; common: Common }) {
  const { lang } = useEditor();
  const [shown, setShown] = useState(() => showNumber(value, lang));
  // What this input last stored: a different value comes from elsewhere (another version loaded).
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setShown(showNumber(value, lang));
  }
  return (
    <input
      {...common}
      className={`${classes.input} ${classes.number}`}
      type="text"
      inputMode={field.integer && (field.min ?? -1) >= 0 ? 'numeric' : 'decimal'}
      autoComplete="off"
      value={shown}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        const parsed = parseNumber(typed, lang);
        setShown(typed);
        setStored(parsed);
        onChange(parsed);
      }}
    />
  );
}

function BooleanControl({ common, value, onChange }: { common: Common; value: unknown; onChange: OnValue }) {
  const { t } = useTranslation('reportEditor');
  return (
    <select
      {...common}
      className={classes.input}
      value={value === true ? 'yes' : value === false ? 'no' : ''}
      onChange={(event) => {
        const choice = event.currentTarget.value;
        onChange(choice === 'yes' ? true : choice === 'no' ? false : undefined);
      }}
    >
      <option value="">{t('reportEditor.field.notAnswered')}</option>
      <option value="yes">{t('reportEditor.field.yes')}</option>
      <option value="no">{t('reportEditor.field.no')}</option>
    </select>
  );
}

function SelectControl({
  common,
  field,
  value,
  onChange,
}: {
  common: Common;
  field: SelectField;
  value: unknown;
  onChange: OnValue;
}) {
  const { t } = useTranslation('reportEditor');
  const { lang } = useEditor();
  const known = field.options.some((option) => option.value === value);
  return (
    <select
      {...common}
      className={classes.input}
      value={typeof value === 'string' ? value : ''}
      onChange={(event) => onChange(event.currentTarget.value || undefined)}
    >
      <option value="">{t('reportEditor.field.choose')}</option>
      {field.options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label[lang]}
        </option>
      ))}
      {!known && typeof value === 'string' && value !== '' && <option value={value}>{value}</option>}
    </select>
  );
}

function ChoicesControl({
  field,
  id,
  value,
  label,
  visibleLabel,
  describedBy,
  onChange,
}: ControlProps & { field: SelectField }) {
  const { lang } = useEditor();
  const chosen = Array.isArray(value) ? value : [];
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-label={visibleLabel ? undefined : label}
      aria-labelledby={visibleLabel ? `${id}-label` : undefined}
      aria-describedby={describedBy}
      className={classes.choices}
    >
      {field.options.map((option) => (
        <label key={option.value} className={classes.choice}>
          <input
            type="checkbox"
            checked={chosen.includes(option.value)}
            onChange={(event) => {
              const on = event.currentTarget.checked;
              onChange((old: unknown) => {
                const list = Array.isArray(old) ? old.filter((v) => v !== option.value) : [];
                return on ? [...list, option.value] : list;
              });
            }}
          />{' '}
          {option.label[lang]}
        </label>
      ))}
    </fieldset>
  );
}
