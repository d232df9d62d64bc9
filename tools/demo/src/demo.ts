/**
 * `npm run demo`: the README's showcase, run against a platform started with
 * `npm start`. It drives the public HTTP API only (global fetch), exactly as
 * a client would: an organization drafts and publishes a Back-End Developer
 * offer in Liège, 30 candidates apply, the worker scores them, and the hiring
 * manager reads the ranking and the top candidate's full breakdown.
 *
 * Every run creates its own organization and candidates (names suffixed by a
 * run id), so it can run again and again on the same database.
 * DEMO_API_URL picks the platform (default http://localhost:$PORT, PORT 3000);
 * DEMO_SCORING_TIMEOUT_SECONDS bounds the wait for the worker (default 180);
 * NO_COLOR turns the ANSI emphasis off on a terminal.
 */
import { randomBytes } from 'node:crypto';
import { ApiClient, DemoError } from './api-client';
import { enrolApplicants } from './applicants';
import { checkPlatform, DEMO_PASSWORD, draftAndPublish, setUpOrganization } from './organization';
import { printBreakdown, printRanking } from './report';
import { allMatches, skillLabels, waitForScoring } from './scoring';
import { heading, say, style } from './terminal';

const baseUrl = (process.env.DEMO_API_URL ?? `http://localhost:${process.env.PORT || 3000}`).replace(/\/+$/, '');
const scoringTimeoutMs = Number(process.env.DEMO_SCORING_TIMEOUT_SECONDS || 180) * 1000;

async function main(): Promise<void> {
  const now = new Date();
  const run = { id: `${now.toISOString().replace(/\D/g, '').slice(0, 14)}${randomBytes(2).toString('hex')}`, label: now.toISOString().slice(0, 19).replace('T', ' ') };
  const email = (name: string) => `${slug(name)}.${run.id}@demo.example.com`;
  let lastNotice = 0;
  const api = new ApiClient(baseUrl, {
    onRateLimited: (path, seconds) => {
      // Parallel requests hit the limit together: say it once per wait.
      if (Date.now() < lastNotice) return;
      lastNotice = Date.now() + seconds * 1000;
      if (process.stdout.isTTY) process.stdout.write('\r\x1b[2K');
      say(style.yellow(`  Rate limited on ${path.split('?')[0]}: waiting ${seconds} s as Retry-After asks (AUTH_RATE_LIMIT_PER_MINUTE raises the limit)…`));
    },
  });

  say(style.bold(`Embauche demo against ${baseUrl}`));
  await checkPlatform(api);

  heading('1. The hiring team');
  const staff = await setUpOrganization(api, run, email);

  heading('2. A Back-End Developer offer in Liège, drafted by the recruiter');
  const posting = await draftAndPublish(api, staff);

  heading('3. Candidates sign up, build their profiles and apply');
  const applicants = await enrolApplicants(api, posting, email);

  heading('4. The worker scores every application');
  const manager = staff.manager.accessToken;
  await waitForScoring(api, posting.id, manager, { timeoutMs: scoringTimeoutMs, stallMs: 30_000 });

  const [matches, labels] = await Promise.all([allMatches(api, posting.id, manager), skillLabels(api)]);
  if (matches.length < applicants.length) say(style.yellow(`  ${applicants.length - matches.length} application(s) have no score and are not ranked.`));
  printRanking(matches, labels);
  if (matches.length) printBreakdown(matches[0], labels);

  heading('Where to look next');
  say(`  Posting on the board   ${api.apiBase}/jobs/${posting.id}`);
  say(`  Its JSON-LD            ${api.apiBase}/jobs/${posting.id}/schema-org`);
  say(`  Ranked matches         GET ${api.apiBase}/job-postings/${posting.id}/matches (as the hiring manager)`);
  say(`  API docs               ${baseUrl}/docs`);

  heading('In the browser');
  const top = matches[0];
  say(`  Sign in at             ${baseUrl}/signin  (password for all three: ${DEMO_PASSWORD})`);
  say(`  Recruiter              ${staff.recruiter.user.email}`);
  say(`                         ${baseUrl}/org/postings/${posting.id}: the published offer, its requirements editor and matching status; Sourcing finds consenting candidates`);
  say(`  Hiring manager         ${staff.manager.user.email}`);
  say(`                         ${baseUrl}/org/postings/${posting.id}/matches: the ${matches.length} ranked candidates${top ? `, ${top.candidate.name ?? 'the first'} on top with ${top.score.toFixed(1)}` : ''}; j/k and Enter open why`);
  say(`                         ${baseUrl}/org/postings/${posting.id}/pipeline: the board, to move candidates through the stages with notes`);
  say(`  Admin                  ${staff.admin.user.email}`);
  say(`                         ${baseUrl}/org/members and ${baseUrl}/org/settings: the team, roles and blind review`);
}

/** "Élodie Mertens" → "elodie.mertens". */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (process.stdout.isTTY) process.stdout.write('\n');
    console.error(error instanceof DemoError ? error.message : error);
    process.exit(1);
  },
);
