/**
 * Shapes shared by the CV parsers (PDF, DOCX), the extractor and the API.
 * Plain types: the extractor is pure and runs inside a worker thread.
 */
import type { CefrLevel } from '@embauche/matching/model';
import type { EducationLevel } from '@embauche/candidates/profile.types';

/** One run of text as pdf.js reports it, in points from the page's top-left corner. */
export interface PositionedText {
  text: string;
  page: number;
  x: number;
  /** Top of the run. */
  y: number;
  width: number;
  height: number;
}

export interface PageBox {
  page: number;
  width: number;
  height: number;
}

/** A line of the CV in reading order. */
export interface CvLine {
  text: string;
  page: number;
  /** 0 for a single-column page or the left column, 1 for the right one. */
  column: number;
  /** The line's text height relative to the document's body text (1 = body). */
  scale: number;
}

export type SectionKind = 'header' | 'summary' | 'skills' | 'experience' | 'education' | 'languages' | 'projects' | 'other';

export interface CvSection {
  kind: SectionKind;
  /** The heading as written; null for the text before the first heading. */
  heading: string | null;
  lines: CvLine[];
}

/**
 * How sure the extractor is, for the review screen: `strong` findings are pre-checked,
 * `weak` ones are offered unchecked.
 */
export type ConfidenceTier = 'strong' | 'medium' | 'weak';

export interface Evidence {
  snippet: string;
  page: number;
  section: SectionKind;
  tier: ConfidenceTier;
}

export interface CvSkillFinding {
  skillId: string;
  /** The taxonomy's English label (the review screen relabels it in the user's language). */
  name: string;
  /** 1–5, a guess from the words around it; the candidate confirms it. */
  level: number;
  tier: ConfidenceTier;
  evidence: Evidence[];
}

export interface CvLanguageFinding {
  /** ISO 639-1. */
  language: string;
  /** null when the CV names the language without a level we can read. */
  level: CefrLevel | null;
  tier: ConfidenceTier;
  evidence: Evidence[];
}

export interface CvUnknownTerm {
  term: string;
  page: number;
  section: SectionKind;
}

export interface CvDraft {
  format: 'pdf' | 'docx';
  pages: number;
  layout: 'one-column' | 'two-column';
  /** The language the CV is written in, when one of fr, en, nl. */
  cvLanguage: 'fr' | 'en' | 'nl' | null;
  headline: string | null;
  summary: string | null;
  city: string | null;
  country: string | null;
  yearsExperience: number | null;
  educationLevel: EducationLevel | null;
  skills: CvSkillFinding[];
  languages: CvLanguageFinding[];
  unknownTerms: CvUnknownTerm[];
}
