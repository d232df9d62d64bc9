import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, newContext, signedInContext, tabTo } from './support/browser';
import { ApiClient, PASSWORD, uniqueEmail } from './support/factories';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

const SCREENSHOTS = path.join(ROOT, '.screenshots');

/**
 * The organization's own administration in a real Chromium: an organization signs up in the
 * browser, its admin adds a hiring manager and a recruiter (the recruiter by keyboard only),
 * changes a role, deactivates a member (who then cannot sign in), and switches blind review in
 * French; axe finds nothing on any of these screens.
 */
describe('The web app: organization sign-up, members and settings', () => {
  const platform = new Platform();
  let api: ApiClient;
  let browser: Browser;
  let context: BrowserContext;
  const admin = { name: 'Alice Admin', email: uniqueEmail('alice') };
  const manager = { name: 'Hugo Manager', email: uniqueEmail('hugo') };
  const recruiter = { name: 'Rita Recruiter', email: uniqueEmail('rita') };

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

  async function openAs(locale: string, email?: string): Promise<Page> {
    context = email ? await signedInContext(browser, locale, platform.baseUrl, { user: { email } }) : await newContext(browser, locale, platform.baseUrl);
    return context.newPage();
  }

  const row = (page: Page, name: string) => page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${name}`) }) });

  it('signs an organization up from the sign-in page’s link and lands on its postings', async () => {
    const page = await openAs('en-GB');
    await page.goto('/signin');
    await page.getByRole('link', { name: 'Hiring? Create your organization' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create your organization' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Create the organization' }).click();
    await page.getByText('Enter the organization’s name.').waitFor(); // checked before sending
    await page.getByLabel('Organization name').fill('Brasserie Admin SRL');
    await page.getByLabel('Your full name').fill(admin.name);
    await page.getByLabel('Your work email address').fill(admin.email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-signup-en.png') });
    await page.getByRole('button', { name: 'Create the organization' }).click();
    await page.waitForURL(/\/org\/postings$/);
    await page.getByRole('link', { name: 'Members' }).waitFor();

    const login = await api.post('/auth/login', { email: admin.email, password: PASSWORD }).expect(200);
    expect(login.body.user).toMatchObject({ role: 'admin', name: admin.name });
    expect((await api.get('/organization', login.body.accessToken).expect(200)).body.name).toBe('Brasserie Admin SRL');
  });

  it('adds a hiring manager, and a recruiter by keyboard only; a taken email is shown on its field', async () => {
    const page = await openAs('en-GB', admin.email);
    await page.goto('/org/members');
    await page.getByRole('heading', { level: 1, name: 'Members' }).waitFor();
    await row(page, admin.name).waitFor();
    // The only admin's own row offers nothing that would leave the organization without one.
    expect(await row(page, admin.name).getByRole('button').count()).toBe(0);
    expect(await row(page, admin.name).getByRole('combobox').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByLabel('Full name').fill(manager.name);
    await form.getByLabel('Email address').fill(manager.email);
    await form.getByLabel('Initial password').fill(PASSWORD);
    await form.getByLabel('Role', { exact: true }).selectOption('hiring_manager');
    await form.getByRole('button', { name: 'Add the member' }).click();
    await page.getByText(`${manager.name} has been added.`, { exact: false }).waitFor();
    await row(page, manager.name).getByText('Active').waitFor();

    // The same email again: the API's 409 lands on the email field.
    await form.getByLabel('Full name').fill('Someone Else');
    await form.getByLabel('Email address').fill(manager.email.toUpperCase());
    await form.getByLabel('Initial password').fill(PASSWORD);
    await form.getByRole('button', { name: 'Add the member' }).click();
    const email = form.getByLabel('Email address');
    await form.getByText('An account already uses this email address.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(email)).toBe(true);
    await form.getByLabel('Full name').fill('');
    await email.fill('');
    await form.getByLabel('Initial password').fill('');

    // Keyboard only: Tab into the form, type, pick the role with the arrow keys, Enter.
    const name = form.getByLabel('Full name');
    await page.getByRole('heading', { level: 1, name: 'Members' }).click();
    await tabTo(page, name);
    await page.keyboard.type(recruiter.name);
    await page.keyboard.press('Tab');
    expect(await isFocused(email)).toBe(true);
    await page.keyboard.type(recruiter.email);
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByLabel('Initial password'))).toBe(true);
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Tab');
    const role = form.getByLabel('Role', { exact: true });
    expect(await isFocused(role)).toBe(true);
    expect(await role.inputValue()).toBe('recruiter'); // the default
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByRole('button', { name: 'Add the member' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(`${recruiter.name} has been added.`, { exact: false }).waitFor();
    await row(page, recruiter.name).waitFor();
    expect(await row(page, recruiter.name).getByRole('combobox', { name: `Role of ${recruiter.name}` }).inputValue()).toBe('recruiter');
    expect(await name.inputValue()).toBe(''); // the form is ready for the next one

    const list = await api.get('/organization/members', (await api.post('/auth/login', { email: admin.email, password: PASSWORD })).body.accessToken).expect(200);
    expect(list.body.items.map((m: { name: string; role: string; active: boolean }) => [m.name, m.role, m.active])).toEqual([
      [admin.name, 'admin', true],
      [manager.name, 'hiring_manager', true],
      [recruiter.name, 'recruiter', true],
    ]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-members-en.png'), fullPage: true });
  });

  it('changes a role and deactivates a member after confirming (keyboard), who can then no longer sign in', async () => {
    const page = await openAs('en-GB', admin.email);
    await page.goto('/org/members');
    const hugo = row(page, manager.name);
    await hugo.getByRole('combobox', { name: `Role of ${manager.name}` }).selectOption('recruiter');
    await hugo.getByRole('button', { name: `Save the role of ${manager.name}` }).click();
    await page.getByText(`${manager.name} is now Recruiter.`).waitFor();

    // Deactivate Rita with the keyboard: Escape cancels and gives focus back, then confirm.
    const deactivate = row(page, recruiter.name).getByRole('button', { name: `Deactivate ${recruiter.name}` });
    await deactivate.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: `Deactivate ${recruiter.name}?` });
    await dialog.waitFor();
    expect(await isFocused(dialog.getByRole('button', { name: 'Cancel' }))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(deactivate)).toBe(true);
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    expect(await isFocused(dialog.getByRole('button', { name: 'Deactivate' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.getByText(`${recruiter.name} is deactivated and has been signed out.`).waitFor();
    await row(page, recruiter.name).getByText('Deactivated').waitFor();
    await row(page, recruiter.name).getByRole('button', { name: `Reactivate ${recruiter.name}` }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const signin = await openAsSecond('en-GB');
    await signin.goto('/signin');
    await signin.getByLabel('Email address').fill(recruiter.email);
    await signin.getByLabel('Password').fill(PASSWORD);
    await signin.getByRole('button', { name: 'Sign in' }).click();
    await signin.getByRole('alert').filter({ hasText: 'The email address or the password is wrong.' }).waitFor();
    expect(signin.url()).toMatch(/\/signin$/);

    // Reactivated (a neutral confirmation), they sign in again.
    await row(page, recruiter.name).getByRole('button', { name: `Reactivate ${recruiter.name}` }).click();
    const reactivate = page.getByRole('dialog', { name: `Reactivate ${recruiter.name}?` });
    await reactivate.getByRole('button', { name: 'Reactivate' }).click();
    await page.getByText(`${recruiter.name} can sign in again.`).waitFor();
    await row(page, recruiter.name).getByText('Active').waitFor();
    await signin.getByLabel('Password').fill(PASSWORD);
    await signin.getByRole('button', { name: 'Sign in' }).click();
    await signin.waitForURL((url) => !url.pathname.startsWith('/signin'));
    await signin.getByRole('link', { name: 'Job postings' }).waitFor();
  });

  it('switches blind review in French, explained, and the choice persists', async () => {
    const page = await openAs('fr-BE', admin.email);
    await page.goto('/org/settings');
    await page.getByRole('heading', { level: 1, name: 'Paramètres de l’organisation' }).waitFor();
    const blind = page.getByRole('switch', { name: /Évaluation à l’aveugle/ });
    expect(await blind.getAttribute('aria-checked')).toBe('false');
    expect(await page.getByText(/jusqu’à l’étape « entretien »|passe à l’étape « entretien »/).count()).toBe(1);
    expect(await page.getByLabel('Nom de l’organisation').inputValue()).toBe('Brasserie Admin SRL');
    expect(await accessibilityViolations(page)).toEqual([]);
    await blind.click();
    expect(await blind.getAttribute('aria-checked')).toBe('true');
    await page.getByRole('button', { name: 'Enregistrer les paramètres' }).click();
    await page.getByText('Paramètres enregistrés.').waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-settings-fr.png'), fullPage: true });

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Paramètres de l’organisation' }).waitFor();
    const again = page.getByRole('switch', { name: /Évaluation à l’aveugle/ });
    await page.waitForFunction(() => document.querySelector('[role="switch"]')?.getAttribute('aria-checked') === 'true');
    expect(await again.getAttribute('aria-checked')).toBe('true');
    const token = (await api.post('/auth/login', { email: admin.email, password: PASSWORD }).expect(200)).body.accessToken;
    expect((await api.get('/organization', token).expect(200)).body.blindReview).toBe(true);
  });

  /** A second, signed-out context beside the admin's (closed with the test's). */
  let second: BrowserContext | undefined;
  async function openAsSecond(locale: string): Promise<Page> {
    second = await newContext(browser, locale, platform.baseUrl);
    return second.newPage();
  }
  afterEach(() => second?.close());
});
