/**
 * The shape of the skills taxonomy (data/skills.json, data/relations.json).
 * Plain types only, so the scorer and the HTTP layer can share them.
 */
import type { SkillKind } from '@embauche/matching/model';

export const SKILL_LANGUAGES = ['en', 'fr', 'nl'] as const;
export type SkillLanguage = (typeof SKILL_LANGUAGES)[number];

/** Informative grouping for pickers and filters; matching never reads it. */
export const SKILL_CATEGORIES = [
  'language',
  'runtime',
  'framework',
  'orm',
  'frontend',
  'database',
  'api',
  'cloud',
  'devops',
  'testing',
  'security',
  'practice',
  'messaging',
  'data',
  'tool',
  'os',
  'certification',
  'soft',
] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

export interface SkillDefinition {
  /** Lowercase kebab-case slug, stable: postings and candidates store it. */
  readonly id: string;
  readonly kind: SkillKind;
  readonly category: SkillCategory;
  readonly labels: Readonly<Record<SkillLanguage, string>>;
  /** Other spellings people write, per language; resolution accepts them all, whatever the language. */
  readonly aliases: Readonly<Record<SkillLanguage, string[]>>;
}

/** A candidate who has `from` gets `strength` (0 < strength < 1) credit for a requirement of `to`. */
export interface SkillRelation {
  readonly from: string;
  readonly to: string;
  readonly strength: number;
}

export interface RelatedSkill {
  readonly from: string;
  readonly strength: number;
}

export interface SkillSearchQuery {
  q?: string;
  kind?: SkillKind;
  /** The language whose labels order the results; en when absent. */
  lang?: SkillLanguage;
}
