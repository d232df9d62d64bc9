import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { mergeCv, type CvChoice } from './cv-import-model';
import { CEFR_LEVELS, type Profile } from './profile-form-model';
import { problemCode, useReadCv, useSaveProfile, type CvDraft } from './profile-api';
import { useLevelWords } from './use-level-words';

const MAX_BYTES = 5 * 1024 * 1024;
const SELECT = 'rounded-lg border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200';
/** The CV refusals the screen explains (problem codes of POST /candidates/me/profile/cv); any other → "failed". */
const KNOWN_ERRORS: Record<string, string> = {
  cv_too_large: 'tooLarge',
  cv_docx_too_large: 'tooLarge',
  cv_unsupported_type: 'wrongType',
  cv_too_many_pages: 'tooManyPages',
  cv_no_text: 'noText',
  cv_unreadable: 'unreadable',
  cv_parse_timeout: 'unreadable',
  cv_busy: 'busy',
};

type Cefr = (typeof CEFR_LEVELS)[number];
interface Review {
  skills: Array<{ keep: boolean; level: number }>;
  languages: Array<{ keep: boolean; level: Cefr }>;
}

const reviewOf = (draft: CvDraft): Review => ({
  // Weak findings (an ambiguous name corroborated by another skill) start unchecked, as the API advises.
  skills: draft.skills.map((s) => ({ keep: s.tier !== 'weak', level: s.level })),
  // A language named without a level starts at B1: the candidate sees and confirms it.
  languages: draft.languages.map((l) => ({ keep: l.tier !== 'weak', level: (l.level as Cefr | null) ?? 'B1' })),
});

/**
 * CV import in two steps: the API reads the file into a draft (nothing stored), the candidate
 * reviews each finding with its evidence, and only "Add to my profile" saves (PUT), merged into
 * the saved profile.
 */
export function CvImport({ profile, onImported }: { profile: Profile | undefined; onImported: (profile: Profile) => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const words = useLevelWords();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [tooBig, setTooBig] = useState(false);
  const [review, setReview] = useState<Review>();
  const read = useReadCv();
  const save = useSaveProfile();

  const onFile = (file: File | undefined) => {
    setTooBig(false);
    read.reset();
    save.reset();
    setReview(undefined);
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setTooBig(true);
      return;
    }
    read.mutate(file, { onSuccess: (draft) => setReview(reviewOf(draft)) });
  };

  const cancel = () => {
    read.reset();
    setReview(undefined);
    if (input.current) input.current.value = '';
  };

  const draft = read.data;
  const confirm = () => {
    if (!draft || !review) return;
    const choice: CvChoice = {
      skills: draft.skills.flatMap((s, i) => (review.skills[i].keep ? [{ skillId: s.skillId, name: s.name, level: review.skills[i].level }] : [])),
      languages: draft.languages.flatMap((l, i) => (review.languages[i].keep ? [{ language: l.language, level: review.languages[i].level }] : [])),
      fields: {
        headline: draft.headline,
        summary: draft.summary,
        city: draft.city,
        country: draft.country,
        yearsExperience: draft.yearsExperience,
        educationLevel: draft.educationLevel as CvChoice['fields']['educationLevel'],
      },
    };
    save.mutate(mergeCv(profile, choice), {
      onSuccess: (saved) => {
        cancel();
        onImported(saved);
      },
    });
  };

  const setSkill = (i: number, change: Partial<Review['skills'][number]>) =>
    setReview((r) => r && { ...r, skills: r.skills.map((s, j) => (j === i ? { ...s, ...change } : s)) });
  const setLanguage = (i: number, change: Partial<Review['languages'][number]>) =>
    setReview((r) => r && { ...r, languages: r.languages.map((l, j) => (j === i ? { ...l, ...change } : l)) });

  const code = problemCode(read.error);
  const evidence = (items: CvDraft['skills'][number]['evidence'], key: string) => (
    <ul id={key} className="mt-1 space-y-0.5 text-xs text-slate-700">
      {items.map((e, k) => (
        <li key={k}>
          <q>{e.snippet}</q> <span className="text-slate-600">· {t('cvImport.where', { page: e.page, section: t(`cvImport.section.${e.section}`) })}</span>
        </li>
      ))}
    </ul>
  );
  const filled = draft ? (['headline', 'city', 'country', 'yearsExperience', 'educationLevel'] as const).filter((f) => draft[f] !== null) : [];

  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t('cvImport.title')}
      </h2>
      <label htmlFor={`${id}-file`} className="mt-4 block text-sm font-medium text-slate-700">
        {t('cvImport.file')}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept=".pdf,.docx,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        onChange={(event) => onFile(event.target.files?.[0])}
        className="mt-1 block text-sm text-slate-800 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
      />
      {tooBig && <Notice tone="error" className="mt-4">{t('cvImport.errors.tooLarge')}</Notice>}
      {read.isPending && <p role="status" className="mt-4 text-sm text-slate-700">{t('cvImport.reading')}</p>}
      {read.isError && (
        <Notice tone="error" className="mt-4">
          {t(`cvImport.errors.${(code && KNOWN_ERRORS[code]) || 'failed'}`)}
        </Notice>
      )}
      {save.isError && <Notice tone="error" className="mt-4">{t('cvImport.saveFailed')}</Notice>}
      {draft && review && (
        <div className="mt-5 space-y-5">
          <h3 className="font-semibold text-slate-900">{t('cvImport.reviewTitle')}</h3>
          <Notice tone="info">{t('cvImport.nothingSaved')}</Notice>
          <fieldset>
            <legend className="text-sm font-semibold text-slate-900">{t('cvImport.skills', { count: draft.skills.length })}</legend>
            {draft.skills.length === 0 && <p className="text-sm text-slate-700">{t('cvImport.noneFound')}</p>}
            <ul className="mt-2 divide-y divide-slate-100">
              {draft.skills.map((s, i) => (
                <li key={s.skillId} className="flex flex-wrap items-start gap-x-4 gap-y-1 py-2">
                  <div className="min-w-0 flex-1">
                    <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
                      <input type="checkbox" className="size-4 accent-indigo-700" checked={review.skills[i].keep} onChange={(e) => setSkill(i, { keep: e.target.checked })} aria-describedby={`${id}-s${i}`} />
                      {t('cvImport.keepSkill', { name: s.name })}
                    </label>
                    {evidence(s.evidence, `${id}-s${i}`)}
                  </div>
                  <select
                    aria-label={t('cvImport.levelOf', { name: s.name })}
                    className={SELECT}
                    value={review.skills[i].level}
                    disabled={!review.skills[i].keep}
                    onChange={(e) => setSkill(i, { level: Number(e.target.value) })}
                  >
                    {words.map((word, k) => (
                      <option key={k} value={k + 1}>
                        {k + 1} · {word}
                      </option>
                    ))}
                  </select>
                </li>
              ))}
            </ul>
          </fieldset>
          <fieldset>
            <legend className="text-sm font-semibold text-slate-900">{t('cvImport.languages', { count: draft.languages.length })}</legend>
            {draft.languages.length === 0 && <p className="text-sm text-slate-700">{t('cvImport.noneFound')}</p>}
            <ul className="mt-2 divide-y divide-slate-100">
              {draft.languages.map((l, i) => {
                const name = format.language(l.language);
                return (
                  <li key={l.language} className="flex flex-wrap items-start gap-x-4 gap-y-1 py-2">
                    <div className="min-w-0 flex-1">
                      <label className="flex items-center gap-2 text-sm font-medium text-slate-900">
                        <input type="checkbox" className="size-4 accent-indigo-700" checked={review.languages[i].keep} onChange={(e) => setLanguage(i, { keep: e.target.checked })} aria-describedby={`${id}-l${i}`} />
                        {t('cvImport.keepLanguage', { name })}
                        {l.level === null && <span className="font-normal text-slate-700">({t('cvImport.noLevel')})</span>}
                      </label>
                      {evidence(l.evidence, `${id}-l${i}`)}
                    </div>
                    <select
                      aria-label={t('cvImport.levelOf', { name })}
                      className={SELECT}
                      value={review.languages[i].level}
                      disabled={!review.languages[i].keep}
                      onChange={(e) => setLanguage(i, { level: e.target.value as Cefr })}
                    >
                      {CEFR_LEVELS.map((level) => (
                        <option key={level} value={level}>
                          {t(`profile.cefr.${level}.short`)}
                        </option>
                      ))}
                    </select>
                  </li>
                );
              })}
            </ul>
          </fieldset>
          {filled.length > 0 && (
            <div>
              <h4 className="text-sm font-semibold text-slate-900">{t('cvImport.fieldsTitle')}</h4>
              <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
                {filled.map((f) => (
                  <div key={f} className="contents">
                    <dt className="font-medium text-slate-700">{t(`profile.fields.${f}`)}</dt>
                    <dd>{f === 'country' ? format.country(draft.country!) : f === 'educationLevel' ? t(`profile.education.${draft.educationLevel}`) : f === 'yearsExperience' ? new Intl.NumberFormat(i18n.resolvedLanguage).format(draft.yearsExperience!) : draft[f]}</dd>
                  </div>
                ))}
              </dl>
            </div>
          )}
          <div>
            <h4 className="text-sm font-semibold text-slate-900">{t('cvImport.unknown', { count: draft.unknownTerms.length })}</h4>
            {draft.unknownTerms.length === 0 ? (
              <p className="text-sm text-slate-700">{t('cvImport.allRead')}</p>
            ) : (
              <ul aria-label={t('cvImport.unknownLabel')} className="mt-1 flex flex-wrap gap-2">
                {draft.unknownTerms.map((u, i) => (
                  <li key={`${u.term}-${i}`} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-900">
                    {u.term}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <p className="text-sm text-slate-700">{t('cvImport.merges')}</p>
          <div className="flex flex-wrap gap-3">
            <Button onClick={confirm} disabled={save.isPending}>
              {save.isPending ? t('cvImport.saving') : t('cvImport.confirm')}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t('cvImport.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
