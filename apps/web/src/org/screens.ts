/**
 * Each organization screen's chunk. org-app.tsx renders them by route; org-gate.tsx starts the
 * one the URL asks for at the same time as the organization's code and strings, instead of after
 * them (one round trip less before the first screen shows). Only dynamic imports live here, so
 * this file costs the first load nothing.
 */
export const SCREENS = {
  dashboard: () => import('./postings/dashboard-screen'),
  draft: () => import('./postings/draft-screen'),
  posting: () => import('./postings/posting-screen'),
  matches: () => import('./review/matches-screen'),
  sourcing: () => import('./review/sourcing-screen'),
  pipeline: () => import('./pipeline/pipeline-screen'),
  application: () => import('./pipeline/application-screen'),
  members: () => import('./members/members-screen'),
  settings: () => import('./settings/settings-screen'),
  webhooks: () => import('./webhooks/webhooks-screen'),
} as const;

const ROUTES: Array<[RegExp, keyof typeof SCREENS]> = [
  [/^\/org\/?$/, 'dashboard'],
  [/^\/org\/postings\/?$/, 'dashboard'],
  [/^\/org\/postings\/new\/?$/, 'draft'],
  [/^\/org\/postings\/[^/]+\/matches\/?$/, 'matches'],
  [/^\/org\/postings\/[^/]+\/sourcing\/?$/, 'sourcing'],
  [/^\/org\/postings\/[^/]+\/pipeline\/?$/, 'pipeline'],
  [/^\/org\/postings\/[^/]+\/?$/, 'posting'],
  [/^\/org\/applications\/[^/]+\/?$/, 'application'],
  [/^\/org\/members\/?$/, 'members'],
  [/^\/org\/settings\/?$/, 'settings'],
  [/^\/org\/webhooks\/?$/, 'webhooks'],
];

/** Which screen `pathname` shows, if it is one of the organization's. */
export function screenFor(pathname: string): keyof typeof SCREENS | undefined {
  return ROUTES.find(([pattern]) => pattern.test(pathname))?.[1];
}

/** Starts fetching the screen `pathname` shows; resolves when it is in (never rejects: the route's own import reports errors). */
export async function prefetchScreen(pathname: string): Promise<void> {
  const screen = screenFor(pathname);
  if (screen) await SCREENS[screen]().catch(() => undefined);
}
