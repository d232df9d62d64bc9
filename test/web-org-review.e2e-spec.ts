import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext } from './support/browser';
import { applyTo, candidateWithProfile, profileBody } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { candidateWith, eventually, type ProfileBody, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';
import { ROOT } from './support/test-env';

// As in web-board: every run takes the screenshots; UPDATE_SCREENSHOTS=1 replaces the committed ones.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

interface Match {
  applicationId: string | null;
  candidateId: string;
  candidate: { name: string | null };
  score: number;
  mustHavesMet: boolean;
  status: string;
}

/** Applicants with distinct names (the blind test looks for every one of them in the traffic). */
const APPLICANTS: Array<[string, ProfileBody]> = [
  ['Amélie Javanaise', strongProfile()],
  ['Bruno Nodier', strongProfile({ skills: [{ name: 'Node.js', level: 4 }, { name: 'SQL', level: 3 }, { name: 'Git', level: 3 }] })],
  ['Chloé Pépin', strongProfile({ skills: [{ name: 'PHP', level: 3 }, { name: 'MySQL', level: 3 }, { name: 'Git', level: 2 }] })],
  ['Dirk Gentenaar', strongProfile({ skills: [{ name: 'React', level: 5 }, { name: 'CSS', level: 5 }], city: 'Gent' })],
  ['Emma Parisot', strongProfile({ country: 'FR', city: 'Paris', willingToRelocate: false, salaryExpectation: { amount: 9000, currency: 'EUR', period: 'month' } })],
  ['Farid Javel', strongProfile({ skills: [{ name: 'Java', level: 3 }, { name: 'SQL', level: 3 }, { name: 'Git', level: 3 }] })],
];

describe('The web app: ranked matches, the explanation and sourcing, in a real Chromium', () => {
  const platform = new Platform({ worker: true });
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiClient;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let posting: Posting;
  const names: string[] = [];
  let discoverable: SignedIn[] = [];
  let hidden: SignedIn;

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization('Revue SRL');
    recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    manager = await api.addMember(admin, 'hiring_manager', 'Hugo Manager');
    posting = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    for (const [name, profile] of APPLICANTS) {
      const candidate = await candidateWith(api, profile, name);
      await applyTo(api, candidate, posting.id);
      names.push(name);
    }
    // Sourcing's pool: two who consent to be found, one who does not.
    discoverable = [
      await candidateWithProfile(api, 'Gaëlle Trouvable', profileBody({ discoverable: true })),
      await candidateWithProfile(api, 'Hans Vindbaar', profileBody({ discoverable: true, skills: [{ name: 'Java', level: 2 }] })),
    ];
    hidden = await candidateWithProfile(api, 'Ines Discrète', profileBody({ discoverable: false }));
    await eventually(() => api.get(`/job-postings/${posting.id}/matching-status`, manager.token).then((r) => r.body), (s) => s.scored === APPLICANTS.length, 60000, 'every application scored');
  }, 240000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  async function open(locale: string, who: SignedIn): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    page = await context.newPage();
    return page;
  }

  const apiMatches = async (query = '', who = manager): Promise<Match[]> => (await api.get(`/job-postings/${posting.id}/matches?limit=100${query}`, who.token).expect(200)).body.items;
  const rowNames = () => page.locator('[data-row-open]').allInnerTexts();
  const matchesUrl = (query = '') => `/org/postings/${posting.id}/matches${query}`;
  async function rowsShown(count: number) {
    await page.locator('[data-row-open]').nth(count - 1).waitFor();
    expect(await page.locator('[data-row-open]').count()).toBe(count);
  }

  it('shows the ranked list in the API’s order, with counts and no Rescore for a hiring manager (en)', async () => {
    const expected = await apiMatches();
    expect(expected.length).toBe(APPLICANTS.length);
    expect(expected.some((m) => m.mustHavesMet) && expected.some((m) => !m.mustHavesMet)).toBe(true);
    await open('en-GB', manager);
    await page.goto(matchesUrl());
    await page.getByRole('heading', { level: 1, name: 'Ranked matches' }).waitFor();
    await rowsShown(expected.length);
    expect(await rowNames()).toEqual(expected.map((m) => m.candidate.name));
    const scores = await page.getByTestId('row-score').allInnerTexts();
    expect(scores.map((s) => Number(s.replace('Score', '').trim()))).toEqual(expected.map((m) => m.score));
    await page.getByText(`${APPLICANTS.length} scored, 0 pending, 0 failed`).waitFor();
    expect(await page.getByRole('button', { name: 'Rescore all' }).count()).toBe(0);
    const first = page.locator('li[data-index="0"]');
    expect(await first.getByText('Matches:').count()).toBe(1);
    expect(await first.getByText('Missing:').count()).toBe(1);
    expect(await first.getByRole('link', { name: /Open application/ }).getAttribute('href')).toBe(`/org/applications/${expected[0].applicationId}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-matches-en.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The review strings come with the organization's code, in a language chosen afterwards too.
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Gerangschikte kandidaten' }).waitFor();
    expect(await page.getByText(`${APPLICANTS.length} berekend, 0 in behandeling, 0 mislukt`, { exact: false }).count()).toBe(1);
  });

  it('keeps the filters in the URL across a reload, and lists what the API lists for them (en)', async () => {
    const all = await apiMatches();
    const threshold = Math.floor(all[Math.floor(all.length / 2)].score);
    const expected = (await apiMatches(`&minScore=${threshold}&mustHavesMet=true`)).map((m) => m.candidate.name);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(all.length);
    await open('en-GB', recruiter);
    await page.goto(matchesUrl());
    await rowsShown(all.length);
    await page.getByLabel('Minimum score (0–100)').fill(String(threshold));
    await page.getByLabel('Must-haves').selectOption('true');
    await page.waitForURL((url) => url.searchParams.get('minScore') === String(threshold) && url.searchParams.get('mustHavesMet') === 'true');
    await rowsShown(expected.length);
    expect(await rowNames()).toEqual(expected);
    await page.reload();
    await rowsShown(expected.length);
    expect(await rowNames()).toEqual(expected);
    expect(await page.getByLabel('Minimum score (0–100)').inputValue()).toBe(String(threshold));
    expect(await page.getByLabel('Must-haves').inputValue()).toBe('true');
  });

  it('explains a score: the bars’ points add up to it, the requirements and the reasoning in words, linkable (fr)', async () => {
    const [best] = await apiMatches();
    await open('fr-BE', manager);
    await page.goto(matchesUrl());
    await page.getByRole('button', { name: best.candidate.name ?? '' }).click();
    const panel = page.getByRole('complementary', { name: best.candidate.name ?? '' });
    await panel.waitFor();
    expect(new URL(page.url()).searchParams.get('candidate')).toBe(best.candidateId);
    const points = await panel.getByTestId('score-bar').locator('[data-points]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-points'))));
    expect(points.length).toBeGreaterThan(2);
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(best.score, 2);
    expect(await panel.getByTestId('explanation-score').innerText()).toBe(`${new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 2 }).format(best.score)} / 100`);
    expect(await panel.getByRole('table', { name: 'Exigence par exigence' }).getByRole('row').count()).toBeGreaterThan(5);
    expect(await panel.getByRole('cell', { name: 'Même compétence' }).count()).toBeGreaterThan(0);
    expect(await panel.getByTestId('location-reasoning').innerText()).toContain('même ville');
    await panel.getByTestId('salary-reasoning').waitFor();
    expect(await panel.getByRole('link', { name: 'Ouvrir la candidature' }).getAttribute('href')).toBe(`/org/applications/${best.applicationId}`);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-explanation-fr.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    // The URL opens the same explanation on its own.
    await page.reload();
    await page.getByRole('complementary', { name: best.candidate.name ?? '' }).waitFor();
  });

  it('blind review shows "Candidate #…" and no name reaches the page in any response (en)', async () => {
    const expected = await apiMatches();
    await open('en-GB', manager);
    // Every response the page receives (documents, scripts, API calls), read as text.
    const texts: Array<Promise<string>> = [];
    page.on('response', (response) => texts.push(response.text().catch(() => '')));
    await page.goto(matchesUrl('?blind=1'));
    await rowsShown(expected.length);
    expect(await rowNames()).toEqual(expected.map((m) => `Candidate #${m.candidateId.slice(0, 8)}`));
    await page.getByRole('button', { name: `Candidate #${expected[0].candidateId.slice(0, 8)}` }).click();
    await page.getByRole('complementary', { name: /^Candidate #/ }).waitFor();
    expect(await page.getByRole('switch', { name: /Blind review/ }).getAttribute('aria-checked')).toBe('true');
    const traffic = (await Promise.all(texts)).join('\n');
    expect(traffic).toContain(expected[0].candidateId); // the matches were read…
    for (const name of [...names, ...discoverable.map((c) => c.user.name), hidden.user.name]) expect(traffic).not.toContain(name); // …without one name
  });

  it('reviews with the keyboard only: j/k move, Enter opens, Escape closes, ? lists the shortcuts (en)', async () => {
    const expected = await apiMatches();
    await open('en-GB', manager);
    await page.goto(matchesUrl());
    await rowsShown(expected.length);
    const row = (i: number) => page.getByRole('button', { name: expected[i].candidate.name ?? '', exact: true });
    await page.keyboard.press('j');
    expect(await isFocused(row(0))).toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await isFocused(row(2))).toBe(true);
    await page.keyboard.press('k');
    expect(await isFocused(row(1))).toBe(true);
    await page.keyboard.press('Enter');
    const panel = page.getByRole('complementary', { name: expected[1].candidate.name ?? '' });
    await panel.waitFor();
    expect(await isFocused(panel.getByRole('heading', { level: 2 }))).toBe(true);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.has('candidate')).toBe(false);
    expect(await isFocused(row(1))).toBe(true);
    await page.keyboard.press('j');
    await page.keyboard.press('o');
    await page.getByRole('complementary', { name: expected[2].candidate.name ?? '' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('complementary').waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-row-open'));
    expect(await isFocused(row(2))).toBe(true);

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    expect(await help.getByText('Next candidate').count()).toBe(1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    expect(await isFocused(row(2))).toBe(true);

    // Typing in a field never moves the list.
    const min = page.getByLabel('Minimum score (0–100)');
    await min.focus();
    await page.keyboard.press('j');
    await page.keyboard.press('?');
    expect(await isFocused(min)).toBe(true);
    expect(await help.isVisible()).toBe(false);
  });

  it('a recruiter rescores: the API is asked, and the counts come back to all scored (en)', async () => {
    await open('en-GB', recruiter);
    await page.goto(matchesUrl());
    await page.getByText(`${APPLICANTS.length} scored, 0 pending, 0 failed`).waitFor();
    const rescored = page.waitForResponse((r) => r.url().endsWith(`/job-postings/${posting.id}/rescore`) && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Rescore all' }).click();
    expect((await rescored).status()).toBe(202);
    await page.waitForResponse((r) => r.url().endsWith(`/job-postings/${posting.id}/matching-status`));
    await page.getByText(`${APPLICANTS.length} scored, 0 pending, 0 failed`).waitFor({ timeout: 60000 });
  });

  it('a sourcing run shows its progress, then only discoverable candidates who have not applied (fr)', async () => {
    await open('fr-BE', recruiter);
    await page.goto(`/org/postings/${posting.id}/sourcing`);
    await page.getByRole('heading', { level: 1, name: 'Sourcing' }).waitFor();
    await page.getByText('Seules les personnes qui ont choisi d’être trouvables apparaissent ici', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Lancer une recherche' }).click();
    await page.waitForURL((url) => url.searchParams.has('run'));
    await page.getByTestId('run-status').getByText(/^Terminé/).waitFor({ timeout: 60000 });
    const suggested: Match[] = (await api.get(`/job-postings/${posting.id}/suggestions?limit=100`, recruiter.token).expect(200)).body.items;
    expect(suggested.map((m) => m.candidateId).sort()).toEqual(discoverable.map((c) => c.user.id).sort());
    await rowsShown(suggested.length);
    expect(await rowNames()).toEqual(suggested.map((m) => m.candidate.name));
    expect(await rowNames()).not.toContain(hidden.user.name);
    for (const name of names) expect(await rowNames()).not.toContain(name);
    await page.getByRole('button', { name: suggested[0].candidate.name ?? '' }).click();
    const panel = page.getByRole('complementary', { name: suggested[0].candidate.name ?? '' });
    await panel.waitFor();
    expect(await panel.getByRole('link').count()).toBe(0); // a suggestion has no application to open
    await page.screenshot({ path: path.join(SCREENSHOTS, 'review-sourcing-fr.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('loads the next keyset pages as the list scrolls, still in the API’s order (en)', async () => {
    // 120 scored applications, more than the first page (25): copies of a
    // real breakdown, inserted in one statement, as the bench does with 10,000.
    const big = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id] });
    await platform.db.query(
      `WITH u AS (
         INSERT INTO users (email, name, role) SELECT 'scroll' || g || '.' || $3 || '@example.com', 'Scroll ' || g, 'candidate' FROM generate_series(1, 120) g RETURNING id
       ), p AS (
         INSERT INTO candidate_profiles (candidate_id, revision) SELECT id, 1 FROM u RETURNING candidate_id
       )
       INSERT INTO applications (job_posting_id, candidate_id, organization_id, applied_with_revision, match_status, match_score,
                                 match_must_haves_met, match_breakdown, match_scored_at, match_profile_revision, match_requirements_version)
       SELECT $1, candidate_id, $2, 1, 'scored', round((random() * 100)::numeric, 2), random() < 0.5,
              (SELECT match_breakdown FROM applications WHERE job_posting_id = $4 LIMIT 1), now(), 1, 1 FROM p`,
      [big.id, big.organizationId, process.pid, posting.id],
    );
    const expected: Match[] = [];
    let cursor: string | null = null;
    do {
      const body: { items: Match[]; nextCursor: string | null } = (
        await api.get(`/job-postings/${big.id}/matches?limit=37${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, manager.token).expect(200)
      ).body;
      expected.push(...body.items);
      cursor = body.nextCursor;
    } while (cursor);
    expect(expected).toHaveLength(120);

    await open('en-GB', manager);
    const pages: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes(`/job-postings/${big.id}/matches`)) pages.push(new URL(request.url()).searchParams.get('cursor') ?? 'first');
    });
    await page.goto(`/org/postings/${big.id}/matches`);
    await page.locator('[data-row-open]').first().waitFor();
    expect(await page.locator('[data-row-open]').count()).toBeLessThan(40); // virtualized: only what is in view, and a few more
    const scroller = page.getByTestId('match-scroller');
    for (let i = 0; i < 200 && (await page.locator('li[data-index="119"]').count()) === 0; i++) {
      // One scroll step per animation frame, as a wheel does; the loop ends on the row, never on a timer.
      await scroller.evaluate((el) => new Promise((resolve) => requestAnimationFrame(() => resolve((el.scrollTop += 600)))));
    }
    await page.locator('li[data-index="119"]').waitFor();
    expect(pages).toHaveLength(2); // the first 25, then the other 95 in one page of 100
    expect(await page.getByText('Candidates loaded: 120').count()).toBe(1);
    const shown = await page.locator('li[data-index]').evaluateAll((els) => els.map((el) => [Number(el.getAttribute('data-index')), el.getAttribute('data-candidate')] as const));
    expect(shown.length).toBeGreaterThan(3);
    for (const [index, candidateId] of shown) expect(candidateId).toBe(expected[index].candidateId);
  });

  it('a hiring manager cannot open sourcing, and an unknown posting is said so in plain words (en)', async () => {
    await open('en-GB', manager);
    await page.goto(`/org/postings/${posting.id}/sourcing`);
    await page.getByRole('heading', { level: 1, name: 'Not for your account' }).waitFor();
    await page.goto(matchesUrl().replace(posting.id, '00000000-0000-4000-8000-000000000000'));
    await page.getByRole('alert').getByText('This posting does not exist, or is not your organization’s.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
