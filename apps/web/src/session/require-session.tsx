import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { NotFoundScreen } from '../app/not-found-screen';
import type { SessionUser } from './session-store';
import { useSession } from './use-session';

/**
 * Renders its children for a signed-in user of one of `roles`; a visitor is sent to sign in and
 * comes back here after. The API still checks every call: this only avoids showing a screen
 * whose every request would be refused.
 */
export function RequireSession({ roles, children }: { roles: SessionUser['role'][]; children: (user: SessionUser) => ReactNode }) {
  const session = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'unknown') return <p role="status">{t('session.restoring')}</p>;
  if (session.status === 'signed-out') {
    const next = `${location.pathname}${location.search}`;
    return <Navigate to={`/signin?next=${encodeURIComponent(next)}`} replace />;
  }
  if (!roles.includes(session.user.role)) return <NotFoundScreen kind="forbidden" />;
  return <>{children(session.user)}</>;
}
