import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundScreen } from '../app/not-found-screen';
import { RequireSession } from '../session/require-session';
import type { SessionUser } from '../session/session-store';

type Role = SessionUser['role'];
const MEMBERS: Role[] = ['admin', 'recruiter', 'hiring_manager'];
const EDITORS: Role[] = ['admin', 'recruiter'];
const ADMINS: Role[] = ['admin'];

const screen = <T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await load())[name] }));

const Dashboard = screen(() => import('./postings/dashboard-screen'), 'DashboardScreen');
const Draft = screen(() => import('./postings/draft-screen'), 'DraftScreen');
const Posting = screen(() => import('./postings/posting-screen'), 'PostingScreen');
const Matches = screen(() => import('./review/matches-screen'), 'MatchesScreen');
const Sourcing = screen(() => import('./review/sourcing-screen'), 'SourcingScreen');
const Pipeline = screen(() => import('./pipeline/pipeline-screen'), 'PipelineScreen');
const Application = screen(() => import('./pipeline/application-screen'), 'ApplicationScreen');
const Members = screen(() => import('./members/members-screen'), 'MembersScreen');
const Settings = screen(() => import('./settings/settings-screen'), 'SettingsScreen');
const Webhooks = screen(() => import('./webhooks/webhooks-screen'), 'WebhooksScreen');

/**
 * The organization's routes under /org. Each route names the roles the API lets use it: another
 * role gets the "not allowed" page, never a screen whose calls would all be refused.
 */
export function OrgApp() {
  const { t } = useTranslation();
  const only = (roles: Role[], Screen: ComponentType) => (
    <RequireSession roles={roles}>
      {() => (
        <Suspense fallback={<p role="status">{t('org.loading')}</p>}>
          <Screen />
        </Suspense>
      )}
    </RequireSession>
  );
  return (
    <Routes>
      <Route index element={<Navigate to="postings" replace />} />
      <Route path="postings" element={only(MEMBERS, Dashboard)} />
      <Route path="postings/new" element={only(EDITORS, Draft)} />
      <Route path="postings/:id" element={only(MEMBERS, Posting)} />
      <Route path="postings/:id/matches" element={only(MEMBERS, Matches)} />
      <Route path="postings/:id/sourcing" element={only(EDITORS, Sourcing)} />
      <Route path="postings/:id/pipeline" element={only(MEMBERS, Pipeline)} />
      <Route path="applications/:id" element={only(MEMBERS, Application)} />
      <Route path="members" element={only(ADMINS, Members)} />
      <Route path="settings" element={only(ADMINS, Settings)} />
      <Route path="webhooks" element={only(ADMINS, Webhooks)} />
      <Route path="*" element={<NotFoundScreen />} />
    </Routes>
  );
}
