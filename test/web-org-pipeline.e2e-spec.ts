import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext, tabTo } from './support/browser';
import { ApiClient, ok, type SignedIn } from './support/factories';
import { applyTo, candidateWithProfile, type Application } from './support/candidates';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';
import { ROOT } from './support/test-env';

const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

/**
 * The pipeline board and the application page in a real Chromium: a hiring manager drags cards
 * with real pointer moves onto the columns their stage may move to (and nowhere else), does the
 * same from the keyboard, rejects several at once with one note, reads an application's profile,
 * score and history, and the candidate sees the new status on their side. Blind review hides
 * names without the page ever receiving them; a manager not on the posting gets the 404 page.
 */
describe('The web app: the pipeline board and the application page', () => {
  const platform = new Platform({ worker: true });
  let browser: Browser;
  let context: BrowserContext;
  let api: ApiClient;
  let admin: SignedIn;
  let manager: SignedIn;
  let otherManager: SignedIn;
  let posting: Posting;
  const people: Record<string, SignedIn> = {};
  const applications: Record<string, Application> = {};

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Board SRL');
    const recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    manager = await api.addMember(admin, 'hiring_manager', 'Hugo Manager');
    otherManager = await api.addMember(admin, 'hiring_manager', 'Olga Other');
    posting = await createPublished(api, recruiter.token, { hiringManagerIds: [manager.user.id], title: 'Back-end developer (Liège)' });
    for (const name of ['Ann Arbor', 'Bob Baker', 'Cleo Cruz', 'Dirk Dewit']) {
      people[name] = await candidateWithProfile(api, name);
      applications[name] = await applyTo(api, people[name], posting.id, { coverLetter: `${name} would love to build APIs with you.` });
    }
    await eventually(() => ok(api.as(manager).GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id: posting.id } } })), (s) => s.scored === 4, 60000, 'every application scored');
  }, 180000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  async function board(locale: string, who: SignedIn = manager, query = ''): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    const page = await context.newPage();
    await page.goto(`/org/postings/${posting.id}/pipeline${query}`);
    return page;
  }
  const column = (page: Page, name: string | RegExp) => page.getByRole('region', { name });
  const card = (page: Page, name: string) => page.getByTestId('pipeline-card').filter({ hasText: name });
  const status = async (name: string) => (await ok(api.as(manager).GET('/api/v1/applications/{id}', { params: { path: { id: applications[name].id } } }))).status;

  /** A real pointer drag: press on the card, move in steps onto the column, release. */
  async function drag(page: Page, from: Locator, to: Locator): Promise<void> {
    const a = (await from.boundingBox())!;
    const b = (await to.boundingBox())!;
    await page.mouse.move(a.x + a.width / 2, a.y + 12);
    await page.mouse.down();
    await page.mouse.move(a.x + a.width / 2 + 10, a.y + 20, { steps: 4 });
    await page.mouse.move(b.x + b.width / 2, b.y + 40, { steps: 12 });
    await page.mouse.up();
  }

  it('shows a column per stage with its count, each card’s score and time in stage (en), axe clean', async () => {
    const page = await board('en-GB');
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    const applied = column(page, /^Applied/);
    await applied.getByText('4 candidates').waitFor();
    expect(await applied.getByTestId('pipeline-card').count()).toBe(4);
    await card(page, 'Ann Arbor').getByText(/^Score \d+$/).waitFor();
    await card(page, 'Ann Arbor').getByText(/^In this stage for \d+ minutes?$/).waitFor();
    for (const stage of ['Screening', 'Interview', 'Offer', 'Hired', 'Not selected']) await column(page, new RegExp(`^${stage}`)).getByText('0 candidates').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pipeline-en.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('drags a card onto the next stage with a note, and a drop on a stage it may not reach does nothing', async () => {
    const page = await board('en-GB');
    const ann = card(page, 'Ann Arbor');
    await ann.waitFor();
    await drag(page, ann, column(page, /^Offer/));
    expect(await page.getByRole('dialog').isVisible()).toBe(false);
    expect(await status('Ann Arbor')).toBe('applied');

    await drag(page, ann, column(page, /^Screening/));
    const dialog = page.getByRole('dialog', { name: 'Move Ann Arbor' });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Screening' }).isChecked()).toBe(true);
    expect(await dialog.getByRole('radio').count()).toBe(2); // screening or rejected: the table's moves only
    await dialog.getByLabel('Note (optional)').fill('Strong SQL, phone screen booked');
    expect(await accessibilityViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.getByText('Moved to Screening.').waitFor();
    await column(page, /^Screening/).getByTestId('pipeline-card').filter({ hasText: 'Ann Arbor' }).waitFor();
    expect(await status('Ann Arbor')).toBe('screening');
    const trail = await ok(api.as(admin).GET('/api/v1/applications/{id}/events', { params: { path: { id: applications['Ann Arbor'].id } } }));
    expect(trail.items.at(-1)).toMatchObject({ type: 'transition', from: 'applied', to: 'screening', note: 'Strong SQL, phone screen booked', actorName: 'Hugo Manager' });
  });

  it('moves a candidate with the keyboard alone (fr), the dialog offering only the allowed stages', async () => {
    const page = await board('fr-BE');
    const move = page.getByRole('button', { name: 'Déplacer Bob Baker…' });
    await move.waitFor();
    await tabTo(page, move);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Déplacer Bob Baker' });
    await dialog.waitFor();
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    expect(await isFocused(dialog.getByRole('radio', { name: 'Présélection' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByLabel('Note (facultative)'))).toBe(true);
    await page.keyboard.type('Profil solide, à appeler');
    await page.keyboard.press('Tab'); // Annuler
    await page.keyboard.press('Tab'); // Déplacer
    await page.keyboard.press('Enter');
    await page.getByText('Passé à « Présélection ».').waitFor();
    expect(await status('Bob Baker')).toBe('screening');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'pipeline-fr.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('rejects several candidates at once with one note', async () => {
    const page = await board('en-GB');
    for (const name of ['Cleo Cruz', 'Dirk Dewit']) await page.getByRole('checkbox', { name: `Select ${name}` }).check();
    const bar = page.getByRole('region', { name: 'Selected candidates' });
    await bar.getByText('2 selected').waitFor();
    await bar.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move 2 candidates' });
    await dialog.getByLabel('Note (optional)').fill('Position needs more back-end years');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.getByText('2 candidates moved to Not selected.').waitFor();
    await column(page, /^Not selected/).getByText('2 candidates').waitFor();
    expect([await status('Cleo Cruz'), await status('Dirk Dewit')]).toEqual(['rejected', 'rejected']);
    const trail = await ok(api.as(admin).GET('/api/v1/applications/{id}/events', { params: { path: { id: applications['Dirk Dewit'].id } } }));
    expect(trail.items.at(-1)).toMatchObject({ to: 'rejected', note: 'Position needs more back-end years' });
    // A rejected card has nowhere to go: no move button, no checkbox to select.
    expect(await card(page, 'Cleo Cruz').getByRole('button', { name: /Move/ }).count()).toBe(0);
  });

  it('opens an application: profile, cover letter, score and history; the candidate sees the new status', async () => {
    const page = await board('en-GB');
    await card(page, 'Ann Arbor').getByRole('link', { name: 'Ann Arbor' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ann Arbor' }).waitFor();
    await page.getByText('Ann Arbor would love to build APIs with you.').waitFor();
    await page.getByRole('region', { name: 'Profile' }).getByRole('heading', { name: 'Skills' }).waitFor();
    await page.getByText('Hugo Manager moved it from Applied to Screening').waitFor();
    await page.getByText('Strong SQL, phone screen booked').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-application-en.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    // Moving from the application page: the next stage is interview.
    await page.getByRole('button', { name: 'Move Ann Arbor…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Move Ann Arbor' });
    await dialog.getByRole('radio', { name: 'Interview' }).check();
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.getByText('Moved to Interview.').waitFor();
    expect(await status('Ann Arbor')).toBe('interview');

    await context.close();
    context = await signedInContext(browser, 'en-GB', platform.baseUrl, people['Ann Arbor']);
    const mine = await context.newPage();
    await mine.goto(`/me/applications/${applications['Ann Arbor'].id}`);
    await mine.getByText('Interview', { exact: true }).first().waitFor();
  });

  it('hides names under blind review without the page ever receiving them, and refuses a manager not on the posting', async () => {
    await ok(api.as(admin).PATCH('/api/v1/organization', { body: { blindReview: true } }));
    try {
      context = await signedInContext(browser, 'en-GB', platform.baseUrl, manager);
      const page = await context.newPage();
      const bodies: Array<Promise<string>> = [];
      page.on('response', (response) => {
        if (response.url().includes('/api/v1/')) bodies.push(response.text().catch(() => ''));
      });
      await page.goto(`/org/postings/${posting.id}/pipeline?blind=1`);
      const hidden = page.getByTestId('pipeline-card').filter({ hasText: /Candidate #[0-9a-f]{8}/ });
      await hidden.first().waitFor();
      // Bob is in screening: still blind. Ann reached interview: revealed for good.
      await column(page, /^Screening/).getByText(/Candidate #/).waitFor();
      await column(page, /^Interview/).getByText('Ann Arbor').waitFor();
      const traffic = (await Promise.all(bodies)).join('\n');
      expect(traffic).toContain(people['Bob Baker'].user.id); // his card came through this traffic…
      expect(traffic).not.toContain('Bob Baker'); // …without his name
      expect(await accessibilityViolations(page)).toEqual([]);
    } finally {
      await ok(api.as(admin).PATCH('/api/v1/organization', { body: { blindReview: false } }));
    }
    await context.close();
    const page = await board('en-GB', otherManager);
    await page.getByRole('heading', { level: 1, name: /not found|no longer/i }).waitFor();
  });
});
