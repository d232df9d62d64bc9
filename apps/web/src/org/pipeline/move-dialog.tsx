import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApplicationStatus } from '@embauche/applications/status-flow';
import { Button } from '../../ui/button';

interface Props {
  open: boolean;
  /** Who or what is moved: "Ann One", "3 candidates". */
  subject: string;
  /** The moves allowed (never empty when open). */
  targets: ApplicationStatus[];
  /** The move chosen beforehand (a drop on a column, the bulk bar's choice). */
  initial?: ApplicationStatus;
  busy?: boolean;
  onConfirm: (to: ApplicationStatus, note: string) => void;
  onCancel: () => void;
  returnFocusTo?: RefObject<HTMLElement | null>;
}

/**
 * Moving one or several applications: the allowed statuses (only those), an optional note kept in
 * the audit trail. The native <dialog> traps focus and closes on Escape; the same dialog serves a
 * drop, the keyboard's "Move…" button and the bulk bar.
 */
export function MoveDialog({ open, subject, targets, initial, busy, onConfirm, onCancel, returnFocusTo }: Props) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const noteId = useId();
  const [to, setTo] = useState<ApplicationStatus | undefined>(initial ?? targets[0]);
  const [note, setNote] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setTo(initial && targets.includes(initial) ? initial : targets[0]);
      setNote('');
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open, initial, targets]);

  const cancel = () => {
    onCancel();
    returnFocusTo?.current?.focus();
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        cancel();
      }}
      className="m-auto w-full max-w-md rounded-xl border border-slate-200 bg-white p-6 text-slate-900 shadow-xl backdrop:bg-slate-900/50"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (to) onConfirm(to, note);
        }}
      >
        <h2 id={titleId} className="text-lg font-semibold">
          {t('orgPipeline.move.title', { subject })}
        </h2>
        <fieldset className="mt-4">
          <legend className="text-sm font-medium text-slate-800">{t('orgPipeline.move.to')}</legend>
          <div className="mt-2 flex flex-wrap gap-2">
            {targets.map((target) => (
              <label key={target} className="flex items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-indigo-700 has-[:checked]:bg-indigo-50">
                <input type="radio" name="to" value={target} checked={to === target} onChange={() => setTo(target)} autoFocus={target === (initial ?? targets[0])} />
                {t(`applications.status.${target}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <label htmlFor={noteId} className="mt-4 block text-sm font-medium text-slate-800">
          {t('orgPipeline.move.note')}
        </label>
        <textarea
          id={noteId}
          value={note}
          maxLength={2000}
          rows={3}
          onChange={(event) => setNote(event.target.value)}
          className="mt-1 w-full rounded-lg border border-slate-300 p-2 text-sm"
        />
        <p className="mt-1 text-xs text-slate-700">{t('orgPipeline.move.noteHelp')}</p>
        <div className="mt-6 flex flex-wrap justify-end gap-3">
          <Button variant="secondary" onClick={cancel} disabled={busy}>
            {t('orgPipeline.move.cancel')}
          </Button>
          <Button type="submit" disabled={busy || !to}>
            {busy ? t('orgPipeline.move.moving') : t('orgPipeline.move.confirm')}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
