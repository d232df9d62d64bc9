import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemOf } from '../../api/applications';
import { MEMBER_ROLES, useUpdateMember, type Member, type MemberRole } from '../../api/organization';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface Props {
  member: Member;
  /** The signed-in admin's own row: changed by another admin, never from here. */
  isSelf: boolean;
  /** The only active admin: demoting or deactivating them would be refused (409). */
  lastAdmin: boolean;
  onOutcome: (outcome: { tone: 'success' | 'error'; text: string }) => void;
}

/** One member: role (changeable), active or not (deactivate / reactivate, confirmed first). */
export function MemberRow({ member, isSelf, lastAdmin, onOutcome }: Props) {
  const { t } = useTranslation();
  const update = useUpdateMember();
  const [role, setRole] = useState<MemberRole>(member.role as MemberRole);
  const [confirming, setConfirming] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const locked = isSelf || lastAdmin;
  const name = member.name;

  const failed = (error: unknown) => {
    const problem = problemOf(error);
    const key =
      problem?.status === 409 ? 'lastAdmin' : problem?.status === 404 ? 'memberGone' : problem?.status === 403 ? 'forbidden' : problem?.status === 400 ? 'invalid' : 'unexpected';
    onOutcome({ tone: 'error', text: t(`orgAdmin.errors.${key}`) });
  };

  const saveRole = async () => {
    try {
      const saved = await update.mutateAsync({ id: member.id, role });
      onOutcome({ tone: 'success', text: t('orgAdmin.members.roleChanged', { name, role: t(`orgAdmin.roles.${saved.role}`) }) });
    } catch (error) {
      setRole(member.role as MemberRole);
      failed(error);
    }
  };

  const toggleActive = async () => {
    const active = !member.active;
    try {
      await update.mutateAsync({ id: member.id, active });
      onOutcome({ tone: 'success', text: t(active ? 'orgAdmin.members.reactivated' : 'orgAdmin.members.deactivated', { name }) });
    } catch (error) {
      failed(error);
    } finally {
      setConfirming(false);
    }
  };

  const selectId = `member-role-${member.id}`;
  return (
    <tr className="border-t border-slate-200 align-top">
      <th scope="row" className="py-3 pr-4 text-left font-medium text-slate-900">
        {name}
        {isSelf && <span className="ml-2 text-sm font-normal text-slate-700">{t('orgAdmin.members.you')}</span>}
      </th>
      <td className="py-3 pr-4 break-all text-slate-800">{member.email}</td>
      <td className="py-3 pr-4">
        {locked ? (
          <span className="text-slate-900">{t(`orgAdmin.roles.${member.role}`)}</span>
        ) : (
          <div className="flex flex-wrap items-center gap-2">
            <label htmlFor={selectId} className="sr-only">
              {t('orgAdmin.members.roleOf', { name })}
            </label>
            <select
              id={selectId}
              value={role}
              onChange={(event) => setRole(event.target.value as MemberRole)}
              className="rounded-lg border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 focus:border-indigo-600 focus:outline-2 focus:outline-indigo-200"
            >
              {MEMBER_ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`orgAdmin.roles.${r}`)}
                </option>
              ))}
            </select>
            {role !== member.role && (
              <Button variant="secondary" className="px-3 py-1.5" disabled={update.isPending} onClick={() => void saveRole()} aria-label={t('orgAdmin.members.saveRoleOf', { name })}>
                {t('orgAdmin.members.saveRole')}
              </Button>
            )}
          </div>
        )}
        {!isSelf && lastAdmin && <p className="mt-1 text-sm text-slate-700">{t('orgAdmin.members.lastAdminNote')}</p>}
      </td>
      <td className="py-3 pr-4">
        <Badge tone={member.active ? 'success' : 'neutral'}>{t(member.active ? 'orgAdmin.members.active' : 'orgAdmin.members.inactive')}</Badge>
      </td>
      <td className="py-3 text-right">
        {!locked && (
          <Button ref={toggleRef} variant="secondary" className="px-3 py-1.5" disabled={update.isPending} onClick={() => setConfirming(true)}>
            {t(member.active ? 'orgAdmin.members.deactivateOf' : 'orgAdmin.members.reactivateOf', { name })}
          </Button>
        )}
        <ConfirmDialog
          open={confirming}
          title={t(member.active ? 'orgAdmin.members.confirmDeactivate.title' : 'orgAdmin.members.confirmReactivate.title', { name })}
          confirmLabel={t(member.active ? 'orgAdmin.members.confirmDeactivate.confirm' : 'orgAdmin.members.confirmReactivate.confirm')}
          cancelLabel={t('orgAdmin.members.cancel')}
          tone={member.active ? 'danger' : 'neutral'}
          busy={update.isPending}
          onConfirm={() => void toggleActive()}
          onCancel={() => setConfirming(false)}
          returnFocusTo={toggleRef}
        >
          <p className="text-left">{t(member.active ? 'orgAdmin.members.confirmDeactivate.body' : 'orgAdmin.members.confirmReactivate.body', { name })}</p>
        </ConfirmDialog>
      </td>
    </tr>
  );
}
