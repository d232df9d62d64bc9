import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useNavigate } from 'react-router';
import { signOut } from '../account/auth-api';
import { useSession } from '../session/use-session';
import { cn } from '../ui/cn';

const linkClass = ({ isActive }: { isActive: boolean }) =>
  cn(
    'rounded-lg px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-700',
    isActive ? 'bg-indigo-50 text-indigo-900' : 'text-slate-800 hover:bg-slate-100',
  );

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
  return (
    <ul className="flex flex-wrap items-center gap-1">
      {session.user.role === 'candidate' && (
        <>
          <li>
            <NavLink to="/me/profile" className={linkClass}>
              {t('nav.myProfile')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/me/applications" className={linkClass}>
              {t('nav.myApplications')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/me/data" className={linkClass}>
              {t('nav.myData')}
            </NavLink>
          </li>
        </>
      )}
      {session.user.role !== 'candidate' && (
        <li>
          <NavLink to="/org/postings" className={linkClass}>
            {t('org.postings')}
          </NavLink>
        </li>
      )}
      {session.user.role === 'admin' && (
        <>
          <li>
            <NavLink to="/org/members" className={linkClass}>
              {t('org.members')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/org/settings" className={linkClass}>
              {t('org.settings')}
            </NavLink>
          </li>
          <li>
            <NavLink to="/org/webhooks" className={linkClass}>
              {t('org.webhooks')}
            </NavLink>
          </li>
        </>
      )}
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
