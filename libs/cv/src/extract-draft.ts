/**
 * Lines of a CV → the draft profile the candidate reviews. Pure: the same
 * function serves PDF and DOCX, the API's worker threads and the benchmark.
 */
import { educationLevelFromText } from '@embauche/candidates/json-resume/education.mapper';
import { EDUCATION_LEVELS, type EducationLevel } from '@embauche/candidates/profile.types';
import { countryCodeFromName } from '@embauche/common/iso-codes';
import { foldText } from '@embauche/matching/normalize';
import type { SkillCatalog } from '@embauche/skills/skill-catalog';
import type { CvDraft, CvLine, CvSection, CvSkillFinding } from './cv.types';
import { scanLanguages } from './languages';
import { splitSections } from './sections';
import { levelGuess, scanSkills } from './skill-matcher';
import { periodsIn, yearsFromPeriods } from './work-periods';

export interface ExtractInput {
  format: CvDraft['format'];
  pages: number;
  lines: readonly CvLine[];
  twoColumn: boolean;
  today: Date;
}

const TIER_RANK = { strong: 3, medium: 2, weak: 1 } as const;

export function extractDraft(input: ExtractInput, catalog: SkillCatalog): CvDraft {
  const sections = splitSections(input.lines);
  const scan = scanSkills(sections, catalog);
  const skills = new Map<string, CvSkillFinding>();
  for (const hit of scan.hits) {
    const evidence = { snippet: hit.snippet, page: hit.page, section: hit.section, tier: hit.tier };
    const existing = skills.get(hit.skillId);
    if (!existing) {
      const name = catalog.get(hit.skillId)!.labels.en;
      skills.set(hit.skillId, { skillId: hit.skillId, name, level: levelGuess(hit.segment), tier: hit.tier, evidence: [evidence] });
      continue;
    }
    if (existing.evidence.length < 3) existing.evidence.push(evidence);
    if (TIER_RANK[hit.tier] > TIER_RANK[existing.tier]) existing.tier = hit.tier;
    existing.level = Math.max(existing.level, levelGuess(hit.segment));
  }
  // Named in several places, a one-word name is as sure as one in a skills section.
  for (const finding of skills.values()) if (finding.tier === 'medium' && finding.evidence.length >= 2) finding.tier = 'strong';

  const header = sections.find((s) => s.kind === 'header')?.lines ?? [];
  const location = findLocation([...header, ...sections.filter((s) => s.kind === 'other').flatMap((s) => s.lines)]);
  return {
    format: input.format,
    pages: input.pages,
    layout: input.twoColumn ? 'two-column' : 'one-column',
    cvLanguage: cvLanguage(input.lines),
    headline: findHeadline(header),
    summary: joinSection(sections, 'summary', 2000),
    city: location?.city ?? null,
    country: location?.country ?? null,
    yearsExperience: yearsFromPeriods(periodsIn(linesOf(sections, 'experience'), input.today)),
    educationLevel: highestEducation(linesOf(sections, 'education')),
    skills: [...skills.values()].sort((a, b) => TIER_RANK[b.tier] - TIER_RANK[a.tier] || a.skillId.localeCompare(b.skillId)),
    languages: scanLanguages(sections),
    unknownTerms: scan.unknown,
  };
}

function linesOf(sections: readonly CvSection[], kind: CvSection['kind']): string[] {
  return sections.filter((s) => s.kind === kind).flatMap((s) => s.lines.map((l) => l.text));
}

function joinSection(sections: readonly CvSection[], kind: CvSection['kind'], max: number): string | null {
  const text = linesOf(sections, kind).join(' ').replace(/\s+/g, ' ').trim();
  return text === '' ? null : text.slice(0, max);
}

function highestEducation(lines: readonly string[]): EducationLevel | null {
  let best: EducationLevel | null = null;
  for (const line of lines) {
    const level = educationLevelFromText(line);
    if (level && (best === null || EDUCATION_LEVELS.indexOf(level) > EDUCATION_LEVELS.indexOf(best))) best = level;
  }
  return best;
}

const CONTACT = /@|https?:|www\.|\+?\d[\d ()./-]{6,}|linkedin|github\.com/i;

/** The first short line under the name that is neither contact details nor a place. */
function findHeadline(header: readonly CvLine[]): string | null {
  if (header.length < 2) return null;
  const nameAt = header.reduce((best, line, i) => (line.scale > header[best].scale ? i : best), 0);
  for (const line of header.slice(nameAt + 1, nameAt + 4)) {
    const text = line.text.trim();
    if (text.length < 3 || text.length > 100 || CONTACT.test(text) || findLocation([line])) continue;
    return text;
  }
  return null;
}

/** "Brussels, BE", "69002 Lyon, France", "Gent, België" in a header segment. */
function findLocation(lines: readonly CvLine[]): { city: string; country: string } | null {
  for (const line of lines) {
    for (const segment of line.text.split(/\s*[|•·]\s*|\s[-–—]\s/)) {
      const parts = segment.split(',').map((p) => p.trim()).filter(Boolean);
      if (parts.length < 2 || parts.length > 4 || CONTACT.test(segment)) continue;
      const country = countryCodeFromName(parts[parts.length - 1]);
      const city = parts[0].replace(/^\d{4,5}\s+/, '').replace(/\s+\d{4,5}$/, '');
      if (country && /^\p{L}[\p{L} '’.-]{1,40}$/u.test(city)) return { city, country };
    }
  }
  return null;
}

const STOPWORDS: Record<'fr' | 'en' | 'nl', string[]> = {
  en: ['the', 'and', 'of', 'with', 'for', 'in', 'to', 'experience', 'skills', 'education'],
  fr: ['le', 'la', 'les', 'et', 'des', 'du', 'avec', 'pour', 'une', 'competences', 'formation'],
  nl: ['de', 'het', 'een', 'en', 'van', 'met', 'voor', 'ik', 'werkervaring', 'vaardigheden', 'opleiding'],
};

/** The CV's language by its most frequent function words. */
export function cvLanguage(lines: readonly CvLine[]): CvDraft['cvLanguage'] {
  const counts = { en: 0, fr: 0, nl: 0 };
  const sets = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words)] as const);
  for (const line of lines) {
    for (const word of foldText(line.text).split(/[^a-z]+/)) {
      for (const [lang, set] of sets) if (set.has(word)) counts[lang as keyof typeof counts]++;
    }
  }
  const [best, n] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return n >= 3 ? (best as CvDraft['cvLanguage']) : null;
}
