/**
 * Finds taxonomy skills in CV text, in tiers (the idea of SkillNer's phrase
 * tiers, our own code):
 * 1. multi-word names ("Spring Boot", "Google Cloud") count anywhere;
 * 2. one-word names count anywhere when written as the taxonomy spells them
 *    (case matters: "AWS", "PostgreSQL", but not "react quickly");
 * 3. names that are ordinary words (ambiguous-skills.ts) and soft skills count
 *    only in a skills section, in a list of skills, or when a companion skill
 *    was found strongly elsewhere in the CV.
 * Matching is on whole tokens, never inside a word, and every hit resolves
 * through the catalog, so nothing is invented. Entries of a skills section go
 * through the shared extractSkills() as well, as the JSON Resume import's do.
 */
import { foldText, skillKey } from '@embauche/matching/normalize';
import type { SkillCatalog } from '@embauche/skills/skill-catalog';
import { extractSkills, isGroupHeader } from '@embauche/skills/skill-extractor';
import { SKILL_LANGUAGES } from '@embauche/skills/skill.types';
import { AMBIGUOUS_SKILLS, AMBIGUOUS_SPELLINGS } from './ambiguous-skills';
import { LETTER_SPACED } from './sections';
import type { ConfidenceTier, CvSection, CvUnknownTerm, Evidence, SectionKind } from './cv.types';

const TOKEN = /\.?[\p{L}\p{N}](?:[\p{L}\p{N}]|[.&'’_-](?=[\p{L}\p{N}]))*[+#]*/gu;
/** Phrases never run across these. */
const SEGMENT = /[,;|•·()[\]:{}]|\s[-–—]\s|\.\s/;
const MAX_TOKENS = 5;
const ADDRESSES = /\b(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|me|be|fr|nl|co|uk)(?:\/\S*)?/gi;

interface Spelling {
  skillId: string;
  /** As the taxonomy writes it, for the case check of one-word names. */
  written: string;
  tokens: number;
}

interface MatcherIndex {
  /** Token keys joined by a space → spellings. */
  phrases: Map<string, Spelling[]>;
  /** Keys of one-token spellings, to let "node js" meet "nodejs". */
  glued: Map<string, Spelling[]>;
}

const INDEXES = new WeakMap<SkillCatalog, MatcherIndex>();

export function tokenize(text: string): Array<{ text: string; start: number; end: number }> {
  return [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

function indexOf(catalog: SkillCatalog): MatcherIndex {
  const cached = INDEXES.get(catalog);
  if (cached) return cached;
  const phrases = new Map<string, Spelling[]>();
  const glued = new Map<string, Spelling[]>();
  const add = (map: Map<string, Spelling[]>, key: string, spelling: Spelling) => {
    const list = map.get(key) ?? [];
    if (!list.some((s) => s.skillId === spelling.skillId && s.written === spelling.written)) list.push(spelling);
    map.set(key, list);
  };
  for (const skill of catalog.all()) {
    const names = [skill.id.includes('-') ? null : skill.id, ...SKILL_LANGUAGES.flatMap((lang) => [skill.labels[lang], ...skill.aliases[lang]])];
    for (const name of names) {
      if (!name) continue;
      const tokens = tokenize(name.replace(/\(.*?\)/g, ' ')).map((t) => skillKey(t.text)).filter(Boolean);
      if (tokens.length === 0 || tokens.length > MAX_TOKENS) continue;
      const spelling = { skillId: skill.id, written: name, tokens: tokens.length };
      add(phrases, tokens.join(' '), spelling);
      if (tokens.length === 1) add(glued, tokens[0], spelling);
    }
  }
  const index = { phrases, glued };
  INDEXES.set(catalog, index);
  return index;
}

export interface SkillHit {
  skillId: string;
  /** The text as written in the CV. */
  matched: string;
  tier: ConfidenceTier;
  /** For the level guess: the segment the hit was found in. */
  segment: string;
  /** Kept only when a companion is found: ambiguous outside a skills context. */
  needsCompanion: boolean;
}

/** Phrase hits in one line; `inSkillsContext` for a skills section or a list of skills. */
export function matchLine(line: string, catalog: SkillCatalog, inSkillsContext: boolean): SkillHit[] {
  const index = indexOf(catalog);
  const hits: SkillHit[] = [];
  for (const segment of line.split(SEGMENT)) {
    const tokens = tokenize(segment);
    // Items of a skills list are short; a sentence under a skills heading is prose all the same.
    const listItem = inSkillsContext && tokens.length <= 6;
    for (let i = 0; i < tokens.length; ) {
      let found: { spelling: Spelling; length: number } | null = null;
      for (let n = Math.min(MAX_TOKENS, tokens.length - i); n >= 1 && !found; n--) {
        const keys = tokens.slice(i, i + n).map((t) => skillKey(t.text));
        const spellings = index.phrases.get(keys.join(' ')) ?? (n >= 2 && n <= 3 && keys.join('').length >= 5 ? index.glued.get(keys.join('')) : undefined);
        if (spellings?.length) found = { spelling: pick(spellings, tokens[i].text), length: n };
      }
      if (!found) {
        i++;
        continue;
      }
      const matched = segment.slice(tokens[i].start, tokens[i + found.length - 1].end);
      const hit = classify(found.spelling, matched, found.length, catalog, listItem, segment);
      if (hit) hits.push(hit);
      i += found.length;
    }
  }
  return hits;
}

function pick(spellings: Spelling[], text: string): Spelling {
  return spellings.find((s) => s.written === text) ?? spellings[0];
}

function classify(spelling: Spelling, matched: string, length: number, catalog: SkillCatalog, inSkillsContext: boolean, segment: string): SkillHit | null {
  const skillId = spelling.skillId;
  const base = { skillId, matched, segment: segment.trim() };
  if (inSkillsContext) return { ...base, tier: 'strong', needsCompanion: false };
  const soft = catalog.kindOf(skillId) === 'soft';
  // "Apache Airflow", "Spring Boot": a name of several words is not an ordinary word, whatever its one-word alias is.
  if (length >= 2 && spelling.tokens >= 2 && !soft && !AMBIGUOUS_SPELLINGS.has(foldText(matched))) return { ...base, tier: 'strong', needsCompanion: false };
  const ambiguous = AMBIGUOUS_SKILLS.has(skillId) || soft || AMBIGUOUS_SPELLINGS.has(foldText(matched));
  if (ambiguous) {
    // Soft skills in prose ("a 50-person organization") are not claims; only a skills context names them.
    if (catalog.kindOf(skillId) === 'soft' || !writtenAsNamed(matched, skillId, catalog)) return null;
    return { ...base, tier: 'weak', needsCompanion: true };
  }
  return writtenAsNamed(matched, skillId, catalog) ? { ...base, tier: 'medium', needsCompanion: false } : null;
}

/**
 * The text is a product name, not a word: it has a capital, a digit or a symbol, and
 * when the taxonomy spells the name with capitals it is written that way (or in capitals).
 */
function writtenAsNamed(text: string, skillId: string, catalog: SkillCatalog): boolean {
  const key = skillKey(text);
  const spellings = [catalog.get(skillId)!.labels.en, ...catalog.aliasesOf(skillId), ...SKILL_LANGUAGES.map((l) => catalog.get(skillId)!.labels[l])]
    .map((s) => s.replace(/\(.*?\)/g, '').trim())
    .filter((s) => skillKey(s) === key);
  const cased = spellings.filter((s) => /\p{Lu}/u.test(s));
  // The taxonomy writes it in lower case ("pandas", "dbt"): that is how the product is named.
  if (cased.length === 0) return spellings.length > 0;
  return cased.includes(text) || (text === text.toUpperCase() && text.length >= 2) || cased.some((s) => s.toLowerCase() === text.toLowerCase() && /^\p{Lu}/u.test(text) && !/^\p{Lu}{2,}$/u.test(s));
}

export interface SkillScan {
  hits: Array<SkillHit & { page: number; section: SectionKind; snippet: string }>;
  unknown: CvUnknownTerm[];
}

/** Every skill hit of the CV, the ambiguous ones kept only when corroborated, and the unknown terms of its skills sections. */
export function scanSkills(sections: readonly CvSection[], catalog: SkillCatalog): SkillScan {
  const raw: SkillScan['hits'] = [];
  const unknown: CvUnknownTerm[] = [];
  for (const section of sections) {
    const skillsSection = section.kind === 'skills';
    for (const line of section.lines) {
      // Addresses name hosts, not skills: "github.com/x", "http://…", "jane@gmail.com".
      const text = line.text.replace(ADDRESSES, ' ');
      // "A WA R D S": a letter-spaced heading we do not know is letters, not the skill R.
      if (LETTER_SPACED.test(text.trim())) continue;
      const list = skillsSection || looksLikeList(text, catalog);
      const hits = matchLine(text, catalog, list);
      raw.push(...hits.map((hit) => ({ ...hit, page: line.page, section: section.kind, snippet: snippetOf(line.text, hit.matched) })));
      if (skillsSection) unknown.push(...unknownTerms(text, hits, catalog).map((term) => ({ term, page: line.page, section: section.kind })));
    }
  }
  const strong = new Set(raw.filter((hit) => !hit.needsCompanion).map((hit) => hit.skillId));
  const hits = raw.filter((hit) => !hit.needsCompanion || AMBIGUOUS_SKILLS.get(hit.skillId)?.some((c) => strong.has(c)));
  const seen = new Set<string>();
  return { hits, unknown: unknown.filter((u) => !seen.has(foldText(u.term)) && seen.add(foldText(u.term))).slice(0, 50) };
}

/**
 * "Stack: Go, PostgreSQL, Docker" inside an experience entry (three or more short items, at
 * least two of them skills), or a row of tags without separators ("Go Rust Java Python"):
 * three or more skills covering nearly every word of the line.
 */
function looksLikeList(text: string, catalog: SkillCatalog): boolean {
  const items = text.replace(/^[^:]{1,30}:/, '').split(/[,;|•·]/).map((s) => s.trim()).filter(Boolean);
  if (items.length >= 3 && items.every((item) => item.split(/\s+/).length <= 3)) {
    return items.filter((item) => extractSkills(item, catalog).some((s) => s.skillId !== null)).length >= 2;
  }
  const words = tokenize(text).length;
  const hits = matchLine(text, catalog, true);
  const covered = hits.reduce((n, hit) => n + tokenize(hit.matched).length, 0);
  return hits.length >= 3 && covered >= words * 0.75;
}

/** Entries of a skills line the taxonomy does not know: offered to the candidate as custom skills. */
function unknownTerms(text: string, hits: readonly SkillHit[], catalog: SkillCatalog): string[] {
  const matched = hits.map((hit) => foldText(hit.matched));
  return extractSkills(text, catalog)
    .filter((part) => part.skillId === null)
    .map((part) => part.name.replace(/^[-*•·\s]+|[.\s]+$/g, ''))
    .filter((name) => {
      const words = name.split(/\s+/);
      if (name.length < 2 || name.length > 40 || words.length > 4 || !/\p{L}/u.test(name) || isGroupHeader(name)) return false;
      if (/^\d/.test(name) || /\b(years?|ans|jaar|level|niveau)\b/i.test(name)) return false;
      return !matched.some((m) => foldText(name).includes(m));
    });
}

export function snippetOf(text: string, matched: string): string {
  if (text.length <= 160) return text;
  const at = Math.max(0, text.indexOf(matched) - 60);
  return `${at > 0 ? '…' : ''}${text.slice(at, at + 160).trim()}${at + 160 < text.length ? '…' : ''}`;
}

const LEVEL_WORDS: Array<[RegExp, number]> = [
  [/\b(expert|expertise|guru|master)\b/, 5],
  [/\b(advanced|avance|avancee|gevorderd|senior|strong|maitrise|excellent|proficient)\b/, 4],
  [/\b(intermediate|intermediaire|gemiddeld|good|bon|bonne|goed|solid)\b/, 3],
  [/\b(basic|basics|notions?|basis|beginner|debutant|junior|familiar|elementary|scolaire)\b/, 2],
];

/** A 1–5 level from the words around a skill; 3 when nothing says. */
export function levelGuess(context: string): number {
  const folded = foldText(context);
  for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(folded)) return level;
  return 3;
}

export type { Evidence };
