import { toApi, toForm, type Profile, type ProfileBody } from './profile-form-model';

type Cefr = ProfileBody['languages'][number]['level'];

/** What the candidate keeps of a CV draft, as reviewed. */
export interface CvChoice {
  skills: Array<{ skillId: string; name: string; level: number }>;
  languages: Array<{ language: string; level: Cefr }>;
  fields: Partial<Pick<ProfileBody, 'headline' | 'summary' | 'city' | 'country' | 'yearsExperience' | 'educationLevel'>>;
}

/**
 * Merges the kept findings into the saved profile (the CV never replaces it): a skill or language
 * already there takes the level reviewed here, a new one is added, and the CV's headline, city…
 * fill only what the profile leaves empty. The result is the PUT body.
 */
export function mergeCv(profile: Profile | undefined, choice: CvChoice): ProfileBody {
  const body = toApi(toForm(profile));
  const skills = [...body.skills];
  for (const kept of choice.skills) {
    const at = (profile?.skills ?? []).findIndex((s) => s.skillId === kept.skillId);
    if (at >= 0) skills[at] = { ...skills[at], level: kept.level };
    else skills.push({ name: kept.name, level: kept.level });
  }
  const languages = [...body.languages];
  for (const kept of choice.languages) {
    const at = languages.findIndex((l) => l.language === kept.language);
    if (at >= 0) languages[at] = { ...languages[at], level: kept.level };
    else languages.push(kept);
  }
  const filled = { ...body };
  for (const [key, value] of Object.entries(choice.fields) as Array<[keyof CvChoice['fields'], unknown]>) {
    if (value !== null && value !== undefined && (filled[key] === null || filled[key] === undefined)) (filled as Record<string, unknown>)[key] = value;
  }
  return { ...filled, skills, languages };
}
