import type { Schema } from '@embauche/api-client';
import { z } from 'zod';

export type Profile = Schema<'ProfileResponse'>;
export type ProfileDraft = Schema<'ProfileDraftResponse'>;
export type ProfileBody = Schema<'ProfileDto'>;

export const REMOTE_PREFERENCES = ['any', 'onsite', 'hybrid', 'remote'] as const;
export const EDUCATION_LEVELS = ['none', 'secondary', 'bootcamp', 'bachelor', 'master', 'doctorate'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export const SALARY_PERIODS = ['month', 'year'] as const;
export const CURRENCIES = ['EUR', 'CHF', 'GBP', 'USD'] as const;
/** Skill levels run 1…5; a skill without one counts as 3 in the scorer (API.md). */
export const DEFAULT_LEVEL = 3;

// Number fields are strings in the form (an empty input is "not said", not zero). Messages are catalog keys.
const optionalNumber = (max: number, integer = false) =>
  z
    .string()
    .trim()
    .refine((v) => v === '' || (Number.isFinite(Number(v)) && Number(v) >= 0 && Number(v) <= max && (!integer || Number.isInteger(Number(v)))), {
      message: integer ? 'wholeNumber' : 'number',
    });

export const profileFormSchema = z
  .object({
    headline: z.string().trim().max(200, 'tooLong'),
    summary: z.string().trim().max(5000, 'tooLong'),
    country: z.string(),
    city: z.string().trim().max(100, 'tooLong'),
    remotePreference: z.enum(REMOTE_PREFERENCES),
    willingToRelocate: z.boolean(),
    yearsExperience: optionalNumber(60),
    educationLevel: z.union([z.enum(EDUCATION_LEVELS), z.literal('')]),
    salaryAmount: optionalNumber(1_200_000, true),
    salaryCurrency: z.string(),
    salaryPeriod: z.enum(SALARY_PERIODS),
    skills: z.array(
      z.object({
        name: z.string().trim().min(1, 'required').max(100, 'tooLong'),
        skillId: z.string().nullable(),
        level: z.number().int().min(1).max(5),
        years: optionalNumber(60),
      }),
    ),
    languages: z.array(z.object({ language: z.string().min(2, 'required'), level: z.enum(CEFR_LEVELS) })),
    discoverable: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (values.salaryAmount !== '' && Number(values.salaryAmount) < 1) ctx.addIssue({ code: 'custom', path: ['salaryAmount'], message: 'wholeNumber' });
    const seen = new Set<string>();
    values.languages.forEach((l, i) => {
      if (seen.has(l.language)) ctx.addIssue({ code: 'custom', path: ['languages', i, 'language'], message: 'duplicateLanguage' });
      seen.add(l.language);
    });
  });

export type ProfileFormValues = z.infer<typeof profileFormSchema>;

const text = (value: string | null | undefined) => value ?? '';
const numberText = (value: number | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** The editor's values for a profile, or an empty editor before the first save (GET answers 404). */
export function toForm(profile: Profile | ProfileDraft | undefined): ProfileFormValues {
  return {
    headline: text(profile?.headline),
    summary: text(profile?.summary),
    country: text(profile?.country),
    city: text(profile?.city),
    remotePreference: (profile?.remotePreference as ProfileFormValues['remotePreference']) ?? 'any',
    willingToRelocate: profile?.willingToRelocate ?? false,
    yearsExperience: numberText(profile?.yearsExperience),
    educationLevel: (profile?.educationLevel as ProfileFormValues['educationLevel']) ?? '',
    salaryAmount: numberText(profile?.salaryExpectation?.amount),
    salaryCurrency: profile?.salaryExpectation?.currency ?? 'EUR',
    salaryPeriod: profile?.salaryExpectation?.period ?? 'month',
    skills: (profile?.skills ?? []).map((s) => ({ name: s.name, skillId: s.skillId, level: s.level ?? DEFAULT_LEVEL, years: numberText(s.years) })),
    languages: (profile?.languages ?? []).map((l) => ({ language: l.language, level: l.level })),
    discoverable: profile?.discoverable ?? false,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: string) => (value.trim() === '' ? null : Number(value));

/**
 * The PUT body. Empty text is null (not ""); a salary expectation only with an amount (the
 * currency and period alone say nothing); a skill's `skillId` is not sent: the server resolves
 * the name itself, so what the candidate typed is what it judges.
 */
export function toApi(values: ProfileFormValues): ProfileBody {
  const amount = numberOrNull(values.salaryAmount);
  return {
    headline: orNull(values.headline),
    summary: orNull(values.summary),
    country: orNull(values.country),
    city: orNull(values.city),
    remotePreference: values.remotePreference,
    willingToRelocate: values.willingToRelocate,
    yearsExperience: numberOrNull(values.yearsExperience),
    educationLevel: values.educationLevel === '' ? null : values.educationLevel,
    salaryExpectation: amount === null ? null : { amount, currency: values.salaryCurrency, period: values.salaryPeriod },
    skills: values.skills.map((s) => {
      const years = numberOrNull(s.years);
      return { name: s.name.trim(), level: s.level, ...(years === null ? {} : { years }) };
    }),
    languages: values.languages.map((l) => ({ language: l.language, level: l.level })),
    discoverable: values.discoverable,
  };
}

/**
 * The editor field an API error names: `salaryExpectation.amount` → `salaryAmount`,
 * `skills[2].name` → `skills.2.name`. Unknown names stay as they are (shown in the summary).
 */
export function formFieldOf(apiField: string): string {
  const path = apiField.replace(/\[(\d+)\]/g, '.$1');
  const salary = /^salaryExpectation(?:\.(amount|currency|period))?$/.exec(path);
  if (salary) return `salary${(salary[1] ?? 'amount').replace(/^./, (c) => c.toUpperCase())}`;
  return path;
}

const FORM_FIELDS = new Set(['headline', 'summary', 'country', 'city', 'remotePreference', 'willingToRelocate', 'yearsExperience', 'educationLevel', 'salaryAmount', 'salaryCurrency', 'salaryPeriod', 'discoverable']);

/** True when the editor has a control for this field (else the error goes to the form's summary). */
export function isFormField(field: string): boolean {
  return FORM_FIELDS.has(field) || /^(skills\.\d+\.(name|level|years)|languages\.\d+\.(language|level))$/.test(field);
}
