/**
 * Highest education level from JSON Resume `education[]`. `studyType` is the
 * degree ("Bachelor", "MSc", "Ph.D."); `area` is the field of study and is
 * read only when `studyType` says nothing, since an area such as "Software
 * Engineering" is not an engineering degree.
 */
import { foldText } from '@embauche/matching/normalize';
import { EDUCATION_LEVELS, EducationLevel, JsonResume, UnmappedField, list, preview, text } from './json-resume.types';

/**
 * Matched on whole words of the folded text, with dots dropped and other
 * punctuation turned into spaces ("Ph.D." → "phd", "M.S." → "ms", "Master's"
 * → "master s", "Bac+5" → "bac 5"); highest level first, so "BSc/MSc" is a
 * master.
 */
const DEGREE_PATTERNS: Array<[RegExp, EducationLevel]> = [
  [/\b(phd|dphil|doctor|doctorate|doctoral|doctorat|doctoraat|edd|md)\b/, 'doctorate'],
  [/\b(masters?|msc|ms|ma|mba|meng|mphil|mres|llm|engineer|ingenieur|engineering degree|bac [5-8])\b/, 'master'],
  [/\b(bachelors?|bsc|bs|ba|beng|bba|llb|licence|licenciatura|bachelier|bac [34])\b/, 'bachelor'],
  // An associate degree is below a bachelor, but the profile enum has nothing
  // between secondary and bachelor, and rounding down to secondary would
  // understate two years of higher education; bachelor is the nearer step.
  // BTS, DUT, Bac+2 (France) and graduaat (Flanders) are the same two-year level.
  [/\b(associates?|aas|aa|bts|dut|bac 2|graduaat)\b/, 'bachelor'],
  [/\b(bootcamp|boot camp)\b/, 'bootcamp'],
  [
    /\b(high school|secondary|secondaire|baccalaureat|bac|international baccalaureate|a levels?|ged|cess|middelbaar)\b/,
    'secondary',
  ],
];

/** The education level a degree description names, or null. */
export function educationLevelFromText(input: string): EducationLevel | null {
  const folded = foldText(input)
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, ' ');
  for (const [pattern, level] of DEGREE_PATTERNS) if (pattern.test(folded)) return level;
  return null;
}

export function highestEducationLevel(doc: JsonResume, unmapped: UnmappedField[]): EducationLevel | null {
  let highest: EducationLevel | null = null;
  list(doc.education).forEach((entry, i) => {
    const studyType = text(entry?.studyType);
    const area = text(entry?.area);
    const level =
      (studyType === null ? null : educationLevelFromText(studyType)) ??
      (area === null ? null : educationLevelFromText(area));
    if (level === null) {
      if (studyType !== null) {
        const field = `education[${i}].studyType`;
        unmapped.push({ field, value: preview(studyType), reason: 'degree not recognised' });
      }
      return;
    }
    if (highest === null || EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(highest)) highest = level;
  });
  return highest;
}
