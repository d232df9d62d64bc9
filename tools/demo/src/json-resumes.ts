/**
 * The example resumes shipped inside `@jsonresume/schema` (its sample and
 * every file of its `examples/` folder), read at run time so the demo always
 * imports what the installed package ships.
 */
import { packagedResumes as shippedResumes } from '@embauche/candidates/json-resume/json-resume.examples';
import type { Profile, ProfileBody } from './api-types';

export interface PackagedResume {
  /** Path inside the package, e.g. `examples/new-grad.resume.json`. */
  file: string;
  /** `basics.name`, or the file name when the resume has none. */
  name: string;
  doc: Record<string, unknown>;
}

export function packagedResumes(): PackagedResume[] {
  return shippedResumes().map(({ name: file, doc }) => {
    const basics = (doc.basics ?? {}) as { name?: unknown };
    const name = typeof basics.name === 'string' && basics.name.trim() ? basics.name.trim() : file.replace(/^.*\//, '').replace(/\.resume\.json$|\.json$/, '');
    return { file, name, doc };
  });
}

/**
 * What an imported profile still needs before it can be placed against the
 * posting: a place to compare with the posting's city, and at least one
 * language. Returns the body of a PUT /candidates/me/profile filling only
 * what the resume left empty, or null when nothing is missing.
 */
export function profileAdjustment(profile: Profile, fallback: { country: string; city: string }): ProfileBody | null {
  const missingPlace = !profile.country || !profile.city;
  const missingLanguages = profile.languages.length === 0;
  if (!missingPlace && !missingLanguages) return null;
  return {
    headline: profile.headline,
    summary: profile.summary,
    country: missingPlace ? fallback.country : profile.country,
    city: missingPlace ? fallback.city : profile.city,
    remotePreference: profile.remotePreference,
    willingToRelocate: profile.willingToRelocate,
    yearsExperience: profile.yearsExperience,
    educationLevel: profile.educationLevel as ProfileBody['educationLevel'],
    salaryExpectation: profile.salaryExpectation,
    skills: profile.skills.map(({ name, level, years }) => (years == null ? { name, level } : { name, level, years })),
    // A resume written in English says at least that much about its author.
    languages: missingLanguages ? [{ language: 'en', level: 'B2' }] : profile.languages,
  };
}
