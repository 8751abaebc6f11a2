import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EffectiveChoice } from '../../../../domain/reports/cover';
import type { FormDef } from '../../../../domain/reports/format-types';
import type { CoverChoice as Choice, ReportKind } from '../../../../domain/reports/kinds';
import { type Message, useEditor } from './context';
import classes from './editor.module.css';
import { FieldMessages } from './Field';
import { domId } from './paths';

interface CoverChoiceProps {
  form: FormDef;
  /** The cover page's entry for the form, as stored. */
  entry: unknown;
  choice: EffectiveChoice;
  kind: ReportKind;
  /** The year proposed when the person ticks "unchanged since". */
  defaultYear: number;
  messages: readonly Message[];
  yearMessages: readonly Message[];
  /** Shown on the cover page section, where every form is listed. */
  withTitle?: boolean;
}

/**
 * The cover page's tick for one form: changed, unchanged since an earlier report (with its year),
 * or not applicable, as the format offers them. An initial report gives every form in full, so it
 * offers no "unchanged".
 */
export const CoverChoice = memo(function CoverChoice(props: CoverChoiceProps) {
  const { form, entry, choice, kind, defaultYear, messages, yearMessages, withTitle } = props;
  const { t } = useTranslation('reportEditor');
  const { format, lang, change } = useEditor();
  const id = domId(`cover.${form.id}`);
  const yearId = domId(`cover.${form.id}.year`);
  const offered = form.coverChoices.filter((c) => kind === 'annual' || c !== 'unchanged_since');
  const storedYear =
    typeof entry === 'object' && entry !== null ? (entry as { year?: unknown }).year : undefined;
  const choose = (next: Choice) =>
    change(
      ['cover', form.id],
      next === 'unchanged_since'
        ? { choice: next, year: typeof storedYear === 'number' ? storedYear : defaultYear }
        : { choice: next },
    );
  const label = (c: Choice) =>
    c === 'changed' && kind === 'initial' ? t('reportEditor.cover.given') : t(`reportEditor.cover.${c}`);

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={classes.cover}
      aria-describedby={messages.length > 0 ? `${id}-messages` : undefined}
    >
      <legend className={classes.label}>
        {withTitle
          ? t('reportEditor.cover.formTitle', { form: form.id, title: form.title[lang] })
          : t('reportEditor.cover.legend', { form: form.id })}
      </legend>
      <FieldMessages id={`${id}-messages`} messages={messages} />
      <div className={classes.coverOptions}>
        {offered.map((c) => (
          <div key={c} className={classes.coverOption}>
            <label className={classes.choice}>
              <input
                type="radio"
                name={`cover-${form.id}`}
                value={c}
                checked={choice === c}
                onChange={() => choose(c)}
              />{' '}
              {label(c)}
            </label>
            {c === 'unchanged_since' && choice === 'unchanged_since' && (
              <span className={classes.coverYear}>
                <label htmlFor={yearId} className={classes.srOnly}>
                  {format.coverPage.yearLabel[lang]}
                </label>
                <input
                  id={yearId}
                  className={`${classes.input} ${classes.year}`}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={4}
                  value={storedYear === undefined || storedYear === null ? '' : String(storedYear)}
                  aria-invalid={yearMessages.some((m) => m.tone === 'error') || undefined}
                  aria-describedby={yearMessages.length > 0 ? `${yearId}-messages` : undefined}
                  onChange={(event) => {
                    const typed = event.currentTarget.value.trim();
                    change(['cover', form.id, 'year'], /^\d{4}$/.test(typed) ? Number(typed) : typed);
                  }}
                />
                <FieldMessages id={`${yearId}-messages`} messages={yearMessages} />
              </span>
            )}
          </div>
        ))}
      </div>
    </fieldset>
  );
});
