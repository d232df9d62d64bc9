import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOrgCatalogs } from '../i18n/i18n';
import { RequireSession } from '../session/require-session';

// The organization's screens are their own chunks, fetched only once a member is signed in:
// a visitor or a candidate never downloads them.
// Their strings (locales/org-<area>/) come with them.
const OrgApp = lazy(async () => {
  const [app] = await Promise.all([import('./org-app'), loadOrgCatalogs()]);
  return { default: app.OrgApp };
});

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
