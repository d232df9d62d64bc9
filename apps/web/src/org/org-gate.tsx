import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../session/require-session';

// The organization's screens are their own chunks, fetched only once a member is signed in:
// a visitor or a candidate never downloads them.
const OrgApp = lazy(async () => ({ default: (await import('./org-app')).OrgApp }));

export function OrgGate() {
  const { t } = useTranslation();
  return (
    <RequireSession roles={['admin', 'recruiter', 'hiring_manager']}>
      {() => (
        <Suspense fallback={<p role="status">{t('org.loading')}</p>}>
          <OrgApp />
        </Suspense>
      )}
    </RequireSession>
  );
}
