import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { problemOf, useApply, useHasProfile, useMyApplications } from '../api/applications';
import type { Posting } from '../api/jobs';
import { useApplicationFormat } from '../candidate/applications/use-application-format';
import { useSession } from '../session/use-session';
import { Button } from '../ui/button';
import { Label } from '../ui/field';

/** The API's limit on a cover letter (ApplyDto); the API still checks it and names the field when refused. */
export const COVER_LETTER_MAX = 10000;

const NOTICE = 'mt-4 rounded-lg border p-4 text-sm';

/** The job page's Apply part: a sign-in link for visitors, the form (or why not) for candidates. */
export function ApplyPanel({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const session = useSession();
  const here = `/jobs/${posting.id}`;
  if (session.status === 'unknown') return <p role="status" className="mt-6 text-sm text-slate-700">{t('applications.apply.checking')}</p>;
  if (session.status === 'signed-out') {
    return (
      <>
        <Button asChild className="mt-6 w-full">
          <Link to={`/signin?next=${encodeURIComponent(here)}`}>{t('job.apply')}</Link>
        </Button>
        <p className="mt-2 text-xs text-slate-700">{t('job.applyHint')}</p>
      </>
    );
  }
  if (session.user.role !== 'candidate') return <p className={`${NOTICE} border-slate-200 bg-slate-50`}>{t('applications.apply.wrongRole')}</p>;
  return <CandidateApply posting={posting} />;
}

function CandidateApply({ posting }: { posting: Posting }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const profile = useHasProfile(true);
  // One page of 100 covers nearly everyone; past it, the API's 409 still says "already applied".
  const mine = useMyApplications(100);
  const apply = useApply(posting.id);
  const [coverLetter, setCoverLetter] = useState('');
  const [conflict, setConflict] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const existing = mine.data?.pages.flatMap((page) => page.items).find((a) => a.jobPostingId === posting.id);

  useEffect(() => {
    if (apply.isSuccess) resultRef.current?.focus();
  }, [apply.isSuccess]);

  if (apply.data) {
    return (
      <div ref={resultRef} tabIndex={-1} role="status" className={`${NOTICE} border-emerald-200 bg-emerald-50 text-emerald-950 focus:outline-2 focus:outline-emerald-700`}>
        <p className="font-semibold">{t('applications.apply.sent')}</p>
        <p className="mt-1">{t('applications.apply.sentDetail')}</p>
        <Link to={`/me/applications/${apply.data.id}`} className="mt-3 inline-block font-semibold text-emerald-900 underline focus-visible:outline-2 focus-visible:outline-emerald-700">
          {t('applications.apply.follow')}
        </Link>
      </div>
    );
  }
  if (profile.isPending || mine.isPending) return <p role="status" className="mt-6 text-sm text-slate-700">{t('applications.apply.checking')}</p>;
  if (existing) {
    return (
      <div className={`${NOTICE} border-indigo-200 bg-indigo-50 text-indigo-950`}>
        <p>{t('applications.apply.already', { date: format.date(existing.createdAt) })}</p>
        <p className="mt-1">{t('applications.apply.alreadyStatus', { status: t(`applications.status.${existing.status}`) })}</p>
        <Link to={`/me/applications/${existing.id}`} className="mt-3 inline-block font-semibold text-indigo-900 underline focus-visible:outline-2 focus-visible:outline-indigo-700">
          {t('applications.apply.follow')}
        </Link>
      </div>
    );
  }
  if (profile.data === false) {
    return (
      <div className={`${NOTICE} border-amber-200 bg-amber-50 text-amber-950`}>
        <p>{t('applications.apply.noProfile')}</p>
        <Button asChild className="mt-3">
          <Link to="/me/profile">{t('applications.apply.createProfile')}</Link>
        </Button>
      </div>
    );
  }
  if (conflict) return <p role="alert" className={`${NOTICE} border-rose-200 bg-rose-50 text-rose-950`}>{t('applications.apply.closed')}</p>;

  const problem = apply.isError ? problemOf(apply.error) : undefined;
  const fieldError = problem?.errors?.some((e) => e.field === 'coverLetter')
    ? t(coverLetter.length > COVER_LETTER_MAX ? 'applications.apply.tooLong' : 'applications.apply.invalid')
    : undefined;
  const formError = apply.isError && !fieldError ? t('applications.apply.error') : undefined;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    apply.mutate(coverLetter, {
      onError: async (error) => {
        const status = problemOf(error)?.status;
        if (status !== 409 && status !== 404) return;
        // The API knows why (applied meanwhile, profile gone, posting closed): read again what we show.
        const [applications, hasProfile] = await Promise.all([mine.refetch(), profile.refetch()]);
        const appliedMeanwhile = applications.data?.pages.some((page) => page.items.some((a) => a.jobPostingId === posting.id));
        if (!appliedMeanwhile && hasProfile.data !== false) setConflict(true);
      },
    });
  };

  return (
    <form onSubmit={submit} aria-labelledby="apply-title" noValidate className="mt-6 space-y-3">
      <h3 id="apply-title" className="text-base font-semibold text-slate-900">
        {t('applications.apply.title')}
      </h3>
      <div>
        <Label htmlFor="cover-letter">{t('applications.apply.coverLetter')}</Label>
        <textarea
          id="cover-letter"
          value={coverLetter}
          onChange={(event) => setCoverLetter(event.target.value)}
          maxLength={COVER_LETTER_MAX}
          rows={6}
          aria-describedby={`cover-letter-hint${fieldError ? ' cover-letter-error' : ''}`}
          aria-invalid={fieldError ? true : undefined}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200"
        />
        <p id="cover-letter-hint" className="mt-1 text-xs text-slate-700">
          {t('applications.apply.coverLetterHint', { max: format.number(COVER_LETTER_MAX) })}{' '}
          {t('applications.apply.remaining', { count: COVER_LETTER_MAX - coverLetter.length, remaining: format.number(COVER_LETTER_MAX - coverLetter.length) })}
        </p>
        {fieldError && (
          <p id="cover-letter-error" className="mt-1 text-sm font-medium text-rose-800">
            {fieldError}
          </p>
        )}
      </div>
      {formError && (
        <p role="alert" className="text-sm font-medium text-rose-800">
          {formError}
        </p>
      )}
      <Button type="submit" className="w-full" disabled={apply.isPending}>
        {apply.isPending ? t('applications.apply.sending') : t('applications.apply.submit')}
      </Button>
    </form>
  );
}
