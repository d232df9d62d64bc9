import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMembers } from '../../api/organization';
import { useDocumentTitle } from '../../app/use-document-title';
import { useSession } from '../../session/use-session';
import { Button } from '../../ui/button';
import { Notice } from '../../ui/notice';
import { AddMemberForm } from './add-member-form';
import { isLastActiveAdmin } from './last-admin';
import { MemberRow } from './member-row';

type Outcome = { tone: 'success' | 'error'; text: string };

/** /org/members (admins): who belongs to the organization, their roles, and who may sign in. */
export function MembersScreen() {
  const { t } = useTranslation();
  useDocumentTitle(t('orgAdmin.members.title'));
  const session = useSession();
  const selfId = session.status === 'signed-in' ? session.user.id : undefined;
  const members = useMembers();
  const [outcome, setOutcome] = useState<Outcome>();
  const outcomeRef = useRef<HTMLDivElement>(null);

  // The outcome takes focus: the control that was used may be gone (a role saved, a row changed).
  const show = (next: Outcome) => {
    setOutcome(next);
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  return (
    <section className="mx-auto max-w-5xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">{t('orgAdmin.members.title')}</h1>
        <p className="mt-2 text-slate-700">{t('orgAdmin.members.intro')}</p>
      </header>
      <div ref={outcomeRef} tabIndex={-1} className="focus:outline-none">
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </div>
      {members.isPending && <p role="status">{t('orgAdmin.members.loading')}</p>}
      {members.isError && (
        <Notice tone="error">
          {t('orgAdmin.members.loadError')}{' '}
          <Button variant="ghost" onClick={() => void members.refetch()}>
            {t('orgAdmin.retry')}
          </Button>
        </Notice>
      )}
      {members.data && (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white p-4 shadow-sm">
          <table className="w-full text-sm">
            <caption className="sr-only">{t('orgAdmin.members.tableCaption', { count: members.data.length })}</caption>
            <thead>
              <tr className="text-left text-slate-700">
                <th scope="col" className="pb-2 pr-4 font-semibold">
                  {t('orgAdmin.members.columns.name')}
                </th>
                <th scope="col" className="pb-2 pr-4 font-semibold">
                  {t('orgAdmin.members.columns.email')}
                </th>
                <th scope="col" className="pb-2 pr-4 font-semibold">
                  {t('orgAdmin.members.columns.role')}
                </th>
                <th scope="col" className="pb-2 pr-4 font-semibold">
                  {t('orgAdmin.members.columns.status')}
                </th>
                <th scope="col" className="pb-2 text-right font-semibold">
                  {t('orgAdmin.members.columns.actions')}
                </th>
              </tr>
            </thead>
            <tbody>
              {members.data.map((member) => (
                <MemberRow
                  // The role shown resets when the server's role changes.
                  key={`${member.id}:${member.role}:${member.active}`}
                  member={member}
                  isSelf={member.id === selfId}
                  lastAdmin={isLastActiveAdmin(member, members.data)}
                  onOutcome={show}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <AddMemberForm onAdded={(name) => show({ tone: 'success', text: t('orgAdmin.members.added', { name }) })} />
    </section>
  );
}
