import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AppProcess } from './support/app-process';
import { applyTo, candidateWithProfile } from './support/candidates';
import { freePort } from './support/ports';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext } from './support/browser';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createDraft, createPublished, draftBody, type Posting } from './support/postings';
import { ROOT } from './support/test-env';

// As in web-board: every run takes the screenshots; UPDATE_SCREENSHOTS=1 replaces the committed ones.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/**
 * The organization's job postings in a real Chromium: a recruiter drafts the Liège back-end offer
 * from the template with a live preview, edits its requirements, is refused publication without a
 * salary (on the field), publishes, opens the public page and closes it; a hiring manager sees only
 * the postings assigned to them, read-only.
 */
describe('The web app: job postings for the organization', () => {
  const platform = new Platform();
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let api: ApiClient;
  let admin: SignedIn;
  let recruiter: SignedIn;
  let manager: SignedIn;
  let templateEn: { missions: string[] };
  let templateFr: { missions: string[] };
  let worker: AppProcess | undefined; // started by the scoring test, so its applications are pending first

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Meuse Logiciels');
    [recruiter, manager] = await Promise.all([api.addMember(admin, 'recruiter', 'Rita Recruiter'), api.addMember(admin, 'hiring_manager', 'Hugo Manager')]);
    templateEn = (await api.get('/job-templates/backend-developer?lang=en').expect(200)).body;
    templateFr = (await api.get('/job-templates/backend-developer?lang=fr').expect(200)).body;
  }, 180000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await worker?.stop();
    await platform.stop();
  });

  async function open(locale: string, who: SignedIn): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    page = await context.newPage();
    return page;
  }

  async function expectAccessible() {
    expect(await accessibilityViolations(page)).toEqual([]);
  }

  const posting = async (id: string): Promise<Posting> => (await api.get(`/job-postings/${id}`, recruiter.token).expect(200)).body;
  const preview = () => page.getByTestId('preview-salary');
  const description = () => page.getByTestId('description');

  it('a recruiter drafts, edits, publishes and closes the Liège back-end offer, in English', async () => {
    await open('en-GB', recruiter);
    await page.goto('/org/postings');
    await page.getByRole('heading', { level: 1, name: 'Job postings' }).waitFor();
    await page.getByText('No posting matches these filters.').waitFor();
    await expectAccessible();

    await page.getByRole('link', { name: 'New posting' }).click();
    await page.waitForURL('**/org/postings/new');
    await page.getByRole('heading', { level: 1, name: 'New job posting' }).waitFor();
    await page.getByText('Enter a city to see the salary band and the description.').waitFor();
    const previewCall = page.waitForResponse((r) => r.url().endsWith('/api/v1/job-postings/preview') && r.request().method() === 'POST');
    await page.getByLabel('City').fill('Liège');
    expect((await previewCall).status()).toBe(200);
    const en = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
    await page.getByText(`${en.formatRange(3800, 4500)} per month`).waitFor();
    await expect(description().textContent()).resolves.toContain(templateEn.missions[0]);
    // The untouched salary fields show the band the template derived.
    await expect(page.getByLabel('Minimum (gross)').inputValue()).resolves.toBe('3800');
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-posting-draft-en.png'), fullPage: true });

    // Seniority moves the band; the language rewrites the description.
    await page.getByLabel('Seniority').selectOption('senior');
    await page.waitForFunction((before) => document.querySelector('[data-testid="preview-salary"]')?.textContent !== before, await preview().textContent());
    const senior = (await api.post('/job-postings/preview', draftBody({ language: 'en', seniority: 'senior' }), recruiter.token).expect(200)).body.salary;
    await page.getByText(`${en.formatRange(senior.min, senior.max)} per month`).waitFor();
    await expect(page.getByLabel('Minimum (gross)').inputValue()).resolves.toBe(String(senior.min));
    await page.getByLabel('Language of the posting').selectOption('fr');
    await description().getByText(templateFr.missions[0]).waitFor();
    await expect(description().getAttribute('lang')).resolves.toBe('fr');
    await expect(description().textContent()).resolves.toMatch(/par mois/);
    await page.getByLabel('Seniority').selectOption('mid');
    await page.getByText(`${en.formatRange(3800, 4500)} per month`).waitFor();
    await page.getByRole('checkbox', { name: 'Hugo Manager' }).check();
    await expectAccessible();

    await page.getByRole('button', { name: 'Create the draft' }).click();
    await page.waitForURL(/\/org\/postings\/[0-9a-f-]{36}$/);
    const id = page.url().split('/').pop()!;
    const created = await posting(id);
    expect(created).toMatchObject({ status: 'draft', city: 'Liège', country: 'BE', language: 'fr', seniority: 'mid', hiringManagerIds: [manager.user.id] });
    expect(created.salary).toEqual({ min: 3800, max: 4500, currency: 'EUR', period: 'month' });
    await page.getByRole('heading', { level: 1, name: created.title }).waitFor();
    await expectAccessible();

    // Requirements: a new "any one of" row (Docker or Kubernetes) and German at B1.
    const addTechnical = page.getByRole('combobox', { name: 'Add a technical skill' });
    await addTechnical.fill('Docker');
    await page.getByRole('option', { name: 'Docker', exact: true }).click();
    const alternative = page.getByRole('combobox', { name: 'Add an alternative to Docker' });
    // By keyboard this time: type, the first suggestion is highlighted, Enter takes it (and submits nothing).
    await alternative.focus();
    await page.keyboard.type('Kubernetes');
    await page.getByRole('option', { name: 'Kubernetes', exact: true }).waitFor();
    await expect(alternative.getAttribute('aria-expanded')).resolves.toBe('true');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Any one of: Docker, Kubernetes' }).getByLabel('Importance').selectOption('must');
    await page.getByRole('button', { name: 'Add a language' }).click();
    const requirementsForm = page.getByRole('form', { name: 'Requirements' });
    const newLanguage = requirementsForm.getByLabel('Language', { exact: true }).last();
    await newLanguage.selectOption('de');
    await requirementsForm.getByLabel('Minimum level (CEFR)').last().selectOption('B1');
    await expectAccessible();
    await requirementsForm.screenshot({ path: path.join(SCREENSHOTS, 'org-posting-requirements-en.png') });
    const saved = page.waitForResponse((r) => r.url().endsWith(`/api/v1/job-postings/${id}`) && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Save the requirements' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('The requirements are saved.').waitFor();
    const withRequirements = await posting(id);
    expect(withRequirements.requirementsVersion).toBe(2);
    expect(withRequirements.requirements.skills).toEqual(expect.arrayContaining([{ anyOf: ['docker', 'kubernetes'], minLevel: 3, importance: 'must' }]));
    expect(withRequirements.requirements.languages).toEqual(expect.arrayContaining([{ language: 'de', minLevel: 'B1', importance: 'important' }]));

    // Publishing without a salary is refused, and said on the salary field.
    await page.getByLabel('Minimum (gross)').fill('');
    await page.getByLabel('Maximum (gross)').fill('');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The changes are saved.').waitFor();
    expect((await posting(id)).salary).toBeNull();
    const refused = page.waitForResponse((r) => r.url().endsWith(`/api/v1/job-postings/${id}/publish`));
    await page.getByRole('button', { name: 'Publish the posting' }).click();
    expect((await refused).status()).toBe(409);
    const salaryError = page.getByRole('group', { name: 'Salary' }).getByText('A salary range is required to publish (EU pay transparency)', { exact: false });
    await salaryError.waitFor();
    await expect(isFocused(page.getByLabel('Minimum (gross)'))).resolves.toBe(true);
    await expect(page.getByLabel('Minimum (gross)').getAttribute('aria-invalid')).resolves.toBe('true');
    expect((await posting(id)).status).toBe('draft');
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-posting-salary-refused-en.png') });

    await page.getByLabel('Minimum (gross)').fill('4000');
    await page.getByLabel('Maximum (gross)').fill('4800');
    await page.getByRole('button', { name: 'Save the changes' }).click();
    await page.getByText('The changes are saved.').waitFor();
    await expect(salaryError.count()).resolves.toBe(0);
    await page.getByRole('button', { name: 'Publish the posting' }).click();
    await page.getByText('The posting is published.').waitFor();
    expect(await posting(id)).toMatchObject({ status: 'published', salary: { min: 4000, max: 4800, currency: 'EUR', period: 'month' } });
    await expectAccessible();

    await page.getByRole('link', { name: 'Public job page' }).click();
    await page.waitForURL(`**/jobs/${id}`);
    await page.getByRole('heading', { level: 1, name: created.title }).waitFor();
    await page.goBack();
    await page.getByRole('button', { name: 'Close the posting' }).click();
    const dialog = page.getByRole('dialog', { name: 'Close this posting?' });
    await dialog.waitFor();
    await expectAccessible();
    await dialog.getByRole('button', { name: 'Close the posting' }).click();
    await page.getByText('The posting is closed.').waitFor();
    expect((await posting(id)).status).toBe('closed');
    // A closed posting offers no editing.
    await expect(page.getByRole('button', { name: 'Save the changes' }).count()).resolves.toBe(0);
    await page.getByRole('heading', { name: 'What this job asks for' }).waitFor();
    await expectAccessible();
  }, 240000);

  it('in French: the dashboard filters by status and hiring manager in the URL; a hiring manager sees only theirs, read-only', async () => {
    // More postings than a page of the dashboard (50), older than the two this test looks for.
    const existing = (await api.get('/job-postings?limit=100', recruiter.token).expect(200)).body.items.length as number;
    for (let i = existing; i < 50; i++) await createDraft(api, recruiter.token, { city: `Ville ${i}` });
    const mine = await createPublished(api, recruiter.token, { city: 'Namur', title: 'Développeur·se back-end (Namur)', hiringManagerIds: [manager.user.id] });
    const other = await createDraft(api, recruiter.token, { city: 'Mons', title: 'Développeur·se back-end (Mons)' });

    await open('fr-BE', recruiter);
    await page.goto('/org/postings?status=draft');
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi' }).waitFor();
    const row = (title: string) => page.getByRole('row', { name: new RegExp(escape(title)) });
    await row(other.title).waitFor();
    await expect(row(mine.title).count()).resolves.toBe(0);
    await expect(page.getByLabel('Statut').inputValue()).resolves.toBe('draft');
    await page.getByLabel('Statut').selectOption('');
    await row(mine.title).waitFor();
    await expect(row(mine.title).getByText('Publiée').isVisible()).resolves.toBe(true);
    await expect(row(mine.title).getByText('0 en cours, 0 en échec').isVisible()).resolves.toBe(true);
    const total = (await api.get('/job-postings?limit=100', recruiter.token).expect(200)).body.items.length as number;
    expect(total).toBeGreaterThan(50);
    await expect(page.getByRole('row').count()).resolves.toBe(1 + 50); // the header row and one page
    await page.getByRole('button', { name: 'Afficher plus d’offres' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr').length === n, total);
    await expect(page.getByRole('button', { name: 'Afficher plus d’offres' }).count()).resolves.toBe(0);
    await page.getByLabel('Responsable du recrutement').selectOption({ label: 'Hugo Manager' });
    await page.waitForURL(new RegExp(`hiringManager=${manager.user.id}`));
    // The URL changes at once; the table follows when the filtered page arrives.
    await row(other.title).waitFor({ state: 'detached' });
    await row(mine.title).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-postings-dashboard-fr.png'), fullPage: true });

    await page.getByRole('link', { name: 'Nouvelle offre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle offre d’emploi' }).waitFor();
    await page.getByLabel('Ville').fill('Liège');
    await description().getByText(templateFr.missions[0]).waitFor();
    await expectAccessible();
    await context.close();

    await open('fr-BE', manager);
    await page.goto('/org/postings');
    await row(mine.title).waitFor();
    await expect(row(other.title).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Nouvelle offre' }).count()).resolves.toBe(0);
    await expect(page.getByLabel('Responsable du recrutement').count()).resolves.toBe(0);
    await expectAccessible();
    await row(mine.title).getByRole('link', { name: mine.title }).click();
    await page.getByRole('heading', { level: 1, name: mine.title }).waitFor();
    await page.getByRole('heading', { name: 'Ce que le poste demande' }).waitFor();
    await page.getByRole('link', { name: 'Correspondances' }).waitFor();
    for (const control of ['Publier l’offre', 'Clôturer l’offre', 'Enregistrer les modifications', 'Enregistrer les exigences']) {
      await expect(page.getByRole('button', { name: control }).count()).resolves.toBe(0);
    }
    await expect(page.getByRole('link', { name: 'Recherche de profils' }).count()).resolves.toBe(0);
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-posting-manager-fr.png'), fullPage: true });
    // Another posting of the organization is not found for them.
    await page.goto(`/org/postings/${other.id}`);
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: other.title }).waitFor();
    await expect(page.getByRole('heading', { level: 1, name: other.title }).count()).resolves.toBe(0);
  }, 180000);

  it('says that saving requirements re-scores the applications, and the matching status follows the scoring without a reload', async () => {
    const scored = await createPublished(api, recruiter.token, { city: 'Verviers', title: 'Développeur·se back-end (Verviers)' });
    const candidate = await candidateWithProfile(api, 'Ada Applicant');
    await applyTo(api, candidate, scored.id);

    await open('en-GB', recruiter);
    await page.goto(`/org/postings/${scored.id}`);
    const status = page.getByRole('region', { name: 'Scoring of the applications' }).getByRole('status');
    await status.filter({ hasText: '0 of 1 scored, 1 being scored, 0 failed.' }).waitFor();
    await page.getByText('This posting has 1 application: saving the requirements recomputes its score.').waitFor();
    await expectAccessible();
    await page.getByRole('group', { name: 'SQL', exact: true }).getByLabel('Minimum level').selectOption('4');
    await page.getByRole('button', { name: 'Save the requirements' }).click();
    await page.getByText('The requirements are saved.').waitFor();
    expect((await posting(scored.id)).requirementsVersion).toBe(2);

    const port = await freePort();
    worker = new AppProcess('worker', platform.env({ WORKER_HEALTH_PORT: String(port) }), `http://127.0.0.1:${port}/health/ready`);
    await worker.start();
    await status.filter({ hasText: '1 of 1 scored, 0 failed.' }).waitFor({ timeout: 30000 });
    await expect(page.getByRole('progressbar', { name: 'Scoring of the applications' }).getAttribute('aria-valuenow')).resolves.toBe('1');
    await expectAccessible();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-posting-matching-en.png') });
  }, 180000);
});
