/**
 * Spoken languages from a CV: every language named in a languages section,
 * and elsewhere only in a phrase that gives a level ("anglais courant",
 * "Nederlands: moedertaal", "English — C1", "fluent in Spanish"). Levels map
 * to CEFR through the JSON Resume import's table (LinkedIn's wording, so both
 * imports agree) extended with French and Dutch words; the mapping is written
 * down in docs/DECISIONS.md › CV import.
 */
import { cefrLevelFromFluency, languageCodeFromName } from '@embauche/candidates/json-resume/languages.mapper';
import type { CefrLevel } from '@embauche/matching/model';
import { CEFR_LEVELS } from '@embauche/matching/model';
import { foldText } from '@embauche/matching/normalize';
import type { CvLanguageFinding, CvSection } from './cv.types';
import { snippetOf } from './skill-matcher';

/** Checked on folded text, in order, after the CEFR letters and the English table. */
const FR_NL_LEVELS: Array<[RegExp, CefrLevel]> = [
  [/\b(maternelle|natif|native|moedertaal|bilingue|tweetalig|langue natale)\b/, 'native'],
  [/\b(courant|couramment|vloeiend|tres bon|tres bonne|zeer goed|excellent|excellente|avance|gevorderd|uitstekend)\b/, 'C1'],
  [/\b(bon|bonne|bon niveau|goed|professionnel|professionnelle|operationnel|operationnelle|professioneel)\b/, 'B2'],
  [/\b(intermediaire|moyen|gemiddeld|redelijk|assez bon|conversationnel|conversation)\b/, 'B1'],
  [/\b(notions?|scolaire|elementaire|basis|basiskennis|elementair|lu ecrit)\b/, 'A2'],
  [/\b(debutant|debutante|beginner|beginnend)\b/, 'A1'],
];

/** The CEFR level a phrase states, or null: "C1", "fluent", "courant", "moedertaal". */
export function cefrLevelOf(phrase: string): CefrLevel | null {
  const english = cefrLevelFromFluency(phrase);
  if (english) return english;
  const folded = foldText(phrase).replace(/[^a-z0-9]+/g, ' ');
  for (const [pattern, level] of FR_NL_LEVELS) if (pattern.test(folded)) return level;
  return null;
}

/** Words that name a language but are far more often something else in a CV. */
const NOT_LANGUAGES = new Set(['java', 'go', 'swift', 'ruby', 'dart', 'ga', 'ewe', 'twi', 'ido', 'pali', 'yi', 'tonga', 'lingala', 'malay', 'kannada', 'ha', 'ko', 'lo', 'ba']);

/** The languages one segment names: each word (and pair of words) looked up as a language name. */
export function languagesIn(segment: string): string[] {
  const words = foldText(segment).split(/[^\p{L}]+/u).filter((w) => w.length >= 3 && !NOT_LANGUAGES.has(w));
  const codes: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const pair = i + 1 < words.length ? languageCodeFromName(`${words[i]} ${words[i + 1]}`) : null;
    const code = pair && !languageCodeFromName(words[i]) ? pair : languageCodeFromName(words[i]);
    if (code && !codes.includes(code)) codes.push(code);
  }
  return codes;
}

const SEGMENTS = /[,;|•·]|[.!?]\s/;

export function scanLanguages(sections: readonly CvSection[]): CvLanguageFinding[] {
  const found = new Map<string, CvLanguageFinding>();
  for (const section of sections) {
    const inSection = section.kind === 'languages';
    section.lines.forEach((line, at) => {
      // "English (C1), Français (langue maternelle)": each item carries its own level.
      const segments = line.text.split(SEGMENTS);
      // A grid: "English · Spanish" over "Native speaker · Native speaker". The line below gives the levels.
      const below = inSection ? section.lines[at + 1]?.text.split(SEGMENTS) : undefined;
      const levelsBelow = below && below.every((cell) => languagesIn(cell).length === 0) ? below.map(cefrLevelOf) : undefined;
      segments.forEach((segment, i) => {
        const codes = languagesIn(segment);
        if (codes.length === 0) return;
        const level = cefrLevelOf(segment) ?? (levelsBelow && (levelsBelow.length === segments.length ? levelsBelow[i] : levelsBelow.length === 1 ? levelsBelow[0] : null)) ?? null;
        if (!inSection && level === null) return;
        // Two languages and one level ("French and Dutch: fluent") give both the level.
        for (const code of codes) {
          const tier = inSection ? (level ? 'strong' : 'medium') : 'medium';
          const evidence = { snippet: snippetOf(line.text, segment.trim()), page: line.page, section: section.kind, tier } as const;
          const existing = found.get(code);
          if (!existing) {
            found.set(code, { language: code, level, tier, evidence: [evidence] });
            continue;
          }
          if (existing.evidence.length < 3) existing.evidence.push(evidence);
          if (level && (existing.level === null || CEFR_LEVELS.indexOf(level) > CEFR_LEVELS.indexOf(existing.level))) existing.level = level;
          if (tier === 'strong') existing.tier = 'strong';
        }
      });
    });
  }
  return [...found.values()];
}
