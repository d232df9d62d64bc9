import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSkillTaxonomy } from '../../api/skills';
import { useFormat } from '../../i18n/format';
import { currentLanguage } from '../../i18n/i18n';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import type { Profile } from './profile-form-model';
import { fieldErrors, useImportJsonResume, usePreviewJsonResume } from './profile-api';
import { useLevelWords } from './use-level-words';

/**
 * JSON Resume import in two steps: the preview route shows what would be written and what could
 * not be mapped (with the reason), and only "Replace my profile" writes it.
 */
export function JsonResumeImport({ onImported }: { onImported: (profile: Profile) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const words = useLevelWords();
  const taxonomy = useSkillTaxonomy(currentLanguage());
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [document, setDocument] = useState<Record<string, unknown>>();
  const [readError, setReadError] = useState<string>();
  const preview = usePreviewJsonResume();
  const save = useImportJsonResume();

  const onFile = async (file: File | undefined) => {
    setReadError(undefined);
    preview.reset();
    save.reset();
    setDocument(undefined);
    if (!file) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(await file.text());
    } catch {
      setReadError(t('profile.import.notJson'));
      return;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      setReadError(t('profile.import.notJson'));
      return;
    }
    setDocument(parsed as Record<string, unknown>);
    preview.mutate(parsed as Record<string, unknown>);
  };

  const cancel = () => {
    preview.reset();
    setDocument(undefined);
    if (input.current) input.current.value = '';
  };

  const confirm = () => {
    if (!document) return;
    save.mutate(document, {
      onSuccess: ({ unmapped: _unmapped, ...profile }) => {
        onImported(profile);
        cancel();
      },
    });
  };

  const draft = preview.data?.profile;
  const problems = fieldErrors(preview.error);
  return (
    <section aria-labelledby={`${id}-title`} className="rounded-xl border border-slate-200 bg-white p-5">
      <h2 id={`${id}-title`} className="text-lg font-semibold text-slate-900">
        {t('profile.import.title')}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t('profile.import.intro')}</p>
      <label htmlFor={`${id}-file`} className="mt-4 block text-sm font-medium text-slate-700">
        {t('profile.import.file')}
      </label>
      <input
        ref={input}
        id={`${id}-file`}
        type="file"
        accept="application/json,.json"
        onChange={(event) => void onFile(event.target.files?.[0])}
        className="mt-1 block text-sm text-slate-800 file:mr-3 file:rounded-lg file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
      />
      {readError && <Notice tone="error" className="mt-4">{readError}</Notice>}
      {preview.isPending && <p role="status" className="mt-4 text-sm text-slate-700">{t('profile.import.reading')}</p>}
      {preview.isError && (
        <Notice tone="error" className="mt-4">
          <p>{t('profile.import.refused')}</p>
          {problems.length > 0 && (
            <ul className="mt-2 list-disc pl-5">
              {problems.map((p) => (
                <li key={`${p.field}-${p.message}`}>
                  <code>{p.field}</code>: <span lang="en">{p.message}</span>
                </li>
              ))}
            </ul>
          )}
        </Notice>
      )}
      {save.isError && <Notice tone="error" className="mt-4">{t('profile.import.saveFailed')}</Notice>}
      {draft && (
        <div className="mt-5 space-y-4">
          <h3 className="font-semibold text-slate-900">{t('profile.import.previewTitle')}</h3>
          <p className="text-sm text-slate-700">{t('profile.import.previewIntro')}</p>
          <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
            <dt className="font-medium text-slate-700">{t('profile.fields.headline')}</dt>
            <dd>{draft.headline ?? '—'}</dd>
            <dt className="font-medium text-slate-700">{t('profile.fields.location')}</dt>
            <dd>{[draft.city, draft.country ? format.country(draft.country) : null].filter(Boolean).join(', ') || '—'}</dd>
            <dt className="font-medium text-slate-700">{t('profile.fields.yearsExperience')}</dt>
            <dd>{draft.yearsExperience ?? '—'}</dd>
            <dt className="font-medium text-slate-700">{t('profile.fields.educationLevel')}</dt>
            <dd>{draft.educationLevel ? t(`profile.education.${draft.educationLevel}`) : '—'}</dd>
            <dt className="font-medium text-slate-700">{t('profile.languages.title')}</dt>
            <dd>{draft.languages.map((l) => `${format.language(l.language)} (${l.level === 'native' ? t('profile.cefr.native.short') : l.level})`).join(', ') || '—'}</dd>
          </dl>
          <div>
            <h4 className="text-sm font-semibold text-slate-900">{t('profile.import.skills', { count: draft.skills.length })}</h4>
            <ul aria-label={t('profile.import.skillsLabel')} className="mt-1 flex flex-wrap gap-2">
              {draft.skills.map((s) => (
                <li key={`${s.skillId ?? 'custom'}-${s.name}`} className="rounded-full bg-slate-100 px-3 py-1 text-sm text-slate-900">
                  {(s.skillId && taxonomy.data?.get(s.skillId)?.label) || s.name}
                  {s.skillId ? '' : ` · ${t('profile.skills.custom')}`}
                  {s.level ? ` · ${words[s.level - 1]}` : ''}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h4 className="text-sm font-semibold text-slate-900">{t('profile.import.unmapped', { count: preview.data!.unmapped.length })}</h4>
            {preview.data!.unmapped.length === 0 ? (
              <p className="text-sm text-slate-700">{t('profile.import.allMapped')}</p>
            ) : (
              <table className="mt-2 w-full text-left text-sm">
                <caption className="sr-only">{t('profile.import.unmappedCaption')}</caption>
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-1 pr-3">{t('profile.import.field')}</th>
                    <th scope="col" className="py-1 pr-3">{t('profile.import.value')}</th>
                    <th scope="col" className="py-1">{t('profile.import.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.data!.unmapped.map((u, i) => (
                    <tr key={`${u.field}-${i}`} className="border-b border-slate-100 align-top">
                      <td className="py-1 pr-3"><code>{u.field}</code></td>
                      <td className="py-1 pr-3 break-all">{u.value}</td>
                      <td className="py-1" lang="en">{u.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
          <div className="flex flex-wrap gap-3">
            <Button onClick={confirm} disabled={save.isPending}>
              {save.isPending ? t('profile.import.replacing') : t('profile.import.replace')}
            </Button>
            <Button variant="secondary" onClick={cancel}>
              {t('profile.import.cancel')}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
