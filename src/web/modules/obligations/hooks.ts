import { useQuery } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { matchLanguage } from '../../lib/languages';
import { fetchMeetings, fetchStateNames, type Lang, obligationKeys, type StateName } from './api';

export function useLang(): Lang {
  const { i18n } = useTranslation('obligations');
  return matchLanguage(i18n.language) ?? 'en';
}

const noStates: StateName[] = [];

/**
 * States named in the interface language, and `nameOf(iso3, fallback)`; the English name from the
 * obligations API is the fallback while the list loads (or if it fails).
 */
export function useStateNames() {
  const lang = useLang();
  const query = useQuery({
    queryKey: obligationKeys.stateNames(lang),
    queryFn: ({ signal }) => fetchStateNames(lang, signal),
    staleTime: 60 * 60_000,
  });
  const states = query.data ?? noStates;
  const names = useMemo(() => new Map(states.map((s) => [s.iso3, s.name])), [states]);
  const nameOf = useCallback((iso3: string, fallback = iso3) => names.get(iso3) ?? fallback, [names]);
  return { states, nameOf };
}

export function useMeetings() {
  return useQuery({
    queryKey: obligationKeys.meetings,
    queryFn: ({ signal }) => fetchMeetings(signal),
    staleTime: 60 * 60_000,
  });
}

/** A meeting's name from its id ("13MSP"), as obligations name the meeting that decided. */
export function useMeetingName() {
  const meetings = useMeetings();
  return (id: string) => meetings.data?.items.find((m) => m.id === id)?.name ?? id;
}

/**
 * Unsaved changes are not lost silently: the browser asks before the tab is closed or reloaded,
 * and a click on an in-app link asks first too (the declarative router has no navigation blocker).
 */
export function useUnsavedChangesWarning(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers show the prompt only when returnValue is set.
      event.returnValue = '';
    };
    const onClick = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = (event.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download'))
        return;
      if (link.origin !== window.location.origin) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, message]);
}
