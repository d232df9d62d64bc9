import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ApplicationStatus } from '@embauche/applications/status-flow';
import { ApiError } from '../../api/client';
import { useApplicationEvents, useMoves, useOrgApplication, usePipelinePosting, type ApplicationEvent, type OrgApplication } from '../../api/pipeline';
import { useDocumentTitle } from '../../app/use-document-title';
import { NotFoundScreen } from '../../app/not-found-screen';
import { StatusBadge } from '../../candidate/applications/status-badge';
import { useApplicationFormat } from '../../candidate/applications/use-application-format';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { ErrorNotice, Loading } from '../../ui/status';
import { MatchExplanation } from '../review/match-explanation';
import { MoveDialog } from './move-dialog';
import { movesFrom } from './pipeline-format';
import { useCandidateLabel } from '../candidate-label';

/**
 * One application, for the organization: who applied (or "Candidate #…" under blind review) and
 * their profile, the cover letter, the score with its explanation, the audit trail (who moved it
 * when, with their notes, and when identities were revealed), and the move to the next stage.
 */
export function ApplicationScreen() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const blind = params.get('blind') === '1';
  const application = useOrgApplication(id, blind);
  const posting = usePipelinePosting(application.data?.jobPostingId);
  const label = useCandidateLabel();
  const moves = useMoves();
  const [moving, setMoving] = useState(false);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const moveButton = useRef<HTMLButtonElement>(null);
  const name = application.data ? label(application.data.candidate, application.data.candidateId) : undefined;
  useDocumentTitle(name);

  if (application.isPending) return <Loading>{t('orgPipeline.loading')}</Loading>;
  if (application.error instanceof ApiError && application.error.status === 404) return <NotFoundScreen />;
  if (application.isError) return <ErrorNotice message={t('orgPipeline.error')} retryLabel={t('orgPipeline.retry')} onRetry={() => void application.refetch()} />;

  const a = application.data;
  const targets = movesFrom(a.status);
  const confirm = async (to: ApplicationStatus, note: string) => {
    const outcome = await moves.mutateAsync([{ applicationId: a.id, to, note }]).catch(() => ({ moved: [], refused: [{ applicationId: a.id, status: 0 }] }));
    setMoving(false);
    setMessage(
      outcome.moved.length
        ? { tone: 'success', text: t('orgPipeline.outcome.moved', { count: 1, to: t(`applications.status.${to}`) }) }
        : { tone: 'error', text: t(outcome.refused[0]?.status === 409 ? 'orgPipeline.outcome.conflict' : 'orgPipeline.outcome.refused', { name }) },
    );
    requestAnimationFrame(() => moveButton.current?.focus());
  };

  return (
    <article aria-labelledby="application-title" className="space-y-6">
      <header className="space-y-2">
        {posting.data && (
          <p className="text-sm text-slate-700">
            <Link to={`/org/postings/${posting.data.id}/pipeline${blind ? '?blind=1' : ''}`} className="text-indigo-800 underline">
              {t('orgPipeline.application.back', { title: posting.data.title })}
            </Link>
          </p>
        )}
        <div className="flex flex-wrap items-center gap-3">
          <h1 id="application-title" className="text-2xl font-bold text-slate-900">
            {name}
          </h1>
          <StatusBadge status={a.status} />
        </div>
        {a.candidate?.email && <p className="text-sm text-slate-700">{a.candidate.email}</p>}
        {a.candidate && a.candidate.name === null && <p className="text-sm text-slate-700">{t('orgPipeline.application.blind')}</p>}
        <div className="flex flex-wrap gap-3">
          {targets.length > 0 && (
            <Button ref={moveButton} onClick={() => setMoving(true)}>
              {t('orgPipeline.card.moveNamed', { name })}
            </Button>
          )}
        </div>
        {message && <Notice tone={message.tone}>{message.text}</Notice>}
      </header>

      <div className="grid gap-6 lg:grid-cols-2">
        <Profile application={a} />
        <section aria-labelledby="cover-letter" className="rounded-xl border border-slate-200 bg-white p-6">
          <h2 id="cover-letter" className="text-xl font-semibold text-slate-900">
            {t('orgPipeline.application.coverLetter')}
          </h2>
          <p className="mt-3 whitespace-pre-line text-sm text-slate-800">{a.coverLetter ?? t('orgPipeline.application.noCoverLetter')}</p>
        </section>
      </div>

      <section aria-labelledby="score" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="score" className="text-xl font-semibold text-slate-900">
          {t('orgPipeline.application.score')}
        </h2>
        {a.match.status === 'scored' && a.match.score !== null ? (
          <MatchExplanation match={{ score: a.match.score, mustHavesMet: Boolean(a.match.mustHavesMet), breakdown: (a.match.breakdown ?? {}) as Record<string, unknown> }} />
        ) : (
          <p role="status" className="mt-3 text-sm text-slate-700">
            {t(`orgPipeline.card.match.${a.match.status}`)}
          </p>
        )}
      </section>

      <Timeline applicationId={a.id} />

      <MoveDialog
        open={moving}
        subject={name ?? ''}
        targets={targets}
        busy={moves.isPending}
        onConfirm={(to, note) => void confirm(to, note)}
        onCancel={() => setMoving(false)}
        returnFocusTo={moveButton}
      />
    </article>
  );
}

function Profile({ application }: { application: OrgApplication }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const c = application.candidate;
  return (
    <section aria-labelledby="profile" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="profile" className="text-xl font-semibold text-slate-900">
        {t('orgPipeline.application.profile')}
      </h2>
      {!c ? (
        <p className="mt-3 text-sm text-slate-700">{t('orgPipeline.application.noProfile')}</p>
      ) : (
        <div className="mt-3 space-y-3 text-sm text-slate-800">
          {c.headline && <p className="font-medium">{c.headline}</p>}
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
            {c.city && (
              <>
                <dt className="text-slate-700">{t('orgPipeline.application.place')}</dt>
                <dd>{[c.city, c.country].filter(Boolean).join(', ')}</dd>
              </>
            )}
            {c.yearsExperience !== null && (
              <>
                <dt className="text-slate-700">{t('orgPipeline.application.experience')}</dt>
                <dd>{t('orgPipeline.application.years', { count: c.yearsExperience, years: format.number(c.yearsExperience) })}</dd>
              </>
            )}
          </dl>
          {c.summary && <p className="whitespace-pre-line">{c.summary}</p>}
          {c.skills.length > 0 && (
            <div>
              <h3 className="font-semibold text-slate-900">{t('orgPipeline.application.skills')}</h3>
              <ul className="mt-1 flex flex-wrap gap-1.5">
                {c.skills.map((skill) => (
                  <li key={`${skill.name}-${skill.skillId}`} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs">
                    {t('orgPipeline.application.skillLevel', { skill: skill.skillId ? format.labels.skill(skill.skillId) : skill.name, level: skill.level })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {c.languages.length > 0 && (
            <div>
              <h3 className="font-semibold text-slate-900">{t('orgPipeline.application.languages')}</h3>
              <ul className="mt-1 flex flex-wrap gap-1.5">
                {c.languages.map((l) => (
                  <li key={l.language} className="rounded-full bg-slate-100 px-2.5 py-0.5 text-xs">
                    {format.labels.language(l.language)} · {l.level}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      )}
    </section>
  );
}

function Timeline({ applicationId }: { applicationId: string }) {
  const { t } = useTranslation();
  const format = useApplicationFormat();
  const events = useApplicationEvents(applicationId);
  const status = (s: string | null) => (s ? t(`applications.status.${s}`) : '');
  const who = (e: ApplicationEvent) => e.actorName ?? t(e.type === 'applied' || e.type === 'withdrawn' ? 'orgPipeline.timeline.candidate' : 'orgPipeline.timeline.system');
  return (
    <section aria-labelledby="timeline" className="rounded-xl border border-slate-200 bg-white p-6">
      <h2 id="timeline" className="text-xl font-semibold text-slate-900">
        {t('orgPipeline.timeline.title')}
      </h2>
      {events.isPending && <Loading>{t('orgPipeline.loading')}</Loading>}
      <ol className="mt-3 space-y-3 border-l-2 border-indigo-200 pl-4">
        {events.data?.items.map((e, index) => (
          <li key={`${e.at}-${index}`} className="text-sm">
            <p className="font-medium text-slate-900">{t(`orgPipeline.timeline.event.${e.type}`, { from: status(e.from), to: status(e.to), who: who(e) })}</p>
            <p className="text-slate-700">
              <time dateTime={e.at}>{format.dateTime(e.at)}</time>
            </p>
            {e.note && <blockquote className="mt-1 border-l-2 border-slate-300 pl-2 text-slate-800">{e.note}</blockquote>}
            {e.revealed && e.revealed.length > 0 && <p className="mt-1 text-xs text-slate-700">{t('orgPipeline.timeline.revealed', { who: who(e) })}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
