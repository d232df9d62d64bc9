/**
 * The shapes the demo reads, as API.md describes them on the wire. Declared
 * here rather than imported from the libraries: the demo is a client and
 * knows the platform only through its HTTP contract. The one exception is a
 * match's breakdown: the API sends the scorer's stored explanation verbatim,
 * so its type is the scorer's own (type-only import, nothing at run time).
 */
import type { Breakdown } from '@embauche/matching/breakdown.types';

export type Role = 'admin' | 'recruiter' | 'hiring_manager' | 'candidate';

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  organizationId: string | null;
}

export interface Session {
  accessToken: string;
  user: User;
}

export interface Salary {
  min: number;
  max: number;
  currency: string;
  period: 'month' | 'year';
}

export interface Posting {
  id: string;
  status: 'draft' | 'published' | 'closed';
  title: string;
  language: string;
  country: string;
  city: string;
  seniority: string;
  remotePolicy: string;
  salary: Salary | null;
  requirements: {
    skills: Array<{ anyOf: string[]; minLevel: number; importance: Importance }>;
    languages: Array<{ language: string; minLevel: string; importance: Importance }>;
    minYearsExperience?: number | null;
  };
}

export type Importance = 'must' | 'important' | 'nice';

export interface ProfileBody {
  headline: string | null;
  summary: string | null;
  country: string | null;
  city: string | null;
  remotePreference: 'onsite' | 'hybrid' | 'remote' | 'any';
  willingToRelocate: boolean;
  yearsExperience: number | null;
  educationLevel: 'none' | 'secondary' | 'bootcamp' | 'bachelor' | 'master' | 'doctorate' | null;
  salaryExpectation: { amount: number; currency: string; period: 'month' | 'year' } | null;
  skills: Array<{ name: string; level?: number | null; years?: number | null }>;
  languages: Array<{ language: string; level: string }>;
}

export interface Profile extends ProfileBody {
  candidateId: string;
  skills: Array<{ name: string; skillId: string | null; level: number | null; years?: number | null }>;
  revision: number;
  unmapped?: Array<{ field: string; value: string; reason: string }>;
}

export interface Application {
  id: string;
  status: string;
  match: { status: 'pending' | 'scored' | 'failed' };
}

export interface MatchingStatus {
  total: number;
  scored: number;
  pending: number;
  failed: number;
}

export type {
  Breakdown,
  CriterionExplanation as Criterion,
  ItemExplanation as BreakdownItem,
  LanguageItemExplanation as LanguageItem,
  SkillItemExplanation as SkillItem,
} from '@embauche/matching/breakdown.types';

export interface Match {
  applicationId: string | null;
  candidateId: string;
  candidate: { name: string | null; headline: string | null; city: string | null };
  status: string;
  score: number;
  mustHavesMet: boolean;
  breakdown: Breakdown;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface SkillInfo {
  id: string;
  kind: 'technical' | 'soft';
  label: string;
}
