import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as docx from 'docx';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accessibilityViolations, isFocused, launchBrowser, signedInContext, tabTo } from './support/browser';
import { ApiClient, ok, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { ROOT } from './support/test-env';

const SCREENSHOTS = path.join(ROOT, '.screenshots');
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', 'cv', name));

interface Draft {
  skills: Array<{ skillId: string; name: string; level: number; tier: string; evidence: Array<{ snippet: string }> }>;
  languages: Array<{ language: string; level: string | null; tier: string }>;
  unknownTerms: Array<{ term: string }>;
}

/** An English CV written as a Word document by the `docx` package, as scripts/cv-fixtures.js does. */
async function englishDocx(): Promise<Buffer> {
  const p = (text: string, heading = false) => new docx.Paragraph({ text, ...(heading ? { heading: docx.HeadingLevel.HEADING_2 } : {}) });
  const children = [
    new docx.Paragraph({ text: 'Noor Vermeulen', heading: docx.HeadingLevel.HEADING_1 }),
    p('Backend developer'),
    p('Antwerp, Belgium'),
    p('Experience', true),
    p('Backend developer at Havenlogistiek, March 2019 – present'),
    p('Built order services in TypeScript on PostgreSQL.'),
    p('Skills', true),
    p('TypeScript, PostgreSQL, Docker, Kubernetes, Quantum Widgets'),
    p('Languages', true),
    p('Dutch — native'),
    p('English — C1'),
  ];
  return docx.Packer.toBuffer(new docx.Document({ creator: 'web-cv-import', title: 'CV', description: 'test', sections: [{ children }] }));
}

describe('The web app: importing a CV into the profile, reviewed item by item, in a real Chromium', () => {
  const platform = new Platform();
  let browser: Browser;
  let context: BrowserContext | undefined;
  let page: Page;
  let api: ApiClient;

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

  async function open(locale: string, who: SignedIn): Promise<Page> {
    context = await signedInContext(browser, locale, platform.baseUrl, who);
    page = await context.newPage();
    await page.goto('/me/profile');
    return page;
  }
  const expectAccessible = async () => expect(await accessibilityViolations(page)).toEqual([]);
  const savedProfile = (who: SignedIn) => ok(api.as(who).GET('/api/v1/candidates/me/profile'), 200);
  /** Uploads through the file input and answers the draft the API sent back. */
  async function upload(label: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<Draft> {
    const answered = page.waitForResponse((r) => r.url().endsWith('/candidates/me/profile/cv'));
    await page.getByLabel(label).setInputFiles(file);
    const res = await answered;
    expect(res.status()).toBe(200);
    return (await res.json()) as Draft;
  }

  it('reviews a Word CV in English: evidence per skill, one unchecked, one level changed; the saved profile has exactly what was kept', async () => {
    const noor = await api.signupCandidate('Noor Vermeulen');
    await open('en-GB', noor);
    await page.getByText('You have no profile yet').waitFor();
    const draft = await upload('CV file (PDF or .docx, ≤ 5 MB, ≤ 10 pages)', {
      name: 'noor.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await englishDocx(),
    });
    await page.getByRole('heading', { name: 'Review what we found' }).waitFor();
    await page.getByText('Nothing is saved until you confirm.', { exact: false }).waitFor();
    expect(draft.skills.map((s) => s.skillId)).toEqual(expect.arrayContaining(['typescript', 'postgresql', 'docker', 'kubernetes']));
    // Each skill with the CV line that produced it, read out with its checkbox.
    const typescript = page.getByRole('checkbox', { name: 'Keep TypeScript' });
    await expect(typescript.isChecked()).resolves.toBe(true);
    const tsEvidence = draft.skills.find((s) => s.skillId === 'typescript')!.evidence[0].snippet;
    await expect(typescript.getAttribute('aria-describedby').then((id) => page.locator(`[id="${id}"]`).innerText())).resolves.toContain(tsEvidence);
    await page.getByText('Quantum Widgets', { exact: true }).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cv-import-review-en.png'), fullPage: true });
    // Nothing stored by the upload.
    await api.get('/candidates/me/profile', noor.token).expect(404);

    await page.getByRole('checkbox', { name: 'Keep Docker' }).uncheck();
    await expect(page.getByLabel('Level of Docker').isDisabled()).resolves.toBe(true);
    await page.getByLabel('Level of TypeScript').selectOption('5');
    await page.getByLabel('Level of English').selectOption('C2');
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/candidates/me/profile') && r.request().method() === 'PUT');
    await page.getByRole('button', { name: 'Add to my profile' }).click();
    expect((await saved).status()).toBe(200);
    await page.getByText('CV items added: version 1.').waitFor();
    await expect(page.getByRole('heading', { name: 'Review what we found' }).count()).resolves.toBe(0);

    const kept = draft.skills.filter((s) => s.tier !== 'weak' && s.skillId !== 'docker');
    const expectedSkills = kept.map((s) => [s.skillId, s.skillId === 'typescript' ? 5 : s.level]).sort();
    const expectedLanguages = draft.languages.filter((l) => l.tier !== 'weak').map((l) => [l.language, l.language === 'en' ? 'C2' : l.level ?? 'B1']).sort();
    const profile = await savedProfile(noor);
    expect(profile.skills.map((s) => [s.skillId, s.level]).sort()).toEqual(expectedSkills);
    expect(profile.skills.map((s) => s.skillId)).not.toContain('docker');
    expect(profile.languages.map((l) => [l.language, l.level]).sort()).toEqual(expectedLanguages);
    expect(profile.languages.map((l) => [l.language, l.level]).sort()).toEqual([['en', 'C2'], ['nl', 'native']]);
    expect(profile).toMatchObject({ city: 'Antwerp', country: 'BE' });
    // The editor shows the saved profile.
    await expect(page.getByLabel('City', { exact: true }).inputValue()).resolves.toBe('Antwerp');

    // A file that is neither PDF nor .docx: the API's 415, said plainly.
    const refused = page.waitForResponse((r) => r.url().endsWith('/candidates/me/profile/cv'));
    await page.getByLabel('CV file (PDF or .docx, ≤ 5 MB, ≤ 10 pages)').setInputFiles({ name: 'cv.docx', mimeType: 'text/plain', buffer: Buffer.from('Just some text, not a CV file.') });
    expect((await refused).status()).toBe(415);
    await page.getByRole('alert').getByText('Not a PDF or Word (.docx) file.').waitFor();
    await expectAccessible();
  });

  it('reviews a PDF CV in French with the keyboard only; Cancel discards, a scanned PDF is explained', async () => {
    const eva = await api.signupCandidate('Eva Lambert');
    await open('fr-BE', eva);
    await page.getByText(/pas encore de profil/).waitFor();
    const label = 'Fichier du CV (PDF ou .docx, ≤ 5 Mo, ≤ 10 pages)';

    // Cancel discards the draft: nothing saved.
    await upload(label, { name: 'cv.pdf', mimeType: 'application/pdf', buffer: fixture('en-one-column.pdf') });
    await page.getByRole('heading', { name: 'Vérifiez ce que nous avons trouvé' }).waitFor();
    await page.getByRole('button', { name: 'Annuler' }).first().click();
    await expect(page.getByRole('heading', { name: 'Vérifiez ce que nous avons trouvé' }).count()).resolves.toBe(0);
    await api.get('/candidates/me/profile', eva.token).expect(404);

    const draft = await upload(label, { name: 'cv.pdf', mimeType: 'application/pdf', buffer: fixture('en-one-column.pdf') });
    await page.getByRole('heading', { name: 'Vérifiez ce que nous avons trouvé' }).waitFor();
    await expectAccessible();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'cv-import-review-fr.png'), fullPage: true });

    // Keyboard only: from the file input, Tab to the first skill, Space unchecks it; Tab to the next
    // skill's level, arrow keys change it; Tab to the confirm button, Enter saves.
    await page.getByLabel(label).focus();
    const [first, second] = draft.skills.filter((s) => s.tier !== 'weak');
    const firstBox = page.getByRole('checkbox', { name: `Garder ${first.name}` });
    await tabTo(page, firstBox);
    await page.keyboard.press('Space');
    await expect(firstBox.isChecked()).resolves.toBe(false);
    const secondLevel = page.getByLabel(`Niveau en ${second.name}`);
    await tabTo(page, secondLevel);
    const newLevel = second.level === 5 ? 4 : second.level + 1;
    await page.keyboard.press(second.level === 5 ? 'ArrowUp' : 'ArrowDown');
    await expect(secondLevel.inputValue()).resolves.toBe(String(newLevel));
    const confirm = page.getByRole('button', { name: 'Ajouter à mon profil' });
    await tabTo(page, confirm);
    expect(await isFocused(confirm)).toBe(true);
    const saved = page.waitForResponse((r) => r.url().endsWith('/api/v1/candidates/me/profile') && r.request().method() === 'PUT');
    await page.keyboard.press('Enter');
    expect((await saved).status()).toBe(200);
    await page.getByText('Éléments du CV ajoutés : version 1.').waitFor();

    const expected = draft.skills
      .filter((s) => s.tier !== 'weak' && s.skillId !== first.skillId)
      .map((s) => [s.skillId, s.skillId === second.skillId ? newLevel : s.level])
      .sort();
    const profile = await savedProfile(eva);
    expect(profile.skills.map((s) => [s.skillId, s.level]).sort()).toEqual(expected);
    expect(profile.languages.map((l) => [l.language, l.level]).sort()).toEqual([['en', 'C1'], ['fr', 'native'], ['nl', 'B1']]);

    // A scanned PDF: the API's 422 cv_no_text, explained.
    const refused = page.waitForResponse((r) => r.url().endsWith('/candidates/me/profile/cv'));
    await page.getByLabel(label).setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: fixture('scanned.pdf') });
    expect((await refused).status()).toBe(422);
    await page.getByRole('alert').getByText('Ce PDF n’a pas de texte (scanné ?).').waitFor();
    await expectAccessible();

    // Issue 16: the language of the emails, saved on the account (PATCH /auth/me).
    await expect(ok(api.as(eva).GET('/api/v1/auth/me'), 200)).resolves.toMatchObject({ language: null });
    await page.getByLabel('Langue des e-mails', { exact: true }).selectOption('nl');
    const patched = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.request().method() === 'PATCH');
    await page.getByRole('button', { name: 'Enregistrer la langue des e-mails' }).click();
    expect((await patched).status()).toBe(200);
    await page.getByText('Enregistré.', { exact: true }).waitFor();
    await expect(ok(api.as(eva).GET('/api/v1/auth/me'), 200)).resolves.toMatchObject({ language: 'nl' });
    await expectAccessible();
  });
});
