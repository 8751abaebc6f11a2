import { TextInput } from '@mantine/core';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StateName } from '../api';

interface StateSearchProps {
  label: string;
  description?: string;
  states: StateName[];
  /** ISO3 of the chosen State, or empty. */
  value: string;
  onChange: (iso3: string) => void;
  required?: boolean;
  error?: string;
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** The State whose name or ISO code `text` is, ignoring case and accents. */
export function resolveState(states: StateName[], text: string): StateName | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  return states.find((s) => fold(s.name) === wanted || s.iso3.toLowerCase() === wanted);
}

/**
 * Type a State's name (suggestions from a native <datalist>) or its ISO code. The choice counts
 * once the text names exactly one State; clearing the box clears it.
 */
export function StateSearch({
  label,
  description,
  states,
  value,
  onChange,
  required,
  error,
}: StateSearchProps) {
  const { t } = useTranslation('obligations');
  const listId = useId();
  const nameOf = (iso3: string) => states.find((s) => s.iso3 === iso3)?.name ?? iso3;
  const [text, setText] = useState(value ? nameOf(value) : '');

  // What this box itself last reported, to tell its own changes from the page's ("clear filters").
  const reported = useRef(value);
  // Follows the page (back button, "clear filters"), and resolves typed text once the names load.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the chosen State and the list matter.
  useEffect(() => {
    if (value === reported.current) {
      const match = !value ? resolveState(states, text) : undefined;
      if (match) report(match.iso3);
      else if (value && text === value) setText(nameOf(value));
      return;
    }
    reported.current = value;
    setText(value ? nameOf(value) : '');
  }, [value, states]);

  const report = (iso3: string) => {
    reported.current = iso3;
    onChange(iso3);
  };
  const onText = (next: string) => {
    setText(next);
    const match = resolveState(states, next);
    if (match && match.iso3 !== value) report(match.iso3);
    else if (!match && value) report('');
  };

  return (
    <>
      <TextInput
        type="search"
        label={label}
        description={description ?? t('obligations.filters.stateHint')}
        value={text}
        list={listId}
        autoComplete="off"
        onChange={(event) => onText(event.currentTarget.value)}
        required={required}
        error={error}
      />
      <datalist id={listId}>
        {states.map((s) => (
          <option key={s.iso3} value={s.name} />
        ))}
      </datalist>
    </>
  );
}
