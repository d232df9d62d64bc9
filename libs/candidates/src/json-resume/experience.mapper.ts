/**
 * Years of experience from JSON Resume `work[]` date ranges. Overlapping jobs
 * (a side contract during a full-time job) count once: the intervals are
 * merged before they are summed. Only `work` counts; volunteering and
 * education are not professional experience for the `minYearsExperience`
 * requirement this feeds.
 */
import { JsonResume, UnmappedField, list, preview, text } from './json-resume.types';
import { readResumeDate } from './resume-dates';

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
 * no entry has a usable range. An open, missing or "Present" end date runs to
 * `today`, an end in the future is cut at `today`; an entry that starts after
 * it ends or after `today` is ignored (a typo or a job not yet begun). A date
 * no reading of readResumeDate() understands leaves its job out, reported in
 * `unmapped` when the caller passes it.
 */
export function yearsOfExperience(doc: JsonResume, today: Date, unmapped: UnmappedField[] = []): number | null {
  const now = today.getTime();
  const intervals: Interval[] = [];
  list(doc.work).forEach((entry, i) => {
    const read = (key: 'startDate' | 'endDate', as: 'start' | 'end'): number | 'ongoing' | null | undefined => {
      const raw = text(entry?.[key]);
      if (raw === null) return undefined;
      const date = readResumeDate(raw);
      const value = date === null || date === 'ongoing' ? date : parseResumeDate(date, as);
      if (value === null || (as === 'start' && value === 'ongoing')) {
        const reason = 'not a date (YYYY, YYYY-MM or YYYY-MM-DD); this job is left out of the years of experience';
        unmapped.push({ field: `work[${i}].${key}`, value: preview(raw), reason });
        return null;
      }
      return value;
    };
    const start = read('startDate', 'start');
    const end = read('endDate', 'end');
    if (start === undefined || start === null || start === 'ongoing' || end === null) return;
    const until = end === undefined || end === 'ongoing' ? now : end;
    if (start > now || start > until) return;
    intervals.push({ start, end: Math.min(until, now) });
  });
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
