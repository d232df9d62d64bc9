import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOrgCatalogs } from '../i18n/i18n';
import { RequireSession } from '../session/require-session';
import { prefetchScreen } from './screens';

// The organization's screens are their own chunks, fetched only once a member is signed in:
// a visitor or a candidate never downloads them.
// Their strings (locales/org-<area>/) come with them, and so does the screen the URL asks for.
const OrgApp = lazy(async () => {
  const [app] = await Promise.all([import('./org-app'), loadOrgCatalogs(), prefetchScreen(window.location.pathname)]);
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
