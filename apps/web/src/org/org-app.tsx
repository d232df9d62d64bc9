import { lazy, Suspense, type ComponentType, type LazyExoticComponent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes } from 'react-router';
import { NotFoundScreen } from '../app/not-found-screen';
import { RequireSession } from '../session/require-session';
import type { SessionUser } from '../session/session-store';
import { SCREENS } from './screens';

type Role = SessionUser['role'];
const MEMBERS: Role[] = ['admin', 'recruiter', 'hiring_manager'];
const EDITORS: Role[] = ['admin', 'recruiter'];
const ADMINS: Role[] = ['admin'];

const screen = <T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T): LazyExoticComponent<ComponentType> =>
  lazy(async () => ({ default: (await load())[name] }));

const Dashboard = screen(SCREENS.dashboard, 'DashboardScreen');
const Draft = screen(SCREENS.draft, 'DraftScreen');
const Posting = screen(SCREENS.posting, 'PostingScreen');
const Matches = screen(SCREENS.matches, 'MatchesScreen');
const Sourcing = screen(SCREENS.sourcing, 'SourcingScreen');
const Pipeline = screen(SCREENS.pipeline, 'PipelineScreen');
const Application = screen(SCREENS.application, 'ApplicationScreen');
const Members = screen(SCREENS.members, 'MembersScreen');
const Settings = screen(SCREENS.settings, 'SettingsScreen');
const Webhooks = screen(SCREENS.webhooks, 'WebhooksScreen');

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
