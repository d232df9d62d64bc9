import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TRANSITIONS, type ApplicationStatus } from '@embauche/applications/status-flow';

/** The board's columns, in pipeline order; withdrawn (the candidate's own move) is shown apart. */
export const BOARD_COLUMNS: readonly ApplicationStatus[] = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected'];

/** Where the organization may move an application in `status`: the API's table (withdrawing is the candidate's). */
export function movesFrom(status: string): ApplicationStatus[] {
  return [...(TRANSITIONS[status as ApplicationStatus] ?? [])];
}

/** The moves every one of several applications allows (a bulk move offers only these). */
export function commonMoves(statuses: string[]): ApplicationStatus[] {
  if (statuses.length === 0) return [];
  return statuses.map(movesFrom).reduce((common, moves) => common.filter((to) => moves.includes(to)));
}

/** "3 days", "5 hours", "12 minutes" in the reader's language: how long since `since`. */
export function useDuration() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const unit = (u: 'day' | 'hour' | 'minute') => new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'long' });
    const days = unit('day');
    const hours = unit('hour');
    const minutes = unit('minute');
    return (since: string, now = Date.now()) => {
      const elapsed = Math.max(0, now - Date.parse(since));
      if (elapsed >= 86_400_000) return days.format(Math.floor(elapsed / 86_400_000));
      if (elapsed >= 3_600_000) return hours.format(Math.floor(elapsed / 3_600_000));
      return minutes.format(Math.floor(elapsed / 60_000));
    };
  }, [locale]);
}
