/**
 * Builds a profile draft from a JSON Resume document (https://jsonresume.org).
 * Run validateJsonResume() first, which refuses only what cannot be read at
 * all: this mapper takes any object, never throws on a field it does not
 * like — it skips it and says so in `unmapped` (every break of the schema
 * included), so the candidate sees what was left behind. Pure: no I/O and no
 * clock (the caller passes `today`).
 */
import { countryCodeFromName, isCountryCode } from '@embauche/common/iso-codes';
import { highestEducationLevel } from './education.mapper';
import { parseResumeDate, yearsOfExperience } from './experience.mapper';
import { JsonResume, JsonResumeLocation, ProfileDraft, UnmappedField, preview, text } from './json-resume.types';
import { mapLanguages } from './languages.mapper';
import { readResumeDate } from './resume-dates';
import { mapSkills } from './skills.mapper';
import { SchemaProblem, schemaProblems } from './json-resume.validator';

export type { JsonResume, ProfileDraft } from './json-resume.types';

export interface MapJsonResumeOptions {
  /** The date open-ended jobs run to. */
  today: Date;
}

export function mapJsonResume(doc: JsonResume, options: MapJsonResumeOptions): ProfileDraft {
  const unmapped: UnmappedField[] = schemaProblems(doc)
    .filter((problem) => !understood(problem))
    .map((problem) => ({ field: problem.field, value: preview(problem.value), reason: `${problem.message}; left out` }));
  const basics = typeof doc.basics === 'object' && doc.basics !== null ? doc.basics : {};
  const location = typeof basics.location === 'object' && basics.location !== null ? basics.location : {};
  return {
    headline: text(basics.label),
    summary: text(basics.summary),
    city: text(location.city),
    country: countryOf(location, unmapped),
    yearsExperience: yearsOfExperience(doc, options.today, unmapped),
    educationLevel: highestEducationLevel(doc, unmapped),
    skills: mapSkills(doc, unmapped),
    languages: mapLanguages(doc, unmapped),
    unmapped,
  };
}

/**
 * `countryCode` should be ISO 3166-1 alpha-2, but people also write "UK" or
 * "Belgique" there, or leave it empty and put the country in `region`.
 * Region is only a fallback: it is usually a state or province.
 */
function countryOf(location: JsonResumeLocation, unmapped: UnmappedField[]): string | null {
  const code = text(location.countryCode);
  if (code !== null) {
    if (isCountryCode(code.toUpperCase())) return code.toUpperCase();
    const byName = countryCodeFromName(code);
    if (byName !== null) return byName;
  }
  const region = text(location.region);
  const byRegion = region === null ? null : countryCodeFromName(region);
  if (byRegion !== null) return byRegion;
  if (code !== null) {
    unmapped.push({ field: 'basics.location.countryCode', value: preview(code), reason: 'country not recognised' });
  }
  return null;
}

/**
 * Schema problems the import reads past: a date in a form with one reading
 * ("Present", "2019/06", "June 2019"), and the work dates, which
 * yearsOfExperience() judges and reports itself with what it means for the
 * profile.
 */
function understood(problem: SchemaProblem): boolean {
  if (!problem.isDate || typeof problem.value !== 'string') return false;
  if (/^work\[\d+\]\.(startDate|endDate)$/.test(problem.field)) return true;
  const read = readResumeDate(problem.value);
  return read === 'ongoing' || (read !== null && parseResumeDate(read, 'start') !== null);
}
