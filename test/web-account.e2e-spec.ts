import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, launchBrowser, newContext, tabTo } from './support/browser';
import { putProfile, profileBody, type Profile } from './support/candidates';
import { ApiClient, PASSWORD, uniqueEmail, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

// As web-board: every run takes the screenshots; UPDATE_SCREENSHOTS=1 replaces the committed ones.
const SCREENSHOTS = path.join(ROOT, process.env.UPDATE_SCREENSHOTS === '1' ? 'docs/screenshots' : '.screenshots');

/** Types into the focused skill combobox, moves to the option named `option` with the arrow keys, Enter. */
async function pickSkillByKeyboard(page: Page, typed: string, option: string, shown = option): Promise<void> {
  await page.keyboard.type(typed);
  const suggestions = page.getByRole('listbox', { name: 'Suggestions de compétences' });
  await suggestions.getByRole('option', { name: option, exact: true }).waitFor();
  const names = await suggestions.getByRole('option').allInnerTexts();
  for (let i = 0; i < names.indexOf(option); i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByRole('list', { name: 'Vos compétences' }).getByText(shown, { exact: true }).waitFor();
}

async function getProfile(api: ApiClient, email: string): Promise<{ status: number; body: Profile }> {
  const login = await api.post('/auth/login', { email, password: PASSWORD }).expect(200);
  const res = await api.get('/candidates/me/profile', login.body.accessToken);
  return { status: res.status, body: res.body as Profile };
}

/** A candidate made through the API, with their email (the browser signs in with it). */
async function apiCandidate(api: ApiClient, name: string): Promise<SignedIn & { email: string }> {
  const email = uniqueEmail('web');
  const res = await api.post('/auth/signup/candidate', { name, email, password: PASSWORD }).expect(201);
  return { token: res.body.accessToken, user: res.body.user, email };
}

describe('The web app: a candidate’s account, profile and data, in a real Chromium', () => {
  const platform = new Platform();
  let api: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  }, 180000);
  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
  });

  async function open(locale: string): Promise<Page> {
    context = await newContext(browser, locale, platform.baseUrl);
    page = await context.newPage();
    return page;
  }
  async function expectAccessible(on: Page = page) {
    expect(await accessibilityViolations(on)).toEqual([]);
  }

  async function signInThroughUi(on: Page, email: string, labels: { email: string; password: string; submit: string }) {
    await on.getByLabel(labels.email).fill(email);
    await on.getByLabel(labels.password, { exact: true }).fill(PASSWORD);
    const answered = on.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await on.getByRole('button', { name: labels.submit, exact: true }).click();
    expect((await answered).status()).toBe(200);
  }
  const EN = { email: 'Email address', password: 'Password', submit: 'Sign in' };
  const FR = { email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Se connecter' };

  it('signs up with the keyboard only (Tab and Enter), password rule shown first, and the session survives a reload', async () => {
    await open('fr-BE');
    await page.goto('/');
    await page.getByRole('navigation').getByRole('link', { name: 'Créer un compte' }).click();
    await page.getByRole('heading', { level: 1, name: 'Créer votre compte candidat' }).waitFor();
    const password = page.getByLabel('Mot de passe');
    // The rule is on screen, and read with the field, before any attempt.
    await expect(password.getAttribute('aria-describedby')).resolves.toBe('signup-password-hint');
    await expect(page.getByText(/Au moins 10 caractères/).isVisible()).resolves.toBe(true);
    await expectAccessible();

    const email = uniqueEmail('keyboard');
    await tabTo(page, page.getByLabel('Nom complet'));
    await page.keyboard.type('Camille Clavier');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('court');
    await page.keyboard.press('Enter');
    await page.getByText('Votre mot de passe doit compter au moins 10 caractères.').waitFor();
    await expect(password.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(password.evaluate((el) => el === el.ownerDocument.activeElement)).resolves.toBe(true);
    await expectAccessible();

    await page.keyboard.press('Control+A');
    await page.keyboard.type(PASSWORD);
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/signup/candidate'));
    await page.keyboard.press('Enter');
    expect((await created).status()).toBe(201);
    await page.waitForURL('**/me/profile');
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    // 404 before the first PUT: an empty editor, not an error.
    await page.getByText('Vous n’avez pas encore de profil').waitFor();
    const nav = page.getByRole('navigation', { name: 'Principal' });
    for (const name of ['Mon profil', 'Mes candidatures', 'Mes données']) await nav.getByRole('link', { name }).waitFor();
    await nav.getByRole('button', { name: 'Se déconnecter' }).waitFor();

    const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'));
    await page.reload();
    expect((await refreshed).status()).toBe(200);
    await page.getByRole('heading', { level: 1, name: 'Mon profil' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/me/profile');
    // No token in storage: only the hint that a cookie probably exists.
    const stored = await page.evaluate('JSON.stringify({ ...localStorage })');
    expect(stored).not.toMatch(/eyJ/);
  });

  it('answers a wrong password and an unknown email with the same message, honours next, refuses open redirects, signs out', async () => {
    const carla = await apiCandidate(api, 'Carla Candidate');
    await open('en-GB');
    await page.goto('/signin');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signin-en.png') });

    const messages: string[] = [];
    for (const [email, password] of [[carla.email, 'not the password'], [uniqueEmail('nobody'), PASSWORD]]) {
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      expect((await answered).status()).toBe(401);
      messages.push(await page.getByRole('alert').innerText());
    }
    expect(messages).toEqual(['The email address or the password is wrong.', 'The email address or the password is wrong.']);
    await expectAccessible();

    // An absolute URL in next is ignored: signed in, the candidate stays on this site.
    await page.goto(`/signin?next=${encodeURIComponent('https://evil.example/phish')}`);
    await signInThroughUi(page, carla.email, EN);
    await page.waitForURL(`${platform.baseUrl}/me/profile`);
    for (const next of ['//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '/\t/evil.example']) {
      await page.goto(`/signin?next=${encodeURIComponent(next)}`);
      await page.waitForURL(`${platform.baseUrl}/me/profile`);
    }
    await page.goto(`/signin?next=${encodeURIComponent('/me/data?from=mail#erase')}`);
    await page.waitForURL(`${platform.baseUrl}/me/data?from=mail#erase`);

    const loggedOut = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/logout'));
    await page.getByRole('button', { name: 'Sign out' }).click();
    expect((await loggedOut).status()).toBe(204);
    await page.getByRole('navigation').getByRole('link', { name: 'Sign in' }).waitFor();
    // The cookie was revoked, not only forgotten: a refresh with it now fails.
    const refresh = await page.request.post('/api/v1/auth/refresh', { headers: { Origin: platform.baseUrl } });
    expect(refresh.status()).toBe(401);
    // A screen behind the session sends a visitor to sign in, and back after.
    await page.goto('/me/data');
    await page.waitForURL(`**/signin?next=${encodeURIComponent('/me/data')}`);
    await signInThroughUi(page, carla.email, EN);
    await page.waitForURL('**/me/data');
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
  });

  it('keeps two tabs signed in after both reload at once (refreshes serialized by Web Locks)', async () => {
    const dana = await apiCandidate(api, 'Dana Deux-Onglets');
    await open('en-GB');
    await page.goto('/signin?next=/me/profile');
    await signInThroughUi(page, dana.email, EN);
    await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
    const second = await context.newPage();
    await second.goto('/me/profile');
    await second.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();

    const refreshes: number[] = [];
    for (const p of [page, second]) p.on('response', (r) => r.url().endsWith('/api/v1/auth/refresh') && refreshes.push(r.status()));
    await Promise.all([page.reload(), second.reload()]);
    for (const p of [page, second]) {
      await p.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
      await p.getByText('You have no profile yet').waitFor();
      expect(new URL(p.url()).pathname).toBe('/me/profile');
    }
    // Both tabs traded the cookie, one after the other; a concurrent pair would have been a replay (401, session ended).
    expect(refreshes).toEqual([200, 200]);
    await second.reload();
    await second.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
  });

  it('builds a profile in French with the keyboard only, skills found by their French (and Dutch) names', async () => {
    const eva = await apiCandidate(api, 'Eva Lambert');
    await open('fr-BE');
    await page.goto('/signin');
    await page.getByRole('heading', { level: 1, name: 'Se connecter' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'signin-fr.png') });
    await signInThroughUi(page, eva.email, FR);
    await page.waitForURL('**/me/profile');
    await page.getByText('Vous n’avez pas encore de profil').waitFor();
    await expectAccessible();

    await tabTo(page, page.getByLabel('Titre du profil'));
    await page.keyboard.type('Développeuse back-end Java');
    await tabTo(page, page.getByLabel('Années d’expérience'));
    await page.keyboard.type('7');
    await tabTo(page, page.getByLabel('Niveau d’études'));
    await page.keyboard.type('Master');
    await tabTo(page, page.getByLabel('Pays'));
    await page.keyboard.type('Belg');
    await tabTo(page, page.getByLabel('Ville'));
    await page.keyboard.type('Liège');
    await tabTo(page, page.getByLabel('Mode de travail souhaité'));
    await page.keyboard.type('Hyb');
    await tabTo(page, page.getByLabel('Montant'));
    await page.keyboard.type('4300');

    await tabTo(page, page.getByRole('combobox', { name: 'Ajouter une compétence' }));
    await pickSkillByKeyboard(page, 'Postgres', 'PostgreSQL');
    await pickSkillByKeyboard(page, 'rigueur', 'Rigueur');
    await pickSkillByKeyboard(page, 'travail d’équipe', 'Esprit d\'équipe');
    await pickSkillByKeyboard(page, 'samenwerking', 'Collaboration');
    await pickSkillByKeyboard(page, 'Affinage de fromages', 'Ajouter « Affinage de fromages » comme compétence personnelle', 'Affinage de fromages');
    await expectAccessible();

    // Level of PostgreSQL: Tab into its radio group (on the checked 3), arrow right → 4 "avancé".
    const postgresLevel = page.getByRole('group', { name: 'Niveau en PostgreSQL' });
    await tabTo(page, postgresLevel.getByRole('radio', { name: '3 pratique' }));
    await page.keyboard.press('ArrowRight');
    await expect(postgresLevel.getByRole('radio', { name: '4 avancé' }).isChecked()).resolves.toBe(true);

    await tabTo(page, page.getByRole('button', { name: 'Ajouter une langue' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Niveau dans la langue 1'), { back: true });
    await page.keyboard.type('Langue');
    await tabTo(page, page.getByRole('button', { name: 'Ajouter une langue' }));
    await page.keyboard.press('Enter');
    await tabTo(page, page.getByLabel('Langue 2', { exact: true }), { back: true });
    await page.keyboard.type('anglais');
    await tabTo(page, page.getByLabel('Niveau dans la langue 2'));
    await page.keyboard.type('C1');

    const consent = page.getByRole('switch', { name: /Permettre aux recruteurs de me trouver/ });
    await expect(consent.getAttribute('aria-checked')).resolves.toBe('false');
    await tabTo(page, consent);
    await page.keyboard.press('Space');
    await expect(consent.getAttribute('aria-checked')).resolves.toBe('true');

    await tabTo(page, page.getByRole('button', { name: 'Enregistrer mon profil' }));
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/candidates/me/profile') && r.request().method() === 'PUT');
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await page.getByText('Profil enregistré : révision 1.').waitFor();
    await expectAccessible();
    await page.evaluate('document.activeElement?.blur()');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-fr.png'), fullPage: true });

    const { body: profile } = await getProfile(api, eva.email);
    expect(profile).toMatchObject({
      headline: 'Développeuse back-end Java',
      country: 'BE',
      city: 'Liège',
      remotePreference: 'hybrid',
      yearsExperience: 7,
      educationLevel: 'master',
      salaryExpectation: { amount: 4300, currency: 'EUR', period: 'month' },
      languages: [{ language: 'fr', level: 'native' }, { language: 'en', level: 'C1' }],
      discoverable: true,
      revision: 1,
    });
    expect(profile.skills.map((s) => [s.skillId, s.level])).toEqual([['postgresql', 4], ['rigor', 3], ['teamwork', 3], ['collaboration', 3], [null, 3]]);

    // Survives a reload: the editor is filled from GET.
    await page.reload();
    await expect(page.getByLabel('Titre du profil').inputValue()).resolves.toBe('Développeuse back-end Java');
    await page.getByText(/Révision 1, enregistrée le/).waitFor();

    // The API's validation errors land on the field they name: the same custom skill twice.
    await page.getByRole('combobox', { name: 'Ajouter une compétence' }).fill('affinage de FROMAGES');
    await page.getByRole('option', { name: /Ajouter « affinage de FROMAGES »/ }).click();
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/candidates/me/profile') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Enregistrer mon profil' }).click();
    expect((await refused).status()).toBe(400);
    await page.getByText(/Refusé par le serveur : "affinage de FROMAGES" is the same skill as skills\[4\]/).waitFor();
    await page.getByText('Le profil n’a pas été enregistré : vérifiez les champs signalés en rouge.').waitFor();
    await expectAccessible();
    expect((await getProfile(api, eva.email)).body.revision).toBe(1);

    await page.getByRole('navigation').getByRole('link', { name: 'Mes données' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mes données' }).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-data-fr.png') });
  });

  it('previews a JSON Resume import (mapped and unmapped, nothing saved) before it replaces the profile, in Dutch', async () => {
    const femke = await apiCandidate(api, 'Femke Peeters');
    const before = await putProfile(api, femke, profileBody({ headline: 'Oude titel' }));
    const resume = {
      basics: { name: 'Femke Peeters', label: 'Data engineer', email: 'femke@example.com', location: { city: 'Gent', countryCode: 'BE' } },
      work: [{ name: 'Acme', position: 'Engineer', startDate: 'ooit', endDate: '2024-01' }],
      skills: [{ name: 'Databases', keywords: ['Postgres', 'samenwerking'] }, { name: 'Onderwatermandenvlechten' }],
      languages: [{ language: 'Dutch', fluency: 'Native speaker' }, { language: 'Klingon', fluency: 'Fluent' }],
    };
    await open('nl-BE');
    await page.goto('/signin');
    await signInThroughUi(page, femke.email, { email: 'E-mailadres', password: 'Wachtwoord', submit: 'Aanmelden' });
    await page.waitForURL('**/me/profile');
    await page.getByText(/Versie 1, opgeslagen op/).waitFor();

    const previewed = page.waitForResponse((r) => r.url().endsWith('/json-resume/preview'));
    await page.getByLabel('JSON Resume-bestand (resume.json)').setInputFiles({ name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(resume)) });
    expect((await previewed).status()).toBe(200);
    await page.getByRole('heading', { name: 'Wat deze import zou schrijven' }).waitFor();
    const skills = page.getByRole('list', { name: 'Vaardigheden gevonden in het cv' });
    await skills.getByText(/PostgreSQL/).waitFor();
    await skills.getByText(/Samenwerking/).waitFor();
    await skills.getByText(/Onderwatermandenvlechten · eigen vaardigheid/).waitFor();
    const unmapped = page.getByRole('table', { name: 'Wat het cv vermeldt en niet kon worden overgenomen, met de reden' });
    await expect(unmapped.getByRole('row').count()).resolves.toBeGreaterThan(1);
    await unmapped.getByText('Klingon').waitFor();
    await expectAccessible();
    // Nothing is saved by the preview.
    expect((await getProfile(api, femke.email)).body).toMatchObject({ revision: before.revision, headline: 'Oude titel' });

    const imported = page.waitForResponse((r) => r.url().endsWith('/candidates/me/profile/json-resume'));
    await page.getByRole('button', { name: 'Mijn profiel hierdoor vervangen' }).click();
    expect((await imported).status()).toBe(200);
    await page.getByText(`Je profiel is vervangen door de import: versie ${before.revision + 1}.`).waitFor();
    await expect(page.getByLabel('Titel', { exact: true }).inputValue()).resolves.toBe('Data engineer');
    await expect(page.getByLabel('Stad', { exact: true }).inputValue()).resolves.toBe('Gent');
    const after = (await getProfile(api, femke.email)).body;
    expect(after).toMatchObject({ revision: before.revision + 1, headline: 'Data engineer', city: 'Gent', remotePreference: 'hybrid' });
    expect(after.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(['postgresql', 'collaboration', null]));

    // A file that is not JSON never reaches the API.
    await page.getByLabel('JSON Resume-bestand (resume.json)').setInputFiles({ name: 'resume.json', mimeType: 'application/json', buffer: Buffer.from('{ niet json') });
    await page.getByText('Dit bestand is geen JSON-document.').waitFor();
    await expectAccessible();
  });

  it('the preview route maps like the import, saves nothing, and refuses what the import refuses', async () => {
    const gil = await apiCandidate(api, 'Gil Preview');
    const doc = { basics: { label: 'Platform engineer' }, skills: [{ name: 'Postgres' }, { name: 'Kubernetes' }], work: [{ name: 'X', startDate: 'jamais' }] };
    const preview = await api.post('/candidates/me/profile/json-resume/preview', doc, gil.token).expect(200);
    expect(preview.body.profile).toMatchObject({ headline: 'Platform engineer', discoverable: false });
    expect(preview.body.profile.skills.map((s: { skillId: string | null }) => s.skillId)).toEqual(['postgresql', 'kubernetes']);
    expect(preview.body.unmapped.length).toBeGreaterThan(0);
    expect(preview.body.profile).not.toHaveProperty('revision');
    await api.get('/candidates/me/profile', gil.token).expect(404);

    const saved = await api.post('/candidates/me/profile/json-resume', doc, gil.token).expect(200);
    const { candidateId: _c, revision: _r, updatedAt: _u, discoverableSince: _d, unmapped, ...written } = saved.body;
    expect({ profile: written, unmapped }).toEqual(preview.body);

    await api.post('/candidates/me/profile/json-resume/preview', [], gil.token).expect(400);
    const lone = await api.post('/candidates/me/profile/json-resume/preview', { basics: { name: 'X' }, skills: [{ name: 'Java\uDC00' }] }, gil.token).expect(400);
    expect(lone.body.errors.map((e: { field: string }) => e.field)).toEqual(['skills[0].name']);
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 40; i++) deep = { a: deep };
    await api.post('/candidates/me/profile/json-resume/preview', { basics: deep }, gil.token).expect(400);
    await api.get('/candidates/me/profile', gil.token).expect(200).expect((res) => expect(res.body.revision).toBe(saved.body.revision));
    await api.post('/candidates/me/profile/json-resume/preview', doc).expect(401);
    const org = await api.signupOrganization();
    await api.post('/candidates/me/profile/json-resume/preview', doc, org.token).expect(403);
  });

  it('downloads the export, erases the account after a typed confirmation, and then signing in fails', async () => {
    const hugo = await apiCandidate(api, 'Hugo Efface');
    await putProfile(api, hugo, profileBody({ headline: 'À effacer' }));
    await open('en-GB');
    await page.goto('/signin?next=/me/profile');
    await signInThroughUi(page, hugo.email, EN);
    await page.getByText(/Revision 1, saved on/).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'profile-en.png'), fullPage: true });

    await page.getByRole('navigation').getByRole('link', { name: 'My data' }).click();
    await page.getByRole('heading', { level: 1, name: 'My data' }).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'my-data-en.png') });
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download my data (JSON)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^embauche-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain(hugo.email);
    expect(JSON.stringify(exported)).toContain('À effacer');

    const confirmation = page.getByLabel(`To confirm, type your email address (${hugo.email})`);
    await confirmation.fill('someone@else.example');
    await page.getByRole('button', { name: 'Erase my account for good' }).click();
    await page.getByText('This is not your email address: the account was not erased.').waitFor();
    await expectAccessible();
    expect((await getProfile(api, hugo.email)).status).toBe(200);

    await confirmation.fill(hugo.email.toUpperCase());
    const erased = page.waitForResponse((r) => r.url().endsWith('/api/v1/candidates/me') && r.request().method() === 'DELETE');
    await page.getByRole('button', { name: 'Erase my account for good' }).click();
    expect((await erased).status()).toBe(204);
    await page.waitForURL('**/signin?erased=1');
    await page.getByText('Your account has been erased.', { exact: false }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Sign in' }).waitFor();
    await expectAccessible();

    await page.getByLabel('Email address').fill(hugo.email);
    await page.getByLabel('Password').fill(PASSWORD);
    const refused = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    expect((await refused).status()).toBe(401);
    await page.getByRole('alert').getByText('The email address or the password is wrong.').waitFor();
    await page.reload();
    await page.getByRole('navigation').getByRole('link', { name: 'Sign in' }).waitFor();
  });
});

describe('The web app: sign-in rate limit explained', () => {
  const platform = new Platform({ env: { AUTH_RATE_LIMIT_PER_MINUTE: '2' } });
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    await platform.start();
  }, 180000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await platform.stop();
  });

  it('says how long to wait, from Retry-After', async () => {
    context = await newContext(browser, 'fr-BE', platform.baseUrl);
    const page = await context.newPage();
    await page.goto('/signin');
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 6 && last !== 429; i++) {
      await page.getByLabel('Adresse e-mail').fill('personne@example.com');
      await page.getByLabel('Mot de passe').fill('pas le bon mot de passe');
      const answered = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/login'));
      await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
      const response = await answered;
      last = response.status();
      retryAfter = await response.headerValue('retry-after');
    }
    expect(last).toBe(429);
    const seconds = Number(retryAfter);
    expect(seconds).toBeGreaterThan(0);
    await page.getByRole('alert').getByText(new RegExp(`^Trop de tentatives\\. Réessayez dans ${seconds} secondes?\\.$`)).waitFor();
    // The button waits as long as the API asked.
    await expect(page.getByRole('button', { name: 'Se connecter', exact: true }).isDisabled()).resolves.toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
