import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrgPosting, Requirements } from '../../api/postings';
import type { Skill } from '../../api/skills';
import { labelOf } from '../../postings/requirements';
import { useFormat } from '../../i18n/format';
import { Button } from '../../ui/button';
import { Input, Label } from '../../ui/field';
import { Notice } from '../../ui/notice';
import { SkillAdder } from './skill-adder';
import { CEFR_LEVELS, IMPORTANCES, LANGUAGE_CODES, formOfRequirements, newKey, requirementsOfForm, type LanguageRow, type RequirementsForm, type SkillRow } from './requirements-model';

const CONTROL = 'block w-full rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200';

interface Props {
  posting: OrgPosting;
  taxonomy: Map<string, Skill>;
  /** Applications already received: saving re-scores them. */
  applications: number;
  saving: boolean;
  failed: boolean;
  /** The last save went through (said beside the button, where the recruiter is). */
  saved: boolean;
  onSave: (requirements: Requirements) => void;
}

/** Skill rows (several skills in a row: any one of them satisfies it), soft skills, languages with CEFR, minimum years. */
export function RequirementsEditor({ posting, taxonomy, applications, saving, failed, saved, onSave }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [form, setForm] = useState<RequirementsForm>(() => formOfRequirements(posting.requirements, taxonomy));
  const label = (id: string) => labelOf(id, taxonomy);
  const setRow = (key: number, change: Partial<SkillRow>) => setForm((f) => ({ ...f, skills: f.skills.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const setLanguage = (key: number, change: Partial<LanguageRow>) => setForm((f) => ({ ...f, languages: f.languages.map((r) => (r.key === key ? { ...r, ...change } : r)) }));
  const addRow = (kind: SkillRow['kind'], id: string) =>
    setForm((f) => ({ ...f, skills: [...f.skills, { key: newKey(), kind, anyOf: [id], minLevel: 3, importance: 'important' }] }));
  const addLanguage = () =>
    setForm((f) => {
      const used = new Set(f.languages.map((l) => l.language));
      const language = LANGUAGE_CODES.find((c) => !used.has(c)) ?? 'en';
      return { ...f, languages: [...f.languages, { key: newKey(), language, minLevel: 'B2', importance: 'important' }] };
    });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(requirementsOfForm(form));
  };

  const section = (kind: SkillRow['kind']) => {
    const rows = form.skills.filter((r) => r.kind === kind);
    return (
      <section aria-labelledby={`req-${kind}`} className="space-y-4">
        <h3 id={`req-${kind}`} className="text-base font-semibold text-slate-900">
          {t(`orgPostings.requirements.${kind}`)}
        </h3>
        {rows.length === 0 && <p className="text-sm text-slate-700">{t('orgPostings.requirements.none')}</p>}
        {rows.map((row) => {
          const names = row.anyOf.map(label);
          const name = names.join(' / ');
          return (
            <fieldset key={row.key} className="rounded-lg border border-slate-200 p-4">
              <legend className="px-1 text-sm font-semibold text-slate-900">
                {names.length > 1 ? t('orgPostings.requirements.anyOf', { names: names.join(', ') }) : name}
              </legend>
              <div className="grid items-start gap-3 md:grid-cols-[1fr_10rem_12rem_auto]">
                <div className="space-y-2">
                  <ul className="flex flex-wrap gap-2" aria-label={t('orgPostings.requirements.rowSkills', { name })}>
                    {row.anyOf.map((id) => (
                      <li key={id} className="inline-flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pr-1 pl-3 text-sm text-indigo-900">
                        {label(id)}
                        {row.anyOf.length > 1 && (
                          <button
                            type="button"
                            className="rounded-full px-1.5 text-indigo-900 hover:bg-indigo-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
                            aria-label={t('orgPostings.requirements.removeSkill', { name: label(id) })}
                            onClick={() => setRow(row.key, { anyOf: row.anyOf.filter((x) => x !== id) })}
                          >
                            ×
                          </button>
                        )}
                      </li>
                    ))}
                  </ul>
                  <SkillAdder
                    label={t('orgPostings.requirements.addAlternative', { name })}
                    kind={kind}
                    onPick={(id) => !row.anyOf.includes(id) && setRow(row.key, { anyOf: [...row.anyOf, id] })}
                  />
                </div>
                <div>
                  <Label htmlFor={`imp-${row.key}`}>{t('orgPostings.requirements.importance')}</Label>
                  <select id={`imp-${row.key}`} className={CONTROL} value={row.importance} onChange={(e) => setRow(row.key, { importance: e.target.value as SkillRow['importance'] })}>
                    {IMPORTANCES.map((i) => (
                      <option key={i} value={i}>
                        {t(`job.${i}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <div>
                  <Label htmlFor={`lvl-${row.key}`}>{t('orgPostings.requirements.minLevel')}</Label>
                  <select id={`lvl-${row.key}`} className={CONTROL} value={row.minLevel} onChange={(e) => setRow(row.key, { minLevel: Number(e.target.value) })}>
                    {[1, 2, 3, 4, 5].map((l) => (
                      <option key={l} value={l}>
                        {`${l} – ${t(`levels.${l}`)}`}
                      </option>
                    ))}
                  </select>
                </div>
                <Button
                  variant="ghost"
                  className="md:mt-6"
                  aria-label={t('orgPostings.requirements.removeRow', { name })}
                  onClick={() => setForm((f) => ({ ...f, skills: f.skills.filter((r) => r.key !== row.key) }))}
                >
                  {t('orgPostings.requirements.remove')}
                </Button>
              </div>
            </fieldset>
          );
        })}
        <div className="max-w-md">
          <SkillAdder label={t(`orgPostings.requirements.add_${kind}`)} kind={kind} onPick={(id) => addRow(kind, id)} />
        </div>
      </section>
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="req-editor" className="space-y-8 rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="req-editor" className="text-xl font-semibold text-slate-900">
        {t('orgPostings.requirements.title')}
      </h2>
      {section('technical')}
      {section('soft')}
      <section aria-labelledby="req-languages" className="space-y-3">
        <h3 id="req-languages" className="text-base font-semibold text-slate-900">
          {t('orgPostings.requirements.languages')}
        </h3>
        {form.languages.map((row) => (
          <fieldset key={row.key} className="grid items-end gap-3 rounded-lg border border-slate-200 p-3 sm:grid-cols-4">
            <legend className="sr-only">{format.language(row.language)}</legend>
            <div>
              <Label htmlFor={`lang-${row.key}`}>{t('orgPostings.requirements.language')}</Label>
              <select id={`lang-${row.key}`} className={CONTROL} value={row.language} onChange={(e) => setLanguage(row.key, { language: e.target.value })}>
                {LANGUAGE_CODES.map((c) => (
                  <option key={c} value={c}>
                    {format.language(c)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <Label htmlFor={`cefr-${row.key}`}>{t('orgPostings.requirements.cefr')}</Label>
              <select id={`cefr-${row.key}`} className={CONTROL} value={row.minLevel} onChange={(e) => setLanguage(row.key, { minLevel: e.target.value as LanguageRow['minLevel'] })}>
                {CEFR_LEVELS.map((c) => (
                  <option key={c} value={c}>
                    {c === 'native' ? t('orgPostings.requirements.native') : c}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <Label htmlFor={`limp-${row.key}`}>{t('orgPostings.requirements.importance')}</Label>
              <select id={`limp-${row.key}`} className={CONTROL} value={row.importance} onChange={(e) => setLanguage(row.key, { importance: e.target.value as LanguageRow['importance'] })}>
                {IMPORTANCES.map((i) => (
                  <option key={i} value={i}>
                    {t(`job.${i}`)}
                  </option>
                ))}
              </select>
            </div>
            <Button
              variant="ghost"
              aria-label={t('orgPostings.requirements.removeLanguage', { name: format.language(row.language) })}
              onClick={() => setForm((f) => ({ ...f, languages: f.languages.filter((r) => r.key !== row.key) }))}
            >
              {t('orgPostings.requirements.remove')}
            </Button>
          </fieldset>
        ))}
        <Button variant="secondary" onClick={addLanguage}>
          {t('orgPostings.requirements.addLanguage')}
        </Button>
      </section>
      <div className="max-w-xs">
        <Label htmlFor="req-years">{t('orgPostings.requirements.minYears')}</Label>
        <Input id="req-years" inputMode="numeric" value={form.minYears} aria-describedby="req-years-hint" onChange={(e) => setForm((f) => ({ ...f, minYears: e.target.value }))} />
        <p id="req-years-hint" className="mt-1 text-sm text-slate-700">
          {t('orgPostings.requirements.minYearsHint')}
        </p>
      </div>
      {applications > 0 && <Notice tone="info">{t('orgPostings.requirements.rescoreNotice', { count: applications })}</Notice>}
      {failed && <Notice tone="error">{t('orgPostings.errors.requirements')}</Notice>}
      {saved && <Notice tone="success">{t('orgPostings.posting.requirementsSaved')}</Notice>}
      <Button type="submit" disabled={saving}>
        {t('orgPostings.requirements.save')}
      </Button>
    </form>
  );
}
