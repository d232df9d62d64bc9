/**
 * Reads a ranked match the way a hiring manager would skim it: which required
 * skills the candidate brings, which ones they lack. Everything comes from
 * the breakdown the API returns with each match; nothing is re-scored here.
 */
import { MUST_THRESHOLD } from '@embauche/matching/scoring-constants';
import type { BreakdownItem, LanguageItem, Match, SkillItem } from './api-types';

export type Labels = ReadonlyMap<string, string>;

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English', nl: 'Dutch', de: 'German', es: 'Spanish', it: 'Italian', pt: 'Portuguese' };

export const languageName = (code: string) => LANGUAGE_NAMES[code] ?? code;

/** A required skill as the reader knows it: its label in the taxonomy, or the text the posting kept. */
export const skillLabel = (labels: Labels, id: string) => labels.get(id) ?? id;

/** `Java/Python/PHP…`: what one requirement item accepts. */
export function requirementLabel(labels: Labels, item: BreakdownItem, maxOptions = 2): string {
  if (item.type === 'language') return `${languageName(item.language)} ${item.minLevel}`;
  const names = item.anyOf.map((id) => skillLabel(labels, id));
  return names.length > maxOptions ? `${names.slice(0, maxOptions).join('/')}/…` : names.join('/');
}

/** The candidate's skill that counted, marked with `*` when it only relates to the one asked. */
export function matchedLabel(labels: Labels, item: SkillItem): string {
  const skill = item.matchedSkill;
  if (!skill) return '—';
  const name = skill.skillId ? skillLabel(labels, skill.skillId) : skill.name;
  return item.how === 'related' ? `${name}*` : name;
}

const isSkill = (item: BreakdownItem): item is SkillItem => item.type === 'skill';
const weightOf = (item: BreakdownItem) => item.importanceWeight * item.credit;

/** A requirement counts as satisfied at the must-have threshold (MATCHING.md), whatever its importance. */
const SATISFIED = MUST_THRESHOLD;

/** Up to `n` distinct candidate skills that satisfied the most (importance × credit), in the posting's order on ties. */
export function topMatched(labels: Labels, match: Match, n = 3): string[] {
  const earned = match.breakdown.items
    .map((item, index) => ({ item, index }))
    .filter((e): e is { item: SkillItem; index: number } => isSkill(e.item) && e.item.credit >= SATISFIED && e.item.matchedSkill !== null)
    .sort((a, b) => weightOf(b.item) - weightOf(a.item) || a.index - b.index);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const { item } of earned) {
    const key = item.matchedSkill!.skillId ?? item.matchedSkill!.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(matchedLabel(labels, item));
    if (out.length === n) break;
  }
  return out;
}

/**
 * Up to `n` requirements the candidate does not satisfy (credit under the
 * must-have threshold, so a skill is never both matched and missing): unmet must-haves first, languages included, then by
 * importance, then in the posting's order.
 */
export function topMissing(labels: Labels, match: Match, n = 3): string[] {
  const rank = (item: BreakdownItem) => (item.met === false ? 0 : 1);
  return match.breakdown.items
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.met === false || item.credit < SATISFIED)
    .sort((a, b) => rank(a.item) - rank(b.item) || b.item.importanceWeight - a.item.importanceWeight || a.index - b.index)
    .slice(0, n)
    .map(({ item }) => requirementLabel(labels, item));
}

/** How a candidate's language compares: `C1 (2 levels below)`. */
export function languageLevel(item: LanguageItem): string {
  if (item.candidateLevel === null) return 'none';
  return item.levelsBelow ? `${item.candidateLevel} (${item.levelsBelow} below)` : item.candidateLevel;
}
