/**
 * Years of experience from the date ranges of a CV's experience section
 * ("Jan 2018 – Mar 2020", "2019 - present", "sept. 2016 – aujourd'hui",
 * "03/2017 – heden"), merged where they overlap, like the JSON Resume import.
 */
import { foldText } from '@embauche/matching/normalize';

const MONTHS: Record<string, number> = {};
const NAMES = [
  ['jan', 'january', 'janv', 'janvier', 'januari'],
  ['feb', 'february', 'fev', 'fevr', 'fevrier', 'februari'],
  ['mar', 'march', 'mars', 'mrt', 'maart'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mai', 'mei'],
  ['jun', 'june', 'juin', 'juni'],
  ['jul', 'july', 'juil', 'juillet', 'juli'],
  ['aug', 'august', 'aout', 'augustus'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'octobre', 'okt', 'oktober'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'decembre'],
];
NAMES.forEach((names, month) => names.forEach((name) => (MONTHS[name] = month + 1)));

const MONTH = `(?:${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DATE = `(?:${MONTH},?\\s+\\d{4}|\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}(?:-\\d{2})?|\\d{4})`;
const ONGOING = "(?:present|current|now|today|ongoing|aujourd'hui|aujourd hui|ce jour|a ce jour|actuel|en cours|maintenant|heden|nu|huidig|vandaag)";
const RANGE = new RegExp(`(${DATE})\\s*(?:-|–|—|to|a|au|tot|until|jusqu'a|→)\\s*(${DATE}|${ONGOING})\\b`, 'g');
const SINCE = new RegExp(`\\b(?:since|depuis|sinds|vanaf)\\s+(${DATE})`, 'g');

interface Interval {
  start: number;
  end: number;
}

/** A date as the first day of its period (`start`) or the first day after it (`end`), UTC ms; null if unreadable. */
export function readDate(raw: string, as: 'start' | 'end'): number | null {
  const s = raw.trim().replace(/\.$/, '');
  let m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (m) return month(Number(m[1]), Number(m[2]), as);
  m = /^(\d{1,2})[/.](\d{4})$/.exec(s);
  if (m) return month(Number(m[2]), Number(m[1]), as);
  m = /^(\d{4})$/.exec(s);
  if (m) return Date.UTC(Number(m[1]) + (as === 'end' ? 1 : 0), 0, 1);
  m = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m && MONTHS[m[1]]) return month(Number(m[2]), MONTHS[m[1]], as);
  return null;
}

function month(year: number, m: number, as: 'start' | 'end'): number | null {
  if (m < 1 || m > 12 || year < 1950 || year > 2100) return null;
  return as === 'start' ? Date.UTC(year, m - 1, 1) : Date.UTC(year, m, 1);
}

/** The work periods written in these lines. */
export function periodsIn(lines: readonly string[], today: Date): Interval[] {
  const now = today.getTime();
  const out: Interval[] = [];
  for (const line of lines) {
    const folded = foldText(line).replace(/’/g, "'");
    for (const m of folded.matchAll(RANGE)) {
      const start = readDate(m[1], 'start');
      const end = new RegExp(`^${ONGOING}$`).test(m[2]) ? now : readDate(m[2], 'end');
      if (start !== null && end !== null && start < end && start <= now) out.push({ start, end: Math.min(end, now) });
    }
    for (const m of folded.matchAll(SINCE)) {
      const start = readDate(m[1], 'start');
      if (start !== null && start <= now) out.push({ start, end: now });
    }
  }
  return out;
}

/** Total years covered, overlaps merged, to one decimal; null without any period. */
export function yearsFromPeriods(periods: readonly Interval[]): number | null {
  if (periods.length === 0) return null;
  const sorted = [...periods].sort((a, b) => a.start - b.start);
  let total = 0;
  let current = { ...sorted[0] };
  for (const next of sorted.slice(1)) {
    if (next.start <= current.end) current.end = Math.max(current.end, next.end);
    else {
      total += current.end - current.start;
      current = { ...next };
    }
  }
  total += current.end - current.start;
  return Math.round((total / (365.25 * 24 * 3600 * 1000)) * 10) / 10;
}
