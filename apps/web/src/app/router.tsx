import { createBrowserRouter } from 'react-router';
import { BoardScreen } from '../board/board-screen';
import { OrgGate } from '../org/org-gate';
import { Layout } from './layout';
import { NotFoundScreen } from './not-found-screen';

/**
 * The public routes. The job page is split off (its description renderer and requirement lists
 * are not needed to show the board); the sign-in and candidate routes join here, lazily too.
 */
export const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      { index: true, element: <BoardScreen /> },
      { path: 'jobs/:id', lazy: async () => ({ Component: (await import('../postings/job-screen')).JobScreen }) },
      { path: 'signin', lazy: async () => ({ Component: (await import('../account/signin-screen')).SignInScreen }) },
      { path: 'signup', lazy: async () => ({ Component: (await import('../account/signup-screen')).SignUpScreen }) },
      { path: 'me/profile', lazy: async () => ({ Component: (await import('../candidate/profile/profile-screen')).ProfileScreen }) },
      { path: 'me/data', lazy: async () => ({ Component: (await import('../candidate/data/data-screen')).DataScreen }) },
      { path: 'me/applications', lazy: async () => ({ Component: (await import('../candidate/applications/my-applications-screen')).MyApplicationsScreen }) },
      { path: 'me/applications/:id', lazy: async () => ({ Component: (await import('../candidate/applications/my-application-screen')).MyApplicationScreen }) },
      { path: 'signup/organization', lazy: async () => ({ Component: (await import('../account/org-signup-screen')).OrgSignupScreen }) },
      // The organization's screens: the gate checks the session before their chunk is fetched.
      { path: 'org/*', element: <OrgGate /> },
      { path: '*', element: <NotFoundScreen /> },
    ],
  },
]);
