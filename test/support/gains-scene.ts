import type { Schema } from '@embauche/api-client';
import { profileBody } from './candidates';

/**
 * The "what would change my score" scene the candidate's explanation tests share: a Java posting
 * asking for Docker at 4, Kubernetes, English B2, some Dutch and 4 years, and a candidate who
 * lacks a little of each, so every kind of gain (skill, language, experience) shows.
 */
export const GAINS_REQUIREMENTS: Schema<'RequirementsDto'> = {
  skills: [
    { anyOf: ['java'], minLevel: 3, importance: 'must' },
    { anyOf: ['docker'], minLevel: 4, importance: 'important' },
    { anyOf: ['kubernetes'], minLevel: 2, importance: 'nice' },
  ],
  languages: [
    { language: 'en', minLevel: 'B2', importance: 'must' },
    { language: 'nl', minLevel: 'B1', importance: 'nice' },
  ],
  minYearsExperience: 4,
};

export const GAINS_PROFILE = profileBody({
  yearsExperience: 2,
  salaryExpectation: null,
  skills: [
    { name: 'Java', level: 4 },
    { name: 'Docker', level: 2 },
    { name: 'Git', level: 3 },
  ],
  languages: [
    { language: 'en', level: 'A1' },
    { language: 'fr', level: 'native' },
  ],
});
