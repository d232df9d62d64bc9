import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';
import { Button } from './button';

interface Props {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  busy?: boolean;
  /** A confirmation that undoes nothing harmful (reactivating) is not painted as a danger. */
  tone?: 'danger' | 'neutral';
  onConfirm: () => void;
  onCancel: () => void;
  /** Where focus goes back to when the dialog is cancelled (the button that opened it). */
  returnFocusTo: RefObject<HTMLElement | null>;
}

/**
 * A modal confirmation on the native <dialog>: showModal() makes the rest of the page inert, traps
 * focus and closes on Escape. Focus starts on the safe choice (cancel) and goes back to the opener.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel, busy, tone = 'danger', onConfirm, onCancel, returnFocusTo }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  const cancel = () => {
    onCancel();
    returnFocusTo.current?.focus();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault(); // Escape: close through React state, so `open` stays the truth
        cancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <h2 id={titleId} className="text-lg font-semibold">
        {title}
      </h2>
      <div className="mt-3 text-sm text-slate-800">{children}</div>
      <div className="mt-6 flex flex-wrap justify-end gap-3">
        <Button variant="secondary" onClick={cancel} autoFocus disabled={busy}>
          {cancelLabel}
        </Button>
        <Button onClick={onConfirm} disabled={busy} className={tone === 'danger' ? 'bg-rose-700 hover:bg-rose-800 focus-visible:outline-rose-700' : undefined}>
          {confirmLabel}
        </Button>
      </div>
    </dialog>
  );
}
