import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Match } from '../../api/review';
import { MatchRow } from './match-row';
import { ShortcutsDialog } from './shortcuts-dialog';
import { shortcutFor } from './shortcuts';

interface Props {
  /** Every loaded item, in the API's order. */
  items: Match[];
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => void;
  /** The candidate whose explanation is open (the URL's `candidate`), if any. */
  openId: string | undefined;
  onOpen: (candidateId: string) => void;
  onClose: () => void;
  label: string;
}

/** Rows this close to the end of what is loaded start the next page's request. */
const PREFETCH_ROWS = 30;

/**
 * The ranked list, virtualized: only the rows in view (and a few around) are in the DOM, so
 * 10,000 candidates scroll as smoothly as 10. Keyboard: j/k move, Enter or o open the
 * explanation, Escape closes it (focus back on the row), ? lists the shortcuts.
 */
export function MatchList({ items, hasNextPage, isFetchingNextPage, fetchNextPage, openId, onOpen, onClose, label }: Props) {
  const { t } = useTranslation();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => Math.max(0, items.findIndex((m) => m.candidateId === openId)));
  const [helpOpen, setHelpOpen] = useState(false);
  const focusRequest = useRef<number | null>(null);

  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns functions the compiler cannot memoize; this component is not compiled.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 116,
    overscan: 8,
    getItemKey: (index) => items[index]?.candidateId ?? index,
  });
  const virtualItems = virtualizer.getVirtualItems();
  const lastIndex = virtualItems.at(-1)?.index ?? 0;

  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && lastIndex >= items.length - PREFETCH_ROWS) fetchNextPage();
  }, [lastIndex, items.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

  /** Focus the row's button once it is rendered (scrolling may take a frame). */
  const focusRow = (index: number, tries = 10) => {
    const button = scrollRef.current?.querySelector<HTMLButtonElement>(`[data-index="${index}"] [data-row-open]`);
    if (button) {
      button.focus({ preventScroll: true });
      focusRequest.current = null;
    } else if (tries > 0) requestAnimationFrame(() => focusRow(index, tries - 1));
  };

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), items.length - 1);
    if (next < 0) return;
    setActive(next);
    focusRequest.current = next;
    virtualizer.scrollToIndex(next, { align: 'auto' });
    requestAnimationFrame(() => focusRow(next));
  };

  // Focus goes back to the row whose explanation was closed, however it was closed.
  const previousOpen = useRef(openId);
  useEffect(() => {
    const closed = previousOpen.current;
    previousOpen.current = openId;
    if (closed !== undefined && openId === undefined) {
      const index = items.findIndex((m) => m.candidateId === closed);
      if (index >= 0) moveTo(index);
    }
  });

  const handlers = useRef({ moveTo, onOpen, onClose, active, items, openId });
  handlers.current = { moveTo, onOpen, onClose, active, items, openId };
  // Stable, so the memoized rows do not render again on every scroll.
  const openRow = useCallback((candidateId: string, index: number) => {
    setActive(index);
    handlers.current.onOpen(candidateId);
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return; // a modal dialog has the keyboard
      const action = shortcutFor(event);
      if (action === null) return;
      const h = handlers.current;
      if (action === 'help') setHelpOpen(true);
      else if (action === 'next') h.moveTo(Math.min(h.active + (document.activeElement?.closest('[data-row-open]') || h.openId ? 1 : 0), h.items.length - 1));
      else if (action === 'previous') h.moveTo(h.active - 1);
      else if (action === 'open' && h.items[h.active]) h.onOpen(h.items[h.active].candidateId);
      else if (action === 'close' && h.openId !== undefined) h.onClose();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div>
      <div className="mb-2 flex items-center justify-between gap-4 text-sm text-slate-700">
        <p>{t('orgReview.list.loaded', { n: items.length, more: hasNextPage ? '+' : '' })}</p>
        <button type="button" onClick={() => setHelpOpen(true)} aria-keyshortcuts="?" className="font-semibold text-indigo-800 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
          {t('orgReview.shortcuts.show')}
        </button>
      </div>
      <div ref={scrollRef} className="h-[70vh] overflow-auto rounded-xl border border-slate-200 bg-white [contain:strict]" data-testid="match-scroller">
        <ol aria-label={label} className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((row) => {
            const match = items[row.index];
            return (
              <li
                key={row.key}
                data-index={row.index}
                data-candidate={match.candidateId}
                ref={virtualizer.measureElement}
                aria-posinset={row.index + 1}
                aria-setsize={hasNextPage ? -1 : items.length}
                className="absolute top-0 left-0 w-full [contain:layout_paint_style]"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <MatchRow match={match} index={row.index} open={match.candidateId === openId} active={row.index === active} onOpen={openRow} onFocus={setActive} />
              </li>
            );
          })}
        </ol>
        {isFetchingNextPage && (
          <p role="status" className="p-3 text-sm text-slate-700">
            {t('orgReview.list.loadingMore')}
          </p>
        )}
      </div>
      <ShortcutsDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
