/**
 * Drafts a posting's description (Markdown) from its template and its facts,
 * in the posting's language. The recruiter may then edit it freely; the
 * structured fields (requirements, salary…) stay the truth for matching.
 */
import {
  IMPORTANCES,
  type LanguageRequirement,
  type RemotePolicy,
  type Requirements,
  type SalaryRange,
  type Seniority,
  type SkillKind,
  type SkillRequirement,
} from '@embauche/matching/model';
import { DEFAULT_MIN_YEARS_BY_SENIORITY } from './posting-defaults';
import {
  countryName,
  formatAmount,
  languageName,
  RENDER_VOCABULARY,
  type EmploymentType,
  type RenderVocabulary,
} from './render-vocabulary';
import type { JobTemplate, TemplateContent, TemplateLanguage } from './template.types';

export interface RenderDescriptionInput {
  language: TemplateLanguage;
  title: string;
  city: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  remotePolicy: RemotePolicy;
  employmentType: EmploymentType;
  seniority: Seniority;
  salary: SalaryRange | null;
  requirements: Requirements;
  /** The label of a skill id in the posting's language; custom (unknown) skills pass through it too. */
  skillLabel: (id: string) => string;
  /** Optional: lets soft skills be listed apart as qualities, without a 1–5 level. Unknown → technical. */
  skillKind?: (id: string) => SkillKind | undefined;
  organizationName: string;
}

export function renderDescription(template: JobTemplate, input: RenderDescriptionInput): string {
  const c = template.content[input.language];
  const v = RENDER_VOCABULARY[input.language];
  const h = c.headings;
  const place = [input.city, countryName(input.country, input.language)].filter(Boolean).join(', ');
  const remote = v.remotePolicy[input.remotePolicy];
  const employment = v.employmentType[input.employmentType];
  const salary = input.salary ? formatSalary(input.salary, input.language) : v.salaryToBeDefined;

  // One block per entry: its lines stay together, blocks are separated by a blank line.
  const blocks: string[][] = [
    [`# ${input.title}`],
    [[`**${input.organizationName}**`, place, remote, employment].join(' · ')],
    [c.summary],
    [`## ${h.missions}`, ...bullets(c.missions)],
    [`## ${h.profile}`],
    ...profileBlocks(c, v, input),
    [`## ${h.conditions}`, ...bullets([remote, employment, ...c.workingConditions])],
    [`## ${h.salary}`, salary],
    [`## ${h.benefits}`, ...bullets(benefitsFor(c, input.country))],
  ];
  return blocks
    .filter((b) => b.length > 0)
    .map((b) => b.join('\n'))
    .join('\n\n');
}

/** Skills, qualities, languages, experience and education: what the candidate brings. */
function profileBlocks(c: TemplateContent, v: RenderVocabulary, input: RenderDescriptionInput): string[][] {
  const h = c.headings;
  const { skills, languages, minYearsExperience } = input.requirements;
  const { technical, soft } = splitByKind(skills, input.skillKind);
  const quality = (s: SkillRequirement) => `${anyOfLabel(s, input.skillLabel, v)} (${v.importance[s.importance]})`;
  const language = (l: LanguageRequirement) =>
    `${languageName(l.language, input.language)}${v.colon}${v.cefrLevel(l.minLevel)} (${v.importance[l.importance]})`;
  const years = minYearsExperience ?? DEFAULT_MIN_YEARS_BY_SENIORITY[input.seniority];
  return [
    technical.length ? [`### ${h.skills}`, ...skillsByImportance(technical, input.skillLabel, v)] : [],
    soft.length ? [`### ${h.qualities}`, ...bullets(soft.map(quality))] : [],
    languages.length ? [`### ${h.languages}`, ...bullets(languages.map(language))] : [],
    [`### ${h.experience}`, v.yearsOfExperience(years)],
    [`### ${h.education}`, c.educationNote, ...bullets(c.educationPaths)],
  ];
}

/** "3 800 – 4 500 EUR brut par mois" / "3,800 – 4,500 EUR gross per month" / "3.800 – 4.500 EUR bruto per maand". */
export function formatSalary(salary: SalaryRange, lang: TemplateLanguage): string {
  const v = RENDER_VOCABULARY[lang];
  const amount =
    salary.min === salary.max
      ? formatAmount(salary.min, lang)
      : `${formatAmount(salary.min, lang)} – ${formatAmount(salary.max, lang)}`;
  return `${amount} ${salary.currency} ${v.grossPer[salary.period]}`;
}

function splitByKind(skills: SkillRequirement[], kindOf: RenderDescriptionInput['skillKind']) {
  // An item is soft only when every skill it names is soft: a mixed group keeps its level.
  const isSoft = (s: SkillRequirement) => kindOf !== undefined && s.anyOf.every((id) => kindOf(id) === 'soft');
  return { technical: skills.filter((s) => !isSoft(s)), soft: skills.filter(isSoft) };
}

/** Required first, then important, then the pluses, each under its importance word. */
function skillsByImportance(items: SkillRequirement[], label: (id: string) => string, v: RenderVocabulary): string[] {
  const lines: string[] = [];
  for (const importance of IMPORTANCES) {
    const group = items.filter((s) => s.importance === importance);
    if (group.length === 0) continue;
    const word = v.importance[importance];
    if (lines.length > 0) lines.push(''); // a blank line ends the previous list (Markdown lazy continuation)
    lines.push(`**${word.charAt(0).toUpperCase()}${word.slice(1)}**`);
    lines.push(...bullets(group.map((s) => `${anyOfLabel(s, label, v)} (${v.skillLevel(s.minLevel)})`)));
  }
  return lines;
}

/** "Java, Python, PHP, Ruby ou Node.js": any one of them satisfies the item. */
function anyOfLabel(item: SkillRequirement, label: (id: string) => string, v: RenderVocabulary): string {
  const labels = item.anyOf.map(label);
  return labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} ${v.or} ${labels[labels.length - 1]}`;
}

function benefitsFor(c: TemplateContent, country: string): string[] {
  return [...c.benefits, ...(c.benefitsByCountry[country.toUpperCase()] ?? [])];
}

function bullets(items: string[]): string[] {
  return items.map((item) => `- ${item}`);
}
