import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button';
import { SHORTCUTS } from './shortcuts';

/**
 * The list of shortcuts, on the native modal <dialog> (inert page behind, focus kept inside,
 * Escape closes). Focus goes back to where it was when it opened.
 */
export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<Element | null>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      opener.current = document.activeElement;
      dialog.showModal();
    }
    if (!open && dialog.open) {
      dialog.close();
      if (opener.current instanceof HTMLElement) opener.current.focus({ preventScroll: true });
    }
  }, [open]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // Escape: close through React state
        onClose();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {t('orgReview.shortcuts.title')}
      </h2>
      <dl className="mt-4 space-y-2 text-sm">
        {SHORTCUTS.map((s) => (
          <div key={s.action} className="flex items-center justify-between gap-4">
            <dt className="flex gap-1">
              {s.keys.map((k) => (
                <kbd key={k} className="rounded border border-slate-300 bg-slate-50 px-2 py-0.5 font-mono text-xs">
                  {k === 'Escape' ? t('orgReview.shortcuts.escape') : k === 'Enter' ? t('orgReview.shortcuts.enter') : k}
                </kbd>
              ))}
            </dt>
            <dd>{t(`orgReview.shortcuts.${s.action}`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 text-sm text-slate-700">{t('orgReview.shortcuts.typing')}</p>
      <div className="mt-6 flex justify-end">
        <Button variant="secondary" onClick={onClose} autoFocus>
          {t('orgReview.shortcuts.done')}
        </Button>
      </div>
    </dialog>
  );
}
