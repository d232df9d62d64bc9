/**
 * Years of experience from JSON Resume `work[]` date ranges. Overlapping jobs
 * (a side contract during a full-time job) count once: the intervals are
 * merged before they are summed. Only `work` counts; volunteering and
 * education are not professional experience for the `minYearsExperience`
 * requirement this feeds.
 */
import { JsonResume, list, text } from './json-resume.types';

const DAY_MS = 24 * 60 * 60 * 1000;
const YEAR_DAYS = 365.25;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

interface Interval {
  start: number;
  end: number;
}

/**
 * A JSON Resume date (YYYY, YYYY-MM or YYYY-MM-DD) as a UTC instant, or null
 * if it is not a real calendar date. A partial date names a whole period: as
 * a start it means the period's first day, as an end the day after its last,
 * so "2019"–"2019" is a year of work and not zero, which is how a CV reader
 * takes it.
 */
export function parseResumeDate(value: string, as: 'start' | 'end'): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), m[2] ? Number(m[2]) : null, m[3] ? Number(m[3]) : null];
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null) {
    const t = Date.UTC(year, month! - 1, day);
    if (new Date(t).getUTCDate() !== day) return null; // 2023-02-30 rolls over; reject it
    return t;
  }
  if (month !== null) return as === 'start' ? Date.UTC(year, month - 1, 1) : Date.UTC(year, month, 1);
  return as === 'start' ? Date.UTC(year, 0, 1) : Date.UTC(year + 1, 0, 1);
}

/**
 * Total years covered by the work entries, merged, to one decimal; null when
 * no entry has a usable range. An open or missing end date runs to `today`, an
 * end in the future is cut at `today`; an entry that starts after it ends or
 * after `today` is ignored (a typo or a job not yet begun).
 */
export function yearsOfExperience(doc: JsonResume, today: Date): number | null {
  const now = today.getTime();
  const intervals: Interval[] = [];
  for (const entry of list(doc.work)) {
    const startText = text(entry?.startDate);
    if (startText === null) continue;
    const start = parseResumeDate(startText, 'start');
    const endText = text(entry?.endDate);
    const end = endText === null ? now : parseResumeDate(endText, 'end');
    if (start === null || end === null || start > now || start > end) continue;
    intervals.push({ start, end: Math.min(end, now) });
  }
  if (intervals.length === 0) return null;

  intervals.sort((a, b) => a.start - b.start);
  let total = 0;
  let current = { ...intervals[0] };
  for (const next of intervals.slice(1)) {
    if (next.start <= current.end) {
      current.end = Math.max(current.end, next.end);
    } else {
      total += current.end - current.start;
      current = { ...next };
    }
  }
  total += current.end - current.start;
  return Math.round((total / DAY_MS / YEAR_DAYS) * 10) / 10;
}
