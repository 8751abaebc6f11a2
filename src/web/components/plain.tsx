import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, useId } from 'react';
import classes from './plain.module.css';

/**
 * Mantine-free counterparts of the few Mantine components the shell and the public States
 * dashboard used (TextInput, NativeSelect, Loader). Those pages render outside MantineProvider so
 * that Mantine's code is not in their first download (see app/mantine-scope.tsx); headings,
 * paragraphs and links there are plain elements with the classes of plain.module.css.
 */
export { classes as plain };

interface FieldProps {
  label: string;
  /** A hint under the label, announced with the control (aria-describedby). */
  description?: string;
  className?: string;
}

function FieldFrame({
  id,
  label,
  description,
  className,
  children,
}: FieldProps & { id: string; children: ReactNode }) {
  return (
    <div className={className ? `${classes.field} ${className}` : classes.field}>
      <label htmlFor={id} className={classes.label}>
        {label}
      </label>
      {description && (
        <p id={`${id}-description`} className={classes.description}>
          {description}
        </p>
      )}
      {children}
    </div>
  );
}

export function TextField({
  label,
  description,
  className,
  ...input
}: FieldProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'className'>) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} description={description} className={className}>
      <input
        id={id}
        className={classes.control}
        aria-describedby={description ? `${id}-description` : undefined}
        {...input}
      />
    </FieldFrame>
  );
}

export function SelectField({
  label,
  description,
  className,
  options,
  ...select
}: FieldProps &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'className'> & {
    options: readonly { value: string; label: string; lang?: string }[];
  }) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} description={description} className={className}>
      <select
        id={id}
        className={classes.control}
        aria-describedby={description ? `${id}-description` : undefined}
        {...select}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

/** An indeterminate progress indicator, named for assistive technology ("Loading…"). */
export function Spinner({ label, large = false }: { label: string; large?: boolean }) {
  return (
    <span role="progressbar" aria-label={label} className={large ? classes.spinnerLarge : classes.spinner} />
  );
}
