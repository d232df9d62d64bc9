import { existsSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { PASSWORD } from './factories';

/** Debian's Chromium (no browser download works here); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without these Chromium keeps dialing hosts this machine refuses (STACK-NOTES); root needs --no-sandbox.
const FLAGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Fails, never skips, when the browser is missing: a green run must have driven a real browser. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  // launch() gives every run a fresh temporary profile (its own --user-data-dir).
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, timeout: 60000 });
}

export async function newContext(browser: Browser, locale: string, baseURL: string): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, baseURL, viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(20000);
  return context;
}

/** WCAG 2.1 A and AA violations on the page as it is now (empty when clean). */
export async function accessibilityViolations(page: Page): Promise<Array<{ id: string; help: string; targets: string[] }>> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}

/** The job board, found the way a person (or a screen reader) finds it: by role and accessible name. */
export class BoardPage {
  constructor(readonly page: Page) {}

  async open(query = ''): Promise<this> {
    await this.page.goto(`/${query}`);
    await this.page.getByRole('heading', { level: 1 }).waitFor();
    return this;
  }

  search(name: string | RegExp) {
    return this.page.getByRole('searchbox', { name });
  }
  card(title: string | RegExp) {
    return this.page.getByRole('link', { name: title });
  }
  cards() {
    return this.page.getByRole('article');
  }
  select(name: string | RegExp) {
    return this.page.getByRole('combobox', { name, exact: true });
  }
  skillInput(name: string | RegExp) {
    return this.page.getByRole('combobox', { name });
  }
  option(name: string | RegExp) {
    return this.page.getByRole('option', { name });
  }
  button(name: string | RegExp) {
    return this.page.getByRole('button', { name });
  }
  heading(name: string | RegExp) {
    return this.page.getByRole('heading', { name });
  }
}

/**
 * A browser context signed in as `who` (or a visitor): the login goes through the API from the
 * context, so the refresh cookie lands in the browser, and the hint the app sets on sign-in is set,
 * so the app restores the session on load. Call once per role and reuse `storageState()` to sign in
 * again for free (storage state per role).
 */
export async function signedInContext(
  browser: Browser,
  locale: string,
  baseURL: string,
  who?: { user: { email: string } },
  password = PASSWORD,
): Promise<BrowserContext> {
  const context = await newContext(browser, locale, baseURL);
  if (!who) return context;
  await context.addInitScript({ content: "localStorage.setItem('embauche.session', '1')" });
  const res = await context.request.post('/api/v1/auth/login', { data: { email: who.user.email, password, session: 'cookie' }, headers: { Origin: baseURL } });
  if (res.status() !== 200) throw new Error(`Sign-in of ${who.user.email} answered ${res.status()}: ${await res.text()}`);
  return context;
}

/** Whether `locator` has the focus. */
export const isFocused = (locator: Locator) => locator.evaluate((el) => el === el.ownerDocument.activeElement);

/** Presses Tab (Shift+Tab with `back`) until `target` has the focus: how a keyboard-only user gets there. */
export async function tabTo(page: Page, target: Locator, { back = false, max = 80 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached ${target}`);
}
