import { useEffect, useState } from 'react';
import type { StateName } from '../api-editor';
import { useEditor } from './context';
import classes from './editor.module.css';
import type { OnValue } from './FieldControl';

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();

/** The State whose name or ISO code `text` is, ignoring case and accents. */
export function resolveState(states: readonly StateName[], text: string): StateName | undefined {
  const wanted = fold(text);
  if (!wanted) return undefined;
  return states.find((s) => fold(s.name) === wanted || s.iso3.toLowerCase() === wanted);
}

interface CountryControlProps {
  id: string;
  value: unknown;
  onChange: OnValue;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: boolean;
  'aria-required'?: boolean;
  readOnly?: boolean;
}

/**
 * A State, typed by name in the interface language (suggestions from the shared <datalist>) or by
 * ISO code; stored as the ISO 3166-1 alpha-3 code. Text that names no State is kept as typed, and
 * the checks ask for a State.
 */
export function CountryControl({ id, value, onChange, ...aria }: CountryControlProps) {
  const { states, statesListId } = useEditor();
  const nameOf = (code: unknown) =>
    typeof code === 'string' ? (states.find((s) => s.iso3 === code)?.name ?? code) : '';
  const [shown, setShown] = useState(() => nameOf(value));
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setShown(nameOf(value));
  }
  // The names arrive after the codes: show "Peru" rather than "PER" once they do.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only the list of States matters.
  useEffect(() => {
    if (typeof value === 'string' && shown === value) setShown(nameOf(value));
  }, [states]);

  return (
    <input
      {...aria}
      id={id}
      className={classes.input}
      type="text"
      list={statesListId}
      autoComplete="off"
      value={shown}
      onChange={(event) => {
        const typed = event.currentTarget.value;
        const match = resolveState(states, typed);
        const next = match ? match.iso3 : typed.trim() || undefined;
        setShown(typed);
        setStored(next);
        onChange(next);
      }}
    />
  );
}
