/**
 * The candidate's own explanation in plain words, as message descriptors ({ key, values }) so
 * this stays pure (no React, no i18next) and unit-testable: what they lack, and what would
 * change the score, largest gain first. Labels and numbers come in already localized.
 */
import type { Schema } from '@embauche/api-client';

export type Lacking = Schema<'LackingItemResponse'>;
export type Gain = Schema<'ScoreGainResponse'>;
export type Criterion = Schema<'CriterionPointsResponse'>;
type Importance = 'must' | 'important' | 'nice';
type Level = number | string;

export interface Phrase {
  key: string;
  values: Record<string, string | number>;
}

export interface Labels {
  /** A skill id (or custom skill text) as the reader's language names it. */
  skill: (id: string) => string;
  /** "Java, Python or PHP", in the reader's language. */
  anyOf: (labels: string[]) => string;
  /** An ISO 639-1 code as a language name. */
  language: (code: string) => string;
  /** A number in the reader's locale (points, scores, years). */
  number: (value: number) => string;
}

export interface LackingItem {
  id: string;
  importance: Importance;
  phrase: Phrase;
}

export interface GainItem {
  id: string;
  importance: Importance | null;
  phrase: Phrase;
  points: string;
  scoreIfMet: string;
  /** This change alone would complete the must-haves (only said when they are not met today). */
  completesMustHaves: boolean;
}

const IMPORTANCE_RANK: Record<Importance, number> = { must: 0, important: 1, nice: 2 };
const rankOf = (importance: Importance | null) => (importance === null ? 3 : IMPORTANCE_RANK[importance]);

// The generated type of the lacking list's levels is loose (integer or CEFR); read them as such.
const level = (value: unknown): Level | null => (typeof value === 'number' || typeof value === 'string' ? value : null);

/** Required skills and languages the candidate lacks or holds below the level asked: must-haves first. */
export function lackingItems(lacking: Lacking[], labels: Labels): LackingItem[] {
  return lacking
    .map((item, index) => ({ item, index }))
    .sort((a, b) => IMPORTANCE_RANK[a.item.importance] - IMPORTANCE_RANK[b.item.importance] || a.index - b.index)
    .map(({ item, index }) => {
      const asked = level(item.minLevel);
      const yours = level(item.yourLevel);
      if (item.type === 'language') {
        const language = labels.language(item.language ?? '');
        return {
          id: `language-${item.language}-${index}`,
          importance: item.importance,
          phrase: yours === null ? { key: 'lackLanguage', values: { language, asked: String(asked) } } : { key: 'lackLanguageLevel', values: { language, asked: String(asked), yours: String(yours) } },
        };
      }
      const skill = labels.anyOf((item.anyOf ?? []).map(labels.skill));
      const phrase: Phrase =
        yours === null
          ? { key: 'lackSkill', values: { skill, asked: Number(asked) } }
          : Number(yours) >= Number(asked)
            ? { key: 'lackSkillRelated', values: { skill, asked: Number(asked) } }
            : { key: 'lackSkillLevel', values: { skill, asked: Number(asked), yours: Number(yours) } };
      return { id: `skill-${(item.anyOf ?? []).join('|')}-${index}`, importance: item.importance, phrase };
    });
}

/** Largest gain first; among equal gains must-haves first, then important, nice, experience; else as given. */
export function sortGains(gains: Gain[]): Gain[] {
  return gains
    .map((gain, index) => ({ gain, index }))
    .sort((a, b) => b.gain.points - a.gain.points || rankOf(a.gain.importance) - rankOf(b.gain.importance) || a.index - b.index)
    .map(({ gain }) => gain);
}

function gainPhrase(gain: Gain, labels: Labels): Phrase {
  const asked = gain.askedLevel;
  if (gain.type === 'experience') {
    const values = { asked: labels.number(gain.askedYears ?? 0), yours: labels.number(gain.yourYears ?? 0), count: gain.askedYears ?? 0 };
    return { key: 'gainExperience', values };
  }
  if (gain.type === 'language') {
    const language = labels.language(gain.language ?? '');
    return gain.yourLevel === null
      ? { key: 'gainLanguage', values: { language, asked: String(asked) } }
      : { key: 'gainLanguageLevel', values: { language, asked: String(asked), yours: String(gain.yourLevel) } };
  }
  const skill = labels.skill(gain.skill ?? '');
  return gain.yourLevel === null
    ? { key: 'gainSkill', values: { skill, asked: Number(asked) } }
    : { key: 'gainSkillLevel', values: { skill, asked: Number(asked), yours: Number(gain.yourLevel) } };
}

/** "What would change it", in plain words, largest gain first. */
export function gainItems(gains: Gain[], mustHavesMet: boolean | null, labels: Labels): GainItem[] {
  return sortGains(gains).map((gain, index) => ({
    id: `${gain.type}-${gain.skill ?? gain.language ?? 'years'}-${index}`,
    importance: gain.importance,
    phrase: gainPhrase(gain, labels),
    points: labels.number(gain.points),
    scoreIfMet: labels.number(gain.scoreIfMet),
    completesMustHaves: mustHavesMet === false && gain.mustHavesMetIfMet,
  }));
}

/** The criteria that counted, largest weight first (left-out criteria say nothing to the candidate). */
export function countedCriteria(criteria: Criterion[]): Criterion[] {
  return criteria.filter((c) => c.included).sort((a, b) => b.weight - a.weight);
}
