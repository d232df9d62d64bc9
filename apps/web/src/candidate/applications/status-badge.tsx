import { useTranslation } from 'react-i18next';
import { cn } from '../../ui/cn';

const TONES: Record<string, string> = {
  applied: 'bg-indigo-50 text-indigo-900',
  screening: 'bg-sky-50 text-sky-900',
  interview: 'bg-violet-50 text-violet-900',
  offer: 'bg-emerald-50 text-emerald-900',
  hired: 'bg-emerald-100 text-emerald-950',
  rejected: 'bg-slate-100 text-slate-800',
  withdrawn: 'bg-slate-100 text-slate-800',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return <span className={cn('inline-flex rounded-full px-2.5 py-0.5 text-xs font-semibold', TONES[status] ?? TONES.applied)}>{t(`applications.status.${status}`)}</span>;
}
