import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { signOut } from '../account/auth-api';
import type { SessionUser } from '../session/session-store';
import { useSession } from '../session/use-session';
import { cn } from '../ui/cn';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-lg px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-700',
    isActive ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800 hover:bg-slate-100',
  );

type Role = SessionUser['role'];
const MEMBERS: Role[] = ['admin', 'recruiter', 'hiring_manager'];

/** The pages each role may use (the same roles as the routes in org-app.tsx and the API). */
const LINKS: Array<{ to: string; label: string; roles: Role[] }> = [
  { to: '/me/profile', label: 'nav.myProfile', roles: ['candidate'] },
  { to: '/me/applications', label: 'nav.myApplications', roles: ['candidate'] },
  { to: '/me/data', label: 'nav.myData', roles: ['candidate'] },
  { to: '/org/postings', label: 'org.postings', roles: MEMBERS },
  { to: '/org/members', label: 'org.members', roles: ['admin'] },
  { to: '/org/settings', label: 'org.settings', roles: ['admin'] },
  { to: '/org/webhooks', label: 'org.webhooks', roles: ['admin'] },
];

/** The header's account links: sign in / create account, or the pages the signed-in role may use, and sign out. */
export function AccountNav() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [leaving, setLeaving] = useState(false);
  if (session.status === 'unknown') return null;

  if (session.status === 'signed-out') {
    return (
      <ul className="flex flex-wrap items-center gap-1">
        <li>
          <NavLink to="/signin" className={linkClass}>
            {t('nav.signIn')}
          </NavLink>
        </li>
        <li>
          <NavLink to="/signup" className={linkClass}>
            {t('nav.createAccount')}
          </NavLink>
        </li>
      </ul>
    );
  }

  const onSignOut = async () => {
    setLeaving(true);
    // Leave the signed-in page first, so its RequireSession does not send us to sign in again.
    navigate('/');
    try {
      await signOut();
    } finally {
      setLeaving(false);
    }
  };
  const role = session.user.role;
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {LINKS.filter((link) => link.roles.includes(role)).map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} className={linkClass}>
            {t(link.label)}
          </NavLink>
        </li>
      ))}
      <li>
        <button
          type="button"
          onClick={() => void onSignOut()}
          disabled={leaving}
          className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-indigo-700"
        >
          {t('nav.signOut')}
        </button>
      </li>
    </ul>
  );
}
