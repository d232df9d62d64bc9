import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { Input, Label } from '../ui/field';
import { FieldError } from '../ui/field-error';
import { cn } from '../ui/cn';
import type { InputHTMLAttributes } from 'react';

/** A labelled input with its hint and error, both tied to it for screen readers. */
export function AuthField({
  id,
  label,
  hint,
  error,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { id: string; label: string; hint?: ReactNode; error?: string }) {
  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div>
      <Label htmlFor={id}>{label}</Label>
      {hint && (
        <p id={`${id}-hint`} className="mb-1 text-sm text-slate-700">
          {hint}
        </p>
      )}
      <Input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} className={cn(error && 'border-red-700')} {...props} />
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}

export function AuthCard({ title, children, footer }: { title: string; children: ReactNode; footer: ReactNode }) {
  return (
    <section className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <div className="mt-6">{children}</div>
      <p className="mt-6 text-sm text-slate-700">{footer}</p>
    </section>
  );
}

export function InlineLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className="font-semibold text-indigo-800 underline hover:text-indigo-900 focus-visible:outline-2 focus-visible:outline-indigo-700">
      {children}
    </Link>
  );
}
