import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { BoardFilters } from '../api/jobs';
import { useDebouncedValue } from './use-debounced-value';

export const REMOTE_POLICIES = ['onsite', 'hybrid', 'remote'] as const;
export const SENIORITIES = ['junior', 'mid', 'senior'] as const;
/** The countries the board offers in its filter; the API accepts any ISO code in the URL. */
export const BOARD_COUNTRIES = ['BE', 'FR', 'NL', 'LU', 'DE'] as const;

type FilterName = 'q' | 'skill' | 'country' | 'city' | 'remotePolicy' | 'seniority';

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  values.includes(value as T) ? (value as T) : undefined;

/**
 * The board's filters live in the URL (shareable, restored by reload and Back). Values the API
 * would refuse are dropped here rather than shown as an error for a hand-edited link.
 */
export function useBoardFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo<BoardFilters>(() => {
    const text = (name: FilterName) => params.get(name)?.trim() || undefined;
    const country = text('country')?.toUpperCase();
    return {
      q: text('q'),
      skill: text('skill'),
      country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
      city: text('city'),
      remotePolicy: oneOf(REMOTE_POLICIES, params.get('remotePolicy')),
      seniority: oneOf(SENIORITIES, params.get('seniority')),
    };
  }, [params]);

  const setFilter = useCallback(
    (name: FilterName, value: string | undefined) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (value) next.set(name, value);
          else next.delete(name);
          return next;
        },
        // Typing replaces the entry; choosing a filter adds one, so Back undoes it.
        { replace: name === 'q' || name === 'city' },
      ),
    [setParams],
  );

  const clear = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { filters, setFilter, clear };
}

/**
 * A text box bound to a URL filter through a debounce: the box answers every key, the URL (and
 * the request) follows when typing stops, and a URL changed by Back or a link refills the box.
 */
export function useDebouncedFilterText(urlValue: string | undefined, write: (value: string | undefined) => void, delayMs = 150) {
  const [text, setText] = useState(urlValue ?? '');
  const [seenUrlValue, setSeenUrlValue] = useState(urlValue);
  const debounced = useDebouncedValue(text, delayMs).trim() || undefined;
  if (urlValue !== seenUrlValue) {
    setSeenUrlValue(urlValue);
    if (urlValue !== debounced) setText(urlValue ?? '');
  }
  const latest = useRef({ urlValue, write });
  useEffect(() => {
    latest.current = { urlValue, write };
  });
  useEffect(() => {
    if (debounced !== latest.current.urlValue) latest.current.write(debounced);
  }, [debounced]);
  return [text, setText] as const;
}
