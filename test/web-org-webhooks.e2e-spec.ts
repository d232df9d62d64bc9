import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext, tabTo } from './support/browser';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { createPublished } from './support/postings';
import { ROOT } from './support/test-env';
import { verified, waitFor, WebhookReceiver } from './support/webhook-receiver';

const SCREENSHOTS = path.join(ROOT, '.screenshots');
jest.setTimeout(120_000);

/**
 * The organization's webhooks screen in a real Chromium, against a real API and worker delivering
 * to a receiver in this process: an admin adds an endpoint (the API's refusal of a URL lands on the
 * field), sees its secret once, an event published through the API is delivered and shows in the
 * log with its attempt, is replayed (the receiver gets it again, same webhook-id), the secret is
 * rotated (French), the endpoint edited, disabled and deleted; another is added by keyboard only;
 * a recruiter gets the 403 page. axe finds nothing on any state, dialogs included.
 */
describe('The web app: organization webhooks', () => {
  // Private addresses allowed: the receiver listens on 127.0.0.1. Fast retries and polling.
  const platform = new Platform({ worker: true, env: { WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true', WEBHOOK_RETRY_SCHEDULE_MS: '0,300,600', NOTIFICATIONS_POLL_MS: '50' } });
  let api: ApiClient;
  let receiver: WebhookReceiver;
  let browser: Browser;
  let context: BrowserContext;
  let admin: SignedIn;
  let firstSecret: string;
  const hookPath = '/hooks/embauche';
  let hookUrl: string;

  beforeAll(async () => {
    [browser, receiver] = await Promise.all([launchBrowser(), WebhookReceiver.start(), platform.start()]);
    api = new ApiClient(platform.baseUrl);
    admin = await api.signupOrganization('Webhooks Brewery');
    hookUrl = receiver.url(hookPath);
  }, 180000);

  afterEach(() => context?.close());
  afterAll(async () => {
    await browser?.close();
    await platform.stop();
    await receiver?.stop();
  });

  async function openAs(locale: string, who: SignedIn): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: platform.baseUrl });
    return context.newPage();
  }

  const endpointItem = (page: Page, url: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: url, exact: true }) });
  const endpointsOf = async () => (await api.get('/webhook-endpoints', admin.token).expect(200)).body.items as Array<{ id: string; url: string; description: string; eventTypes: string[]; enabled: boolean }>;

  it('adds an endpoint (a refused URL on its field), shows the secret once, logs a delivery and replays it', async () => {
    const page = await openAs('en-GB', admin);
    await page.goto('/org/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    await page.getByText('No endpoint yet: add one below.').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);

    const form = page.getByRole('form', { name: 'Add an endpoint' });
    const url = form.getByLabel('Endpoint URL');
    // Checked before sending: a URL and an event type are needed.
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await form.getByText('Enter the endpoint’s URL.').waitFor();
    await form.getByText('Choose at least one event type.').waitFor();
    expect(await isFocused(url)).toBe(true);

    // The API refuses a non-http(s) URL: its 400 lands on the URL field.
    await url.fill('ftp://files.example.com/hook');
    await form.getByRole('checkbox', { name: /posting\.published/ }).check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await form.getByText('Enter an absolute https (or http) URL, without a user name or password.').waitFor();
    expect(await url.getAttribute('aria-invalid')).toBe('true');
    expect(await isFocused(url)).toBe(true);
    expect(await endpointsOf()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);

    await url.fill(hookUrl);
    await form.getByLabel('Description (optional)').fill('ATS sync');
    await form.getByRole('checkbox', { name: /application\.created/ }).check();
    await form.getByRole('button', { name: 'Add the endpoint' }).click();

    const secretBox = page.getByRole('region', { name: 'The endpoint’s signing secret' });
    await secretBox.getByText('Copy it now: you will not see it again.').waitFor();
    firstSecret = (await secretBox.getByTestId('webhook-secret').textContent()) ?? '';
    expect(firstSecret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    await secretBox.getByRole('button', { name: 'Copy the secret' }).click();
    await secretBox.getByText('Secret copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(firstSecret);
    expect(await accessibilityViolations(page)).toEqual([]);

    const item = endpointItem(page, hookUrl);
    await item.getByText('ATS sync', { exact: true }).waitFor();
    await item.getByText('Enabled', { exact: true }).waitFor();
    expect(await item.getByRole('listitem').allTextContents()).toEqual(['application.created', 'posting.published']);
    const [stored] = await endpointsOf();
    expect(stored).toMatchObject({ url: hookUrl, description: 'ATS sync', eventTypes: ['application.created', 'posting.published'], enabled: true });

    // An event through the API: the worker delivers it, signed with the secret shown.
    const posting = await createPublished(api, admin.token);
    await item.getByRole('button', { name: `Show the deliveries of ${hookUrl}` }).click();
    const log = page.getByRole('region', { name: `Deliveries of ${hookUrl}` });
    const delivery = log.getByRole('listitem').filter({ hasText: 'posting.published' });
    await delivery.getByText('Delivered', { exact: true }).waitFor();
    await delivery.getByText('1 attempt', { exact: true }).waitFor();
    await delivery.getByRole('table', { name: 'Attempts of posting.published' }).getByRole('cell', { name: '204', exact: true }).waitFor();
    const first = receiver.at(hookPath);
    expect(first).toHaveLength(1);
    expect(verified(firstSecret, first[0])).toMatchObject({ type: 'posting.published', data: { jobPostingId: posting.id } });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-webhooks-en.png'), fullPage: true });

    // Replay: 202, the receiver gets it again with the same webhook-id, and the log shows the second attempt.
    await delivery.getByRole('button', { name: 'Replay the posting.published delivery' }).click();
    await log.getByText('The posting.published delivery is sent again (same webhook-id).').waitFor();
    const again = await waitFor('the replayed delivery', () => receiver.at(hookPath), (r) => r.length === 2);
    expect(again[1].headers['webhook-id']).toBe(again[0].headers['webhook-id']);
    expect(verified(firstSecret, again[1]).type).toBe('posting.published');
    // A replay starts the retry schedule again (attempts count from 0) and the log keeps every attempt.
    await delivery.getByRole('table').getByRole('row').nth(2).waitFor(); // header + 2 attempts
    expect(await delivery.getByRole('table').getByRole('cell', { name: '204', exact: true }).count()).toBe(2);
    await delivery.getByText('Delivered', { exact: true }).waitFor();

    // A receiver that fails: the card says since when (every attempt has failed), and the log shows the 503 excerpt.
    receiver.on('/hooks/down', () => ({ status: 503, body: 'maintenance' }));
    const downUrl = receiver.url('/hooks/down');
    await url.fill(downUrl);
    await form.getByRole('checkbox', { name: /posting\.closed/ }).check(); // not a type of the first endpoint
    await form.getByRole('button', { name: 'Add the endpoint' }).click();
    await secretBox.getByText(`For ${downUrl}`).waitFor();
    await api.post(`/job-postings/${posting.id}/close`, undefined, admin.token).expect(200);
    const down = endpointItem(page, downUrl);
    await down.getByRole('button', { name: `Show the deliveries of ${downUrl}` }).click();
    await page
      .getByRole('region', { name: `Deliveries of ${downUrl}` })
      .getByRole('cell', { name: 'maintenance' })
      .first()
      .waitFor();
    await page.reload();
    await down.getByText('Failing since', { exact: true }).waitFor();
    await down.getByText(/every attempt since has failed/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await down.getByRole('button', { name: `Delete ${downUrl}` }).click();
    await page.getByRole('dialog', { name: `Delete ${downUrl}?` }).getByRole('button', { name: 'Delete', exact: true }).click();
    await page.getByText(`${downUrl} is deleted, with its delivery log.`).waitFor();

    // Shown once: after a reload the secret is nowhere on the page.
    await page.reload();
    await endpointItem(page, hookUrl).waitFor();
    expect(await page.getByText(firstSecret).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'The endpoint’s signing secret' }).count()).toBe(0);
  });

  it('rotates the secret, edits, disables and deletes the endpoint after confirming (French)', async () => {
    const page = await openAs('fr-BE', admin);
    await page.goto('/org/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).waitFor();
    const item = endpointItem(page, hookUrl);
    await item.getByText('Activé', { exact: true }).waitFor();

    const rotate = item.getByRole('button', { name: `Renouveler le secret de ${hookUrl}` });
    await rotate.click();
    const rotateDialog = page.getByRole('dialog', { name: 'Renouveler le secret de ATS sync ?' });
    await rotateDialog.getByText(/L’ancien continue de signer les requêtes pendant 24 heures/).waitFor();
    expect(await isFocused(rotateDialog.getByRole('button', { name: 'Annuler' }))).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await rotateDialog.getByRole('button', { name: 'Renouveler', exact: true }).click();
    const secretBox = page.getByRole('region', { name: 'Le nouveau secret de signature du point de terminaison' });
    await secretBox.getByText('Copiez-le maintenant : vous ne le reverrez plus.').waitFor();
    await secretBox.getByText('L’ancien secret continue de signer les requêtes, avec celui-ci, pendant 24 heures.').waitFor();
    const newSecret = (await secretBox.getByTestId('webhook-secret').textContent()) ?? '';
    expect(newSecret).toMatch(/^whsec_/);
    expect(newSecret).not.toBe(firstSecret);
    await item.getByText(/signe encore jusqu’au/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'org-webhooks-rotated-fr.png'), fullPage: true });

    // The next delivery verifies with the new secret (and with the previous one, for 24 h).
    await createPublished(api, admin.token);
    const received = await waitFor('the delivery after the rotation', () => receiver.at(hookPath), (r) => r.length === 3);
    expect(verified(newSecret, received[2]).type).toBe('posting.published');
    expect(verified(firstSecret, received[2]).type).toBe('posting.published');

    // Edit: the description and the event types.
    await item.getByRole('button', { name: `Modifier ${hookUrl}` }).click();
    const edit = page.getByRole('form', { name: `Modifier ${hookUrl}` });
    await edit.getByLabel('Description (facultative)').fill('Synchronisation ATS');
    await edit.getByRole('checkbox', { name: /application\.created/ }).uncheck();
    await edit.getByRole('checkbox', { name: /posting\.published/ }).uncheck();
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await edit.getByText('Choisissez au moins un type d’événement.').waitFor();
    await edit.getByRole('checkbox', { name: /posting\.closed/ }).check();
    expect(await accessibilityViolations(page)).toEqual([]);
    await edit.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText(`${hookUrl} est enregistré.`).waitFor();
    await item.getByText('Synchronisation ATS', { exact: true }).waitFor();
    expect(await item.getByRole('listitem').allTextContents()).toEqual(['posting.closed']);

    // Disable: the API keeps it, nothing is delivered to it; the log offers no replay.
    await item.getByRole('button', { name: `Désactiver ${hookUrl}` }).click();
    await page.getByText(`${hookUrl} est désactivé : rien ne lui est livré tant que vous ne le réactivez pas.`).waitFor();
    await item.getByText('Désactivé', { exact: true }).waitFor();
    await item.getByRole('button', { name: `Activer ${hookUrl}` }).waitFor();
    expect((await endpointsOf())[0]).toMatchObject({ description: 'Synchronisation ATS', eventTypes: ['posting.closed'], enabled: false });
    await item.getByRole('button', { name: `Afficher les livraisons de ${hookUrl}` }).click();
    const log = page.getByRole('region', { name: `Livraisons de ${hookUrl}` });
    await log.getByRole('listitem').first().getByText('Livrée', { exact: true }).waitFor();
    expect(await log.getByRole('button', { name: /^Renvoyer/ }).count()).toBe(0);

    // Delete: Escape cancels and gives focus back, then confirm.
    const remove = item.getByRole('button', { name: `Supprimer ${hookUrl}` });
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Supprimer Synchronisation ATS ?' });
    await dialog.getByText(/C’est définitif/).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect(await isFocused(remove)).toBe(true);
    await remove.click();
    await dialog.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.getByText(`${hookUrl} est supprimé, avec son journal de livraisons.`).waitFor();
    await page.getByText('Aucun point de terminaison pour l’instant : ajoutez-en un ci-dessous.').waitFor();
    expect(await endpointsOf()).toEqual([]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('adds an endpoint with the keyboard only (Tab, Space, Enter)', async () => {
    const page = await openAs('en-GB', admin);
    await page.goto('/org/webhooks');
    await page.getByText('No endpoint yet: add one below.').waitFor();
    const form = page.getByRole('form', { name: 'Add an endpoint' });
    const url = form.getByLabel('Endpoint URL');
    await page.getByRole('heading', { level: 1, name: 'Webhooks' }).click();
    await tabTo(page, url);
    await page.keyboard.type(receiver.url('/hooks/keyboard'));
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByLabel('Description (optional)'))).toBe(true);
    await page.keyboard.type('Keyboard hook');
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByRole('checkbox', { name: /application\.created/ }))).toBe(true);
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await isFocused(form.getByRole('checkbox', { name: /match\.scored/ }))).toBe(true);
    await page.keyboard.press('Space');
    await tabTo(page, form.getByRole('button', { name: 'Add the endpoint' }));
    await page.keyboard.press('Enter');
    const secretBox = page.getByRole('region', { name: 'The endpoint’s signing secret' });
    await secretBox.getByText('Copy it now: you will not see it again.').waitFor();
    expect(await isFocused(secretBox)).toBe(true); // the secret takes focus: read at once
    await endpointItem(page, receiver.url('/hooks/keyboard')).getByText('Keyboard hook', { exact: true }).waitFor();
    expect(await endpointsOf()).toEqual([
      expect.objectContaining({ url: receiver.url('/hooks/keyboard'), description: 'Keyboard hook', eventTypes: ['application.created', 'match.scored'], enabled: true }),
    ]);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('a recruiter gets the 403 page on /org/webhooks', async () => {
    const recruiter = await api.addMember(admin, 'recruiter', 'Rita Recruiter');
    const page = await openAs('en-GB', recruiter);
    await page.goto('/org/webhooks');
    await page.getByRole('heading', { level: 1, name: 'Not for your account' }).waitFor();
    expect(await page.getByRole('form', { name: 'Add an endpoint' }).count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await api.get('/webhook-endpoints', recruiter.token).expect(403);
  });
});
