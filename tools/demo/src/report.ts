/**
 * The two views the demo ends with: the ranked list, and the full breakdown
 * of one candidate with the arithmetic laid out so a reader can redo it.
 */
import { MUST_THRESHOLD } from '@embauche/matching/scoring-constants';
import type { Breakdown, LanguageItem, Match, SkillItem } from './api-types';
import { languageLevel, languageName, matchedLabel, requirementLabel, topMatched, topMissing, type Labels } from './ranking';
import { amount, fitList, fixed, heading, say, style, table } from './terminal';

const CRITERION_NAMES: Record<string, string> = {
  technicalSkills: 'Technical skills',
  softSkills: 'Soft skills',
  languages: 'Languages',
  experience: 'Experience',
  location: 'Location',
  salary: 'Salary',
};

const LOCATION_RULES: Record<string, string> = {
  remotePosting: 'remote posting',
  sameCity: 'same city',
  sameCountry: 'same country',
  otherCountryWillingToRelocate: 'other country, willing to relocate',
  otherCountryNotWilling: 'other country, not willing to relocate',
  candidateLocationUnknown: 'candidate location unknown',
};

const SALARY_RULES: Record<string, string> = {
  withinRange: 'within the range',
  aboveMax: 'above the max: 1 − 2 × (expectation − max) / max',
  currencyMismatch: 'different currencies: left out',
  noPostingSalary: 'no salary on the posting: left out',
  noExpectation: 'no expectation given: left out, never penalised',
};

export const candidateName = (match: Match) => match.candidate.name ?? '(hidden: blind review)';

export function printRanking(matches: Match[], labels: Labels): void {
  heading(`Ranked matches: ${matches.length} applications (must-haves met first, then score)`);
  const rows = matches.map((m, i) => [
    String(i + 1),
    candidateName(m),
    fixed(m.score),
    m.mustHavesMet ? 'yes' : 'no',
    fitList(topMatched(labels, m), 40),
    fitList(topMissing(labels, m), 48),
  ]);
  const lines = table(
    [
      { header: '#', align: 'right' },
      { header: 'Candidate', max: 24 },
      { header: 'Score', align: 'right' },
      { header: 'Must-haves' },
      { header: 'Top matched skills', max: 40 },
      { header: 'Top missing skills', max: 48 },
    ],
    rows,
  );
  lines.forEach((line, i) => say(i > 0 && !matches[i - 1].mustHavesMet ? style.dim(line) : line));
  say();
  say(style.dim('  * a related skill standing in for the one asked (e.g. Spring Boot for Java), at the taxonomy’s strength'));
}

export function printBreakdown(match: Match, labels: Labels): void {
  const b = match.breakdown;
  heading(`Breakdown of the top candidate: ${candidateName(match)}${match.candidate.headline ? `, ${match.candidate.headline}` : ''}`);
  say(`  Score ${style.bold(fixed(match.score))} / 100, ${match.mustHavesMet ? 'every must-have met' : 'some must-haves missing'}`);
  say();
  printCriteria(b);
  say();
  say(style.bold('  Requirements') + style.dim(`  (criterion sub-score = Σ importance × credit / Σ importance; a must-have is met at credit ≥ ${MUST_THRESHOLD.toFixed(2)})`));
  printItems(b, labels);
  say();
  printFacts(b);
}

function printCriteria(b: Breakdown): void {
  const rows = b.criteria.map((c) => [
    CRITERION_NAMES[c.criterion] ?? c.criterion,
    fixed(c.weight),
    c.subScore === null ? '—' : fixed(c.subScore, 4),
    fixed(c.points),
    c.included ? '' : 'left out: nothing to compare',
  ]);
  rows.push(['Total', fixed(b.criteria.reduce((sum, c) => sum + c.weight, 0)), '', fixed(b.score), '']);
  table(
    [{ header: 'Criterion' }, { header: 'Weight', align: 'right' }, { header: 'Sub-score', align: 'right' }, { header: 'Points', align: 'right' }, { header: '' }],
    rows,
  ).forEach((line) => say(line));
}

function printItems(b: Breakdown, labels: Labels): void {
  const rows = b.items.map((item) =>
    item.type === 'skill' ? skillRow(item, labels) : languageRow(item),
  );
  table(
    [
      { header: 'Importance' },
      { header: 'Asked', max: 34 },
      { header: 'Min', align: 'right' },
      { header: 'Candidate has', max: 24 },
      { header: 'How' },
      { header: 'Level', align: 'right' },
      { header: 'Credit', align: 'right' },
      { header: 'Met' },
    ],
    rows,
  ).forEach((line) => say(line));
}

function skillRow(item: SkillItem, labels: Labels): string[] {
  const how = item.how === 'related' ? `related ×${fixed(item.strength)}` : (item.how ?? '—');
  return [
    `${item.importance} ×${item.importanceWeight}`,
    `${requirementLabel(labels, item, 5)}${item.criterion === 'softSkills' ? ' (soft)' : ''}`,
    String(item.minLevel),
    matchedLabel(labels, item).replace(/\*$/, ''),
    how,
    item.candidateLevel === null ? '—' : String(item.candidateLevel),
    fixed(item.credit),
    metLabel(item.met),
  ];
}

function languageRow(item: LanguageItem): string[] {
  return [
    `${item.importance} ×${item.importanceWeight}`,
    `${languageName(item.language)} (language)`,
    item.minLevel,
    languageLevel(item),
    '—',
    '',
    fixed(item.credit),
    metLabel(item.met),
  ];
}

const metLabel = (met: boolean | null) => (met === null ? '' : met ? 'yes' : 'NO');

function printFacts(b: Breakdown): void {
  const e = b.experience;
  const asked = e.requiredFrom === 'posting' ? 'asked by the posting' : `default for ${e.seniority}`;
  say(`  Experience  ${e.candidate ?? 0} years; ${e.required} ${asked} → ${fixed(e.subScore)}`);
  const l = b.location;
  const where = (city: string | null, country: string | null) => [city, country].filter(Boolean).join(', ') || 'unknown';
  say(
    `  Location    posting ${where(l.posting.city, l.posting.country)} (${l.posting.remotePolicy}); candidate ${where(l.candidate.city, l.candidate.country)}, ` +
      `prefers ${l.candidate.remotePreference}${l.candidate.willingToRelocate ? ', willing to relocate' : ''} → ${LOCATION_RULES[l.rule] ?? l.rule}` +
      `${l.halvedForRemoteOnly ? ' (halved: remote only)' : ''} → ${l.subScore === null ? 'left out' : fixed(l.subScore)}`,
  );
  const s = b.salary;
  if (s.posting && s.expectation) {
    const p = s.posting;
    const x = s.expectation;
    say(
      `  Salary      expects ${amount(x.amount)} ${x.currency}/${x.period} (${amount(x.annual)}/year); posting ${amount(p.min)}–${amount(p.max)} ${p.currency}/${p.period} ` +
        `(max ${amount(p.annualMax)}/year at ${s.monthsPerYear} months) → ${SALARY_RULES[s.rule] ?? s.rule} → ${s.subScore === null ? 'left out' : fixed(s.subScore)}`,
    );
  } else {
    say(`  Salary      ${SALARY_RULES[s.rule] ?? s.rule}`);
  }
}
