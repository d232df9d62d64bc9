/**
 * Test data for the scorer: a small fake taxonomy (the real catalog lives in
 * libs/skills) and builders with neutral defaults, so each test states only
 * what it is about.
 */
import { skillKey } from '../normalize';
import type {
  CandidateLanguage,
  CandidateSkill,
  CefrLevel,
  Importance,
  LanguageRequirement,
  SkillKind,
  SkillRequirement,
} from '../model';
import type { MatchResult } from '../breakdown.types';
import { compilePosting } from '../compile-posting';
import { scoreCandidate } from '../score-candidate';
import type { CandidateForScoring, PostingForScoring, ScoringTaxonomy, SkillRelation } from '../scoring.types';

interface FakeSkill {
  label: string;
  kind: SkillKind;
  aliases?: string[];
}

export const FAKE_SKILLS: Readonly<Record<string, FakeSkill>> = {
  java: { label: 'Java', kind: 'technical' },
  python: { label: 'Python', kind: 'technical' },
  php: { label: 'PHP', kind: 'technical' },
  nodejs: { label: 'Node.js', kind: 'technical', aliases: ['Node', 'NodeJS'] },
  typescript: { label: 'TypeScript', kind: 'technical', aliases: ['TS'] },
  javascript: { label: 'JavaScript', kind: 'technical', aliases: ['JS', 'ECMAScript'] },
  express: { label: 'Express', kind: 'technical' },
  nestjs: { label: 'NestJS', kind: 'technical' },
  sql: { label: 'SQL', kind: 'technical' },
  postgresql: { label: 'PostgreSQL', kind: 'technical', aliases: ['Postgres', 'psql'] },
  mysql: { label: 'MySQL', kind: 'technical' },
  mongodb: { label: 'MongoDB', kind: 'technical', aliases: ['Mongo'] },
  cassandra: { label: 'Cassandra', kind: 'technical' },
  docker: { label: 'Docker', kind: 'technical' },
  git: { label: 'Git', kind: 'technical' },
  cobol: { label: 'COBOL', kind: 'technical' },
  rigor: { label: 'Rigor', kind: 'soft', aliases: ['Rigour'] },
  teamwork: { label: 'Teamwork', kind: 'soft', aliases: ['Team work'] },
  communication: { label: 'Communication', kind: 'soft' },
  curiosity: { label: 'Curiosity', kind: 'soft' },
};

/** The strengths of product/MATCHING.md. */
export const FAKE_RELATIONS: SkillRelation[] = [
  { from: 'postgresql', to: 'sql', strength: 0.9 },
  { from: 'mysql', to: 'sql', strength: 0.9 },
  { from: 'mysql', to: 'postgresql', strength: 0.6 },
  { from: 'mongodb', to: 'cassandra', strength: 0.5 },
  { from: 'typescript', to: 'nodejs', strength: 0.5 },
  { from: 'javascript', to: 'nodejs', strength: 0.5 },
  { from: 'express', to: 'nodejs', strength: 0.8 },
  { from: 'nestjs', to: 'nodejs', strength: 0.8 },
];

export function fakeTaxonomy(relations: SkillRelation[] = FAKE_RELATIONS): ScoringTaxonomy {
  return {
    kindOf: (id) => FAKE_SKILLS[id]?.kind,
    isCanonicalSpelling: (id, name) => {
      const skill = FAKE_SKILLS[id];
      return skill !== undefined && (skillKey(name) === skillKey(skill.label) || skillKey(name) === skillKey(id));
    },
    relations,
  };
}

/** The candidate's skill written with the taxonomy's label (an exact match). */
export function has(id: string, level: number | null = 3): CandidateSkill {
  return { name: FAKE_SKILLS[id]?.label ?? id, skillId: id, level };
}

export function req(anyOf: string[], importance: Importance = 'important', minLevel = 3): SkillRequirement {
  return { anyOf, importance, minLevel };
}

export function lang(language: string, minLevel: CefrLevel, importance: Importance = 'important'): LanguageRequirement {
  return { language, minLevel, importance };
}

export function speaks(language: string, level: CefrLevel): CandidateLanguage {
  return { language, level };
}

/** A Liège hybrid posting that, by default, only compares experience (0 years asked) and location. */
export function posting(overrides: Partial<PostingForScoring> = {}): PostingForScoring {
  return {
    requirements: { skills: [], languages: [], minYearsExperience: 0 },
    seniority: 'mid',
    country: 'BE',
    city: 'Liège',
    remotePolicy: 'hybrid',
    salary: null,
    ...overrides,
  };
}

export function withRequirements(
  requirements: Partial<PostingForScoring['requirements']>,
  overrides: Partial<PostingForScoring> = {},
): PostingForScoring {
  return posting({ ...overrides, requirements: { skills: [], languages: [], minYearsExperience: 0, ...requirements } });
}

/** A candidate in Liège who gets 1 on location and experience, and has nothing else. */
export function candidate(overrides: Partial<CandidateForScoring> = {}): CandidateForScoring {
  return {
    candidateId: 'c-1',
    country: 'BE',
    city: 'Liège',
    remotePreference: 'any',
    willingToRelocate: false,
    yearsExperience: 0,
    salaryExpectation: null,
    skills: [],
    languages: [],
    ...overrides,
  };
}

/** The sub-score of one criterion in a result, null when it was left out. */
export function subScoreOf(
  result: { breakdown: { criteria: Array<{ criterion: string; subScore: number | null }> } },
  criterion: string,
): number | null {
  const found = result.breakdown.criteria.find((c) => c.criterion === criterion);
  if (found === undefined) throw new Error(`no criterion ${criterion}`);
  return found.subScore;
}

/** Compiles the posting with the fake taxonomy (and these relations) and explains the score. */
export function scoreWith(p: PostingForScoring, c: CandidateForScoring, relations: SkillRelation[]): MatchResult {
  return scoreCandidate(compilePosting(p, fakeTaxonomy(relations)), c);
}
