import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, newContext, signedInContext } from './support/browser';
import { ApiClient, ok, PASSWORD, uniqueEmail, type SignedIn } from './support/factories';
import { applyTo } from './support/candidates';
import { candidateWith, eventually, strongProfile } from './support/matching';
import { Platform } from './support/platform';
import { createPublished, type Posting } from './support/postings';
import { ROOT } from './support/test-env';

const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

/**
 * Issue 14's whole journey in one real Chromium, each step a test that depends on the last: a
 * recruiter signs up an organization (in French), adds a hiring manager, drafts the Liège back-end
 * offer from the template with its band and description shown live, adjusts its requirements and
 * publishes it; candidates apply; the hiring manager signs in through the form (in English), sees
 * only their postings, reads the ranked list and a candidate's explanation, moves candidates
 * through the board with notes; the candidate sees the new status on their side. axe on every
 * screen.
 */
describe('The web app, issue 14’s journey: from an organization’s sign-up to a candidate’s new status', () => {
  const platform = new Platform({ worker: true });
  let browser: Browser;
  let api: ApiClient;
  let recruiterContext: BrowserContext;
  let managerContext: BrowserContext;
  let recruiterPage: Page;
  let managerPage: Page;
  const recruiter = { name: 'Camille Lambert', email: uniqueEmail('camille') };
  const manager = { name: 'Hugo Martin', email: uniqueEmail('hugo') };
  let postingId: string;
  let postingTitle: string;
  let elsewhere: Posting;
  const candidates: Array<SignedIn & { applicationId?: string }> = [];

  const fr = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
  const axe = async (page: Page) => expect(await accessibilityViolations(page)).toEqual([]);
  const signIn = async (email: string): Promise<SignedIn> => {
    const body = await ok(api.typed.POST('/api/v1/auth/login', { body: { email, password: PASSWORD } }));
    return { token: body.accessToken, user: body.user } as SignedIn;
  };

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

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  }, 180000);

  afterAll(async () => {
    await recruiterContext?.close();
    await managerContext?.close();
    await browser?.close();
    await platform.stop();
  });

  it('1. a recruiter signs up the organization in French and lands on its postings', async () => {
    recruiterContext = await newContext(browser, 'fr-BE', platform.baseUrl);
    recruiterPage = await recruiterContext.newPage();
    const page = recruiterPage;
    await page.goto('/signup/organization');
    await page.getByRole('heading', { level: 1, name: 'Créer votre organisation' }).waitFor();
    await page.getByLabel('Nom de l’organisation').fill('Meuse Logiciels SRL');
    await page.getByLabel('Votre nom complet').fill(recruiter.name);
    await page.getByLabel('Votre adresse e-mail professionnelle').fill(recruiter.email);
    await page.getByLabel('Mot de passe').fill(PASSWORD);
    await axe(page);
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.waitForURL(/\/org\/postings$/);
    await page.getByRole('heading', { level: 1, name: 'Offres d’emploi' }).waitFor();
    await axe(page);
  });

  it('2. adds a hiring manager', async () => {
    const page = recruiterPage;
    await page.getByRole('link', { name: 'Membres' }).click();
    await page.getByRole('heading', { level: 1, name: 'Membres' }).waitFor();
    const form = page.getByRole('form', { name: 'Ajouter un membre' });
    await form.getByLabel('Nom complet').fill(manager.name);
    await form.getByLabel('Adresse e-mail').fill(manager.email);
    await form.getByLabel('Mot de passe initial').fill(PASSWORD);
    await form.getByLabel('Rôle', { exact: true }).selectOption('hiring_manager');
    await form.getByRole('button', { name: 'Ajouter le membre' }).click();
    await page.getByText(`${manager.name} a été ajouté.`, { exact: false }).waitFor();
    await axe(page);
  });

  it('3. drafts the Liège back-end offer from the template, the band and description shown as they are chosen', async () => {
    const page = recruiterPage;
    const template = (await api.get('/job-templates/backend-developer?lang=fr').expect(200)).body as { missions: string[] };
    await page.goto('/org/postings');
    await page.getByRole('link', { name: 'Nouvelle offre' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvelle offre d’emploi' }).waitFor();
    await page.getByLabel('Langue de l’offre').selectOption('fr');
    await page.getByLabel('Ville').fill('Liège');
    await page.getByText(`${fr.formatRange(3800, 4500)} par mois`).waitFor();
    await page.getByTestId('description').getByText(template.missions[0]).waitFor();
    // Choosing another seniority changes the band at once, before anything is saved.
    await page.getByLabel('Séniorité').selectOption('senior');
    await page.getByText(`${fr.formatRange(3800, 4500)} par mois`).waitFor({ state: 'detached' });
    await page.getByLabel('Séniorité').selectOption('mid');
    await page.getByText(`${fr.formatRange(3800, 4500)} par mois`).waitFor();
    await page.getByRole('checkbox', { name: manager.name }).check();
    await axe(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'journey-draft-fr.png'), fullPage: true });
    await page.getByRole('button', { name: 'Créer le brouillon' }).click();
    await page.waitForURL(/\/org\/postings\/[0-9a-f-]{36}$/);
    postingId = page.url().split('/').pop()!;
  });

  it('4. adjusts the requirements and publishes it', async () => {
    const page = recruiterPage;
    const technical = page.getByRole('combobox', { name: 'Ajouter une compétence technique' });
    await technical.fill('Docker');
    await page.getByRole('option', { name: 'Docker', exact: true }).click();
    await page.getByRole('button', { name: 'Enregistrer les exigences' }).click();
    await page.getByText('Les exigences sont enregistrées.').waitFor();
    await page.getByRole('button', { name: 'Publier l’offre' }).click();
    await page.getByText('L’offre est publiée.').waitFor();
    await axe(page);
    const admin = await signIn(recruiter.email);
    const posting = await ok(api.as(admin).GET('/api/v1/job-postings/{id}', { params: { path: { id: postingId } } }));
    expect(posting).toMatchObject({ status: 'published', city: 'Liège', country: 'BE', language: 'fr' });
    expect(posting.requirements.skills.some((s) => s.anyOf.includes('docker'))).toBe(true);
    // Another posting, not assigned to the hiring manager: they must never see it.
    elsewhere = await createPublished(api, admin.token, { city: 'Namur', title: 'Développeur back-end (Namur)' });
  });

  it('5. candidates apply, and the worker scores them', async () => {
    const profiles = [
      strongProfile({ headline: 'Java and PostgreSQL back-end developer' }),
      strongProfile({ headline: 'Node.js developer', skills: [{ name: 'Node.js', level: 4 }, { name: 'SQL', level: 3 }, { name: 'Docker', level: 4 }] }),
      strongProfile({ headline: 'Front-end developer', skills: [{ name: 'React', level: 5 }, { name: 'CSS', level: 5 }] }),
    ];
    for (const [i, profile] of profiles.entries()) {
      const who = await candidateWith(api, profile, ['Léa Dubois', 'Tom Peeters', 'Inès Haddad'][i]);
      candidates.push({ ...who, applicationId: (await applyTo(api, who, postingId)).id });
    }
    const admin = await signIn(recruiter.email);
    await eventually(() => ok(api.as(admin).GET('/api/v1/job-postings/{id}/matching-status', { params: { path: { id: postingId } } })), (s) => s.scored === 3, 60000, 'the three applications scored');
  });

  it('6. the hiring manager signs in (in English) and sees only their postings', async () => {
    managerContext = await newContext(browser, 'en-GB', platform.baseUrl);
    managerPage = await managerContext.newPage();
    const page = managerPage;
    await page.goto('/signin');
    await page.getByLabel('Email address').fill(manager.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/org\/postings$/);
    await page.getByRole('heading', { level: 1, name: 'Job postings' }).waitFor();
    const admin = await signIn(recruiter.email);
    const mine = await ok(api.as(admin).GET('/api/v1/job-postings/{id}', { params: { path: { id: postingId } } }));
    postingTitle = mine.title;
    const table = page.getByRole('table');
    await table.getByRole('link', { name: postingTitle, exact: true }).waitFor();
    expect(await table.getByRole('link').count()).toBe(1);
    expect(await table.getByRole('link', { name: elsewhere.title }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'New posting' }).count()).toBe(0);
    await axe(page);
  });

  it('7. reads the ranked list and the top candidate’s explanation', async () => {
    const page = managerPage;
    await page.getByRole('table').getByRole('link', { name: postingTitle, exact: true }).click();
    await page.getByRole('link', { name: 'Matches' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ranked matches' }).waitFor();
    await page.getByText('3 scored, 0 pending, 0 failed').waitFor();
    const manager_ = await signIn(manager.email);
    const ranked = await ok(api.as(manager_).GET('/api/v1/job-postings/{id}/matches', { params: { path: { id: postingId } } }));
    const top = ranked.items[0];
    expect(top.candidate.name).toBe('Léa Dubois');
    await page.getByRole('button', { name: 'Léa Dubois', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Léa Dubois' });
    await panel.waitFor();
    expect(await panel.getByTestId('explanation-score').innerText()).toBe(`${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(top.score)} / 100`);
    const points = await panel.getByTestId('score-bar').locator('[data-points]').evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-points'))));
    expect(points.reduce((a, b) => a + b, 0)).toBeCloseTo(top.score, 2);
    await axe(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'journey-explanation-en.png'), fullPage: true });
  });

  it('8. moves candidates through the board with notes: a drag, then the keyboard', async () => {
    const page = managerPage;
    await page.goto(`/org/postings/${postingId}/pipeline`);
    await page.getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();
    const lea = page.getByTestId('pipeline-card').filter({ hasText: 'Léa Dubois' });
    await drag(page, lea, page.getByRole('region', { name: /^Screening/ }));
    let dialog = page.getByRole('dialog', { name: 'Move Léa Dubois' });
    await dialog.getByLabel('Note (optional)').fill('Great PostgreSQL depth');
    await dialog.getByRole('button', { name: 'Move' }).click();
    await page.getByText('Moved to Screening.').waitFor();
    await page.getByRole('button', { name: 'Move Léa Dubois…' }).focus();
    await page.keyboard.press('Enter');
    dialog = page.getByRole('dialog', { name: 'Move Léa Dubois' });
    // The dialog puts the focus on the first allowed stage: wait for it, as a user's eyes would.
    await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio');
    expect(await isFocused(dialog.getByRole('radio', { name: 'Interview' }))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByLabel('Note (optional)'))).toBe(true);
    await page.keyboard.type('Invite for a technical interview');
    expect(await dialog.getByLabel('Note (optional)').inputValue()).toBe('Invite for a technical interview');
    await page.keyboard.press('Tab'); // Cancel
    await page.keyboard.press('Tab'); // Move
    await page.keyboard.press('Enter');
    await page.getByText('Moved to Interview.').waitFor();
    await page.getByRole('region', { name: /^Interview/ }).getByText('Léa Dubois').waitFor();
    await axe(page);
    const admin = await signIn(recruiter.email);
    const trail = await ok(api.as(admin).GET('/api/v1/applications/{id}/events', { params: { path: { id: candidates[0].applicationId! } } }));
    expect(trail.items.slice(1).map((e) => [e.to, e.actorName, e.note])).toEqual([
      ['screening', manager.name, 'Great PostgreSQL depth'],
      ['interview', manager.name, 'Invite for a technical interview'],
    ]);
  });

  it('9. the candidate sees the new status on their side (in French)', async () => {
    const context = await signedInContext(browser, 'fr-BE', platform.baseUrl, candidates[0]);
    try {
      const page = await context.newPage();
      await page.goto(`/me/applications/${candidates[0].applicationId}`);
      await page.getByText('Entretien', { exact: true }).first().waitFor();
      await axe(page);
    } finally {
      await context.close();
    }
  });
});
