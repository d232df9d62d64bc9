import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, signedInContext } from './support/browser';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

// As in web-board: every run takes the screenshots; UPDATE_SCREENSHOTS=1 replaces the committed ones.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

/**
 * The organization's shell in a real Chromium: its code is fetched only once a member is signed
 * in, each /org route shows only to the roles the API lets use it (the others get the 403 page,
 * a visitor is sent to sign in), and the header offers each role only its own pages.
 */
describe('The web app: the organization’s routes and who may see them', () => {
  const platform = new Platform();
  let browser: Browser;
  let context: BrowserContext;
  let admin: SignedIn;
  let manager: SignedIn;
  let candidate: SignedIn;

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    const api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Shell SRL');
    manager = await api.addMember(admin, 'hiring_manager');
    candidate = await api.signupCandidate('Cleo Candidate');
  }, 180000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  /** A page signed in as `who` (or a visitor), recording every organization chunk it fetches. */
  async function open(locale: string, who?: SignedIn): Promise<{ page: Page; orgChunks: string[] }> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    const page = await context.newPage();
    const orgChunks: string[] = [];
    page.on('request', (request) => {
      if (/\/assets\/org-app-[^/]*\.js$/.test(request.url())) orgChunks.push(request.url());
    });
    return { page, orgChunks };
  }

  const headerLinks = (page: Page) => page.getByRole('navigation', { name: /./ }).first().getByRole('link').allInnerTexts();

  it('a visitor on /org/postings is sent to sign in, and never fetches the organization’s code', async () => {
    const { page, orgChunks } = await open('en-GB');
    await page.goto('/org/postings');
    await page.waitForURL(/\/signin\?next=%2Forg%2Fpostings$/);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(orgChunks).toEqual([]);
  });

  it('a candidate gets the 403 page in French, without the organization’s code or links', async () => {
    const { page, orgChunks } = await open('fr-BE', candidate);
    await page.goto('/');
    await page.getByRole('link', { name: 'Mon profil' }).waitFor();
    expect(await headerLinks(page)).not.toContain('Offres d’emploi');
    await page.goto('/org/postings');
    await page.getByRole('heading', { level: 1, name: 'Pas pour votre compte' }).waitFor();
    expect(orgChunks).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'forbidden-fr.png') });
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('a hiring manager has the postings but not the admin pages, by link or by URL', async () => {
    const { page, orgChunks } = await open('en-GB', manager);
    await page.goto('/org/postings');
    await page.getByRole('heading', { level: 1, name: 'Job postings' }).waitFor();
    expect(orgChunks.length).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-shell-manager-en.png') });
    const links = await headerLinks(page);
    expect(links).toContain('Job postings');
    for (const adminOnly of ['Members', 'Settings', 'Webhooks']) expect(links).not.toContain(adminOnly);
    for (const path of ['/org/members', '/org/settings', '/org/webhooks', '/org/postings/new']) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: 'Not for your account' }).waitFor();
    }
    await page.screenshot({ path: path.join(SCREENSHOTS, 'forbidden-en.png') });
    await page.goto('/org/nowhere');
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('an admin has every organization page in the header', async () => {
    const { page } = await open('en-GB', admin);
    await page.goto('/org/members');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    expect(await headerLinks(page)).toEqual(expect.arrayContaining(['Job postings', 'Members', 'Settings', 'Webhooks']));
    expect(await headerLinks(page)).not.toContain('My profile');
  });
});
