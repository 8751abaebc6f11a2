import { useEffect, useState } from 'react';

/**
 * How long the editor waits after the last keystroke: before checking the report again, and
 * before saving it. An object so that tests can shorten the waits.
 */
export const timing = { checkMs: 250, saveMs: 1500 };

/** `value`, once it has stopped changing for `delay` ms (the first value at once). */
export function useDebouncedValue<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
