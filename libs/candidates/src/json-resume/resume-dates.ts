/**
 * The dates people actually write in a resume, read as the schema's form.
 * The schema wants YYYY, YYYY-MM or YYYY-MM-DD, but published files say
 * "Present" for a current job, "2019/06", "06/2019", "June 2019" or a full
 * ISO timestamp. Each of these has one reading, so the import takes it
 * instead of losing the job from the years of experience; anything else is
 * left for the caller to report.
 */
import { foldText } from '@embauche/matching/normalize';

/** Words for "still there", in the platform's languages (en, fr, nl), folded. */
const ONGOING = new Set([
  'present', 'current', 'currently', 'now', 'today', 'ongoing', 'to date', 'till date', 'until now', 'to present',
  'aujourd\'hui', 'a ce jour', 'actuel', 'actuellement', 'en cours', 'maintenant',
  'heden', 'nu', 'huidig', 'lopend', 'tot heden', 'tot nu',
]);

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const SCHEMA_FORM = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[t ]\d{2}:\d{2}/;
const YEAR_FIRST = /^(\d{4})[/.](\d{1,2})(?:[/.](\d{1,2}))?$/;
const MONTH_FIRST = /^(\d{1,2})[/.-](\d{4})$/;
/** "June 2019", "Sept. 2019", "jun 2019". */
const MONTH_NAME = /^([a-z]{3,9})\.?,? (\d{4})$/;

const pad = (n: string): string => n.padStart(2, '0');

/**
 * `value` as YYYY, YYYY-MM or YYYY-MM-DD; 'ongoing' for a word meaning
 * "still there"; null when it is no date we can read. The result is a shape,
 * not a checked date: "2019-13" comes back as is, for the calendar check.
 */
export function readResumeDate(value: string): string | 'ongoing' | null {
  const folded = foldText(value);
  if (SCHEMA_FORM.test(folded)) return folded;
  if (ONGOING.has(folded.replace(/[.!]$/, ''))) return 'ongoing';
  const timestamp = TIMESTAMP.exec(folded);
  if (timestamp) return timestamp[1];
  const yearFirst = YEAR_FIRST.exec(folded);
  if (yearFirst) return [yearFirst[1], pad(yearFirst[2]), ...(yearFirst[3] ? [pad(yearFirst[3])] : [])].join('-');
  const monthFirst = MONTH_FIRST.exec(folded);
  if (monthFirst) return `${monthFirst[2]}-${pad(monthFirst[1])}`;
  const named = MONTH_NAME.exec(folded);
  if (named) {
    const month = MONTHS.indexOf(named[1].slice(0, 3));
    // "Juni"/"juin" would also start with "jun"; only English names are accepted whole or abbreviated.
    const english = month >= 0 && new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' })
      .format(Date.UTC(2000, month, 1)).toLowerCase().startsWith(named[1]);
    if (english) return `${named[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  return null;
}
