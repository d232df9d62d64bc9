import { useId, type ReactNode } from 'react';
import { cn } from './cn';

export interface SwitchFieldProps {
  label: string;
  /** What turning it on means, read out with the switch (aria-describedby). */
  description: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  onLabel: string;
  offLabel: string;
}

/** An on/off switch: a button with role="switch" (Space and Enter toggle it), its meaning next to it. */
export function SwitchField({ label, description, checked, onChange, onLabel, offLabel }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-3">
      <button
        id={id}
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={`${id}-description`}
        onClick={() => onChange(!checked)}
        className={cn(
          'relative mt-0.5 inline-flex h-6 w-11 shrink-0 items-center rounded-full transition-colors',
          'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-700',
          checked ? 'bg-indigo-700' : 'bg-slate-400',
        )}
      >
        <span aria-hidden="true" className={cn('inline-block size-5 rounded-full bg-white shadow transition-transform', checked ? 'translate-x-5' : 'translate-x-0.5')} />
      </button>
      <div>
        <span id={`${id}-label`} className="block text-sm font-medium text-slate-900">
          {label} <span className="font-normal text-slate-700">({checked ? onLabel : offLabel})</span>
        </span>
        <div id={`${id}-description`} className="mt-1 text-sm text-slate-700">
          {description}
        </div>
      </div>
    </div>
  );
}
