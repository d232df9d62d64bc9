import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppProcess } from './support/app-process';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext, tabTo } from './support/browser';
import { applyTo, candidateWithProfile, type Application } from './support/candidates';
import { ApiClient, type SignedIn } from './support/factories';
import { eventually } from './support/matching';
import { Platform } from './support/platform';
import { GAINS_PROFILE, GAINS_REQUIREMENTS } from './support/gains-scene';
import { freePort } from './support/ports';
import { createPublished, type Posting } from './support/postings';
import { ROOT } from './support/test-env';

// As in web-board: every run takes the screenshots; UPDATE_SCREENSHOTS=1 replaces the committed ones.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

const REQUIREMENTS = GAINS_REQUIREMENTS;
const PROFILE = GAINS_PROFILE;

interface MyApplication {
  id: string;
  status: string;
  match: { status: string; score: number | null };
  whatWouldChange: { status: string; gains: Array<{ skill: string | null; language: string | null; points: number; scoreIfMet: number }> };
}

describe('The web app: applying, my applications and the explanation, in a real Chromium', () => {
  const platform = new Platform(); // the worker starts later, so pending scores can be seen
  let worker: AppProcess | undefined;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiClient;
  let recruiter: SignedIn;
  let posting: Posting;
  let second: Posting;
  let dana: SignedIn;

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    const admin = await api.signupOrganization('Ardennes Logiciels');
    recruiter = await api.addMember(admin, 'recruiter');
    posting = await createPublished(api, recruiter.token, { requirements: REQUIREMENTS });
    second = await createPublished(api, recruiter.token, { city: 'Namur', title: 'Développeur·se Java (Namur)', requirements: REQUIREMENTS });
    dana = await candidateWithProfile(api, 'Dana Docker', PROFILE);
  }, 180000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await platform.stop();
  });

  async function open(locale: string, who?: SignedIn): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    page = await context.newPage();
    return page;
  }

  async function expectAccessible() {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const mine = async (who: SignedIn, id: string): Promise<MyApplication> => (await api.get(`/candidates/me/applications/${id}`, who.token).expect(200)).body;

  it('applies with the keyboard only, in French: cover letter, send, result', async () => {
    await open('fr-BE', dana);
    await page.goto(`/jobs/${posting.id}`);
    const letter = page.getByLabel('Lettre de motivation (facultative)');
    await letter.waitFor();
    const fr = new Intl.NumberFormat('fr-BE');
    await expect(page.getByText(`Jusqu’à ${fr.format(10000)} caractères`, { exact: false }).isVisible()).resolves.toBe(true);
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'apply-form-fr.png') });

    await tabTo(page, letter);
    await page.keyboard.type('Bonjour, Java et Docker au quotidien.');
    await page.getByText(`${fr.format(10000 - 37)} caractères restants`).waitFor();
    await page.keyboard.press('Tab');
    await expect(isFocused(page.getByRole('button', { name: 'Envoyer ma candidature' }))).resolves.toBe(true);
    const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/jobs/${posting.id}/applications`) && r.request().method() === 'POST');
    await page.keyboard.press('Enter');
    expect((await sent).status()).toBe(201);
    const result = page.getByRole('status').filter({ hasText: 'Votre candidature a été envoyée.' });
    await result.waitFor();
    await expect(isFocused(result)).resolves.toBe(true);
    await expectAccessible();

    // Coming back to the job says so, with the date and the status.
    await page.reload();
    await page.getByText(/Vous avez postulé à cette offre le/).waitFor();
    await page.getByText('Statut : Envoyée.').waitFor();
    await expect(page.getByLabel('Lettre de motivation (facultative)').count()).resolves.toBe(0);
    await expectAccessible();
  });

  it('explains why not: no profile yet (with the link to create it), a closed posting, and the sign-in link for visitors', async () => {
    const noProfile = await api.signupCandidate('Nora Noprofile');
    await open('en-GB', noProfile);
    await page.goto(`/jobs/${posting.id}`);
    await page.getByText('Create your profile before applying').waitFor();
    await expect(page.getByRole('link', { name: 'Create my profile' }).getAttribute('href')).resolves.toBe('/me/profile');
    await expectAccessible();
    await context.close();

    const late = await candidateWithProfile(api, 'Luc Late', PROFILE);
    const closing = await createPublished(api, recruiter.token, { city: 'Mons', title: 'Développeur·se back-end (Mons)' });
    await open('en-GB', late);
    await page.goto(`/jobs/${closing.id}`);
    await page.getByLabel('Cover letter (optional)').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'apply-form-en.png') });
    await api.post(`/job-postings/${closing.id}/close`, undefined, recruiter.token).expect(200);
    await page.getByRole('button', { name: 'Send my application' }).click();
    await page.getByRole('alert').filter({ hasText: 'This job has closed: it no longer takes applications.' }).waitFor();
    await expectAccessible();
    await context.close();

    await open('en-GB');
    await page.goto(`/jobs/${posting.id}`);
    await expect(page.getByRole('link', { name: 'Apply for this job' }).getAttribute('href')).resolves.toBe(`/signin?next=${encodeURIComponent(`/jobs/${posting.id}`)}`);
  });

  it('lists my applications and shows the pending score, then the explanation and what would change it once scored', async () => {
    const [app] = (await api.get('/candidates/me/applications', dana.token).expect(200)).body.items as Application[];
    expect(app.match.status).toBe('pending'); // no worker yet

    await open('en-GB', dana);
    await page.goto('/me/applications');
    const row = page.getByRole('row', { name: new RegExp(posting.title.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')) });
    await row.waitFor();
    await expect(row.getByText('Applied', { exact: true }).isVisible()).resolves.toBe(true);
    await expect(row.getByText('Being scored').isVisible()).resolves.toBe(true);
    await expectAccessible();

    await row.getByRole('link', { name: posting.title }).click();
    await page.waitForURL(`**/me/applications/${app.id}`);
    await page.getByRole('status').filter({ hasText: 'Your application is being scored.' }).waitFor();
    await page.getByRole('heading', { name: 'Timeline' }).waitFor();
    await expect(page.getByText('You applied', { exact: true }).isVisible()).resolves.toBe(true);
    await expectAccessible();

    const port = await freePort();
    worker = new AppProcess('worker', platform.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`);
    await worker.start();
    const scored = await eventually(() => mine(dana, app.id), (m) => m.match.status === 'scored', 20000, 'the score');
    expect(scored.whatWouldChange.status).toBe('available');
    const fmt = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

    // The page reads it again by itself while pending.
    await page.getByText(`${fmt.format(scored.match.score!)} out of 100`).waitFor();
    await page.getByText('You do not meet every must-have of this job.').waitFor();
    await expect(page.getByText('English: your level is A1, B2 is asked').isVisible()).resolves.toBe(true);
    await expect(page.getByText('Docker: your level is 2 of 5, level 4 is asked').isVisible()).resolves.toBe(true);
    const gains = page.getByRole('list', { name: 'What would change your score' }).getByRole('listitem');
    await expect(gains.count()).resolves.toBe(scored.whatWouldChange.gains.length);
    const top = scored.whatWouldChange.gains[0];
    await expect(gains.first().textContent()).resolves.toContain(`+${fmt.format(top.points)} points, for a score of ${fmt.format(top.scoreIfMet)}`);
    await expect(page.getByText('English from A1 to B2').isVisible()).resolves.toBe(true);
    await expect(page.getByText('you would then meet every must-have').first().isVisible()).resolves.toBe(true);
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explanation-en.png'), fullPage: true });

    await page.getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.getByRole('heading', { name: 'Ce qui changerait votre score' }).waitFor();
    await page.getByText('Anglais de A1 à B2').waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'explanation-fr.png'), fullPage: true });

    await page.getByRole('link', { name: 'Retour à mes candidatures' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes candidatures' }).waitFor();
    await page.getByText(`${new Intl.NumberFormat('fr-BE', { maximumFractionDigits: 2 }).format(scored.match.score!)} / 100`).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-applications-fr.png') });
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'My applications' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-applications-en.png') });
  });

  it('withdraws after a confirmation dialog, keyboard only, in Dutch: focus moves into the dialog and back', async () => {
    const app = await applyTo(api, dana, second.id);
    await open('nl-BE', dana);
    await page.goto(`/me/applications/${app.id}`);
    const withdraw = page.getByRole('button', { name: 'Mijn sollicitatie intrekken' });
    await withdraw.waitFor();
    await tabTo(page, withdraw);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Je sollicitatie intrekken?' });
    await dialog.waitFor();
    await expect(isFocused(dialog.getByRole('button', { name: 'Mijn sollicitatie behouden' }))).resolves.toBe(true);
    await expectAccessible();

    await page.keyboard.press('Escape'); // changed my mind: nothing happens, focus comes back
    await dialog.waitFor({ state: 'hidden' });
    await expect(isFocused(withdraw)).resolves.toBe(true);
    expect((await mine(dana, app.id)).status).toBe('applied');

    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await expect(isFocused(dialog.getByRole('button', { name: 'Ja, intrekken' }))).resolves.toBe(true);
    const withdrawn = page.waitForResponse((r) => r.url().endsWith(`/api/v1/applications/${app.id}/withdraw`));
    await page.keyboard.press('Enter');
    expect((await withdrawn).status()).toBe(200);
    const outcome = page.getByRole('status').filter({ hasText: 'Je sollicitatie is ingetrokken.' });
    await outcome.waitFor();
    await expect(isFocused(outcome)).resolves.toBe(true);
    await expect(page.getByText('Ingetrokken', { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(withdraw.count()).resolves.toBe(0);
    await page.getByText('Je hebt je sollicitatie ingetrokken').waitFor();
    expect((await mine(dana, app.id)).status).toBe('withdrawn');
    await expectAccessible();
  });

  it('does not show another candidate’s application', async () => {
    const other = await candidateWithProfile(api, 'Olga Other', PROFILE);
    const theirs = await applyTo(api, other, posting.id);
    await open('en-GB', dana);
    await page.goto(`/me/applications/${theirs.id}`);
    await page.getByRole('alert').filter({ hasText: 'This application does not exist, or it is not yours.' }).waitFor();
    await expectAccessible();
  });
});
