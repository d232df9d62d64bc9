import { Slot } from '@radix-ui/react-slot';
import type { ButtonHTMLAttributes, Ref } from 'react';
import { cn } from './cn';

const VARIANTS = {
  primary: 'bg-indigo-700 text-white hover:bg-indigo-800 focus-visible:outline-indigo-700',
  secondary: 'border border-slate-300 bg-white text-slate-900 hover:bg-slate-100 focus-visible:outline-indigo-700',
  ghost: 'text-indigo-800 hover:bg-indigo-50 focus-visible:outline-indigo-700',
} as const;

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: keyof typeof VARIANTS;
  /** Render the child (a link) with the button's look: a link stays a link for assistive technology. */
  asChild?: boolean;
  /** React 19 passes refs as props: a dialog gives focus back to the button that opened it. */
  ref?: Ref<HTMLButtonElement>;
}

export function Button({ variant = 'primary', asChild, className, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : 'button';
  return (
    <Component
      type={asChild ? undefined : (type ?? 'button')}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-lg px-4 py-2 text-sm font-semibold transition-colors',
        'focus-visible:outline-2 focus-visible:outline-offset-2 disabled:cursor-not-allowed disabled:opacity-60',
        VARIANTS[variant],
        className,
      )}
      {...props}
    />
  );
}
