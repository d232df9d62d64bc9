import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';

/**
 * CV upload through the built API: real PDFs (printed by Chromium) and DOCX files
 * (written by the `docx` package) from test/fixtures/cv, made by scripts/cv-fixtures.js.
 */
const fixture = (name: string) => readFileSync(path.join(__dirname, 'fixtures', 'cv', name));
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const yearsSince = (iso: string) => (Date.now() - Date.parse(iso)) / YEAR_MS;

interface Draft {
  format: string;
  layout: string;
  cvLanguage: string | null;
  headline: string | null;
  city: string | null;
  country: string | null;
  yearsExperience: number | null;
  educationLevel: string | null;
  skills: Array<{ skillId: string; tier: string; level: number; evidence: Array<{ snippet: string; page: number; section: string; tier: string }> }>;
  languages: Array<{ language: string; level: string | null; evidence: Array<{ snippet: string; section: string }> }>;
  unknownTerms: Array<{ term: string }>;
}

describe('POST /candidates/me/profile/cv', () => {
  const platform = new Platform();
  let api: ApiClient;
  let candidate: SignedIn;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
    candidate = await api.signupCandidate();
  });
  afterAll(() => platform.stop(), 60_000);

  const upload = (file: Buffer, filename: string, token = candidate.token, contentType = 'application/octet-stream') =>
    api.post('/candidates/me/profile/cv', undefined, token).attach('file', file, { filename, contentType });
  const draftOf = async (name: string): Promise<Draft> => {
    const res = await upload(fixture(name), name);
    expect(res.status).toBe(200);
    return res.body as Draft;
  };
  const skillIds = (draft: Draft) => draft.skills.map((s) => s.skillId).sort();
  const language = (draft: Draft, code: string) => draft.languages.find((l) => l.language === code);

  it('reads an English one-column PDF into a draft with evidence, and stores nothing', async () => {
    const draft = await draftOf('en-one-column.pdf');
    expect(draft).toMatchObject({ format: 'pdf', layout: 'one-column', cvLanguage: 'en', headline: 'Senior Backend Developer', city: 'Brussels', country: 'BE', educationLevel: 'master' });
    // Jan 2020 – present and 06/2016 – 03/2020 overlap: one period from June 2016.
    expect(draft.yearsExperience).toBeCloseTo(yearsSince('2016-06-01'), 0);
    expect(skillIds(draft)).toEqual(expect.arrayContaining(['typescript', 'nestjs', 'postgresql', 'aws', 'docker', 'kubernetes', 'php', 'symfony', 'go', 'rust', 'graphql']));
    // "ready to go", "a spring in Java (the island)": ordinary words in prose are not skills.
    expect(skillIds(draft)).not.toEqual(expect.arrayContaining(['java']));
    expect(skillIds(draft)).not.toContain('spring');
    const go = draft.skills.find((s) => s.skillId === 'go')!;
    expect(go.evidence).toEqual([expect.objectContaining({ section: 'skills', page: 1, tier: 'strong', snippet: expect.stringContaining('Go') })]);
    const postgres = draft.skills.find((s) => s.skillId === 'postgresql')!;
    expect(postgres.evidence[0]).toMatchObject({ section: 'experience', snippet: expect.stringContaining('PostgreSQL') });
    expect(draft.unknownTerms.map((t) => t.term)).toContain('Quantum Widgets');
    expect(language(draft, 'fr')?.level).toBe('native');
    expect(language(draft, 'en')?.level).toBe('C1');
    expect(language(draft, 'nl')?.level).toBe('B1');
    expect(language(draft, 'en')?.evidence[0]).toMatchObject({ section: 'languages', snippet: 'English — C1' });

    await api.get('/candidates/me/profile', candidate.token).expect(404);
  });

  it('reads a two-column PDF column by column', async () => {
    const draft = await draftOf('two-column.pdf');
    expect(draft.layout).toBe('two-column');
    expect(skillIds(draft)).toEqual(expect.arrayContaining(['react', 'vue', 'python', 'django', 'swift', 'figma']));
    // The sidebar's skills are one list: Swift counts there, in its skills section.
    expect(draft.skills.find((s) => s.skillId === 'swift')?.evidence[0].section).toBe('skills');
    expect(draft.languages.map((l) => [l.language, l.level]).sort()).toEqual([['en', 'C1'], ['fr', 'B1'], ['nl', 'native']]);
    expect(draft).toMatchObject({ city: 'Ghent', country: 'BE', educationLevel: 'bachelor' });
    expect(draft.yearsExperience).toBeCloseTo(yearsSince('2017-09-01'), 0);
  });

  it('reads a French PDF: Compétences, Langues, "anglais courant", "aujourd\'hui"', async () => {
    const draft = await draftOf('fr.pdf');
    expect(draft).toMatchObject({ cvLanguage: 'fr', city: 'Lyon', country: 'FR', educationLevel: 'master' });
    expect(skillIds(draft)).toEqual(expect.arrayContaining(['java', 'spring', 'spring-boot', 'hibernate', 'docker', 'jenkins', 'kafka', 'postgresql']));
    expect(language(draft, 'en')?.level).toBe('C1');
    expect(language(draft, 'de')?.level).toBe('A1');
    expect(draft.yearsExperience).toBeCloseTo(yearsSince('2015-01-01'), 0);
  });

  it('reads a Dutch PDF: Vaardigheden, Talen, "moedertaal", "heden"', async () => {
    const draft = await draftOf('nl.pdf');
    expect(draft).toMatchObject({ cvLanguage: 'nl', city: 'Antwerpen', country: 'BE', educationLevel: 'bachelor', headline: 'DevOps-engineer' });
    expect(skillIds(draft)).toEqual(expect.arrayContaining(['linux', 'bash', 'python', 'prometheus', 'gitlab-ci', 'terraform', 'ansible', 'azure']));
    expect(draft.languages.map((l) => [l.language, l.level]).sort()).toEqual([['en', 'C1'], ['fr', 'B2'], ['nl', 'native']]);
  });

  it('reads a Dutch Word document', async () => {
    const draft = await draftOf('nl.docx');
    expect(draft).toMatchObject({ format: 'docx', cvLanguage: 'nl', city: 'Leuven', country: 'BE', educationLevel: 'master' });
    expect(skillIds(draft)).toEqual(expect.arrayContaining(['python', 'sql', 'pandas', 'r', 'tableau', 'airflow', 'dbt', 'snowflake']));
    expect(draft.unknownTerms.map((t) => t.term)).toContain('Kettle Pentaho');
    expect(language(draft, 'en')?.level).toBe('C1');
  });

  describe('refusals, each a problem+json with a code', () => {
    const refused = async (res: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string) => {
      expect({ status: res.status, code: res.body.code }).toEqual({ status, code });
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ status, type: `https://embauche.dev/problems/${code}`, code, detail: expect.any(String) });
    };

    it('a scanned PDF without text: 422 saying so', async () => {
      const res = await upload(fixture('scanned.pdf'), 'scan.pdf');
      await refused(res, 422, 'cv_no_text');
      expect(res.body.detail).toMatch(/scanned/);
    });

    it('a zip bomb dressed as .docx: 413 before anything is inflated', async () => {
      await refused(await upload(fixture('zip-bomb.docx'), 'cv.docx'), 413, 'cv_docx_too_large');
    });

    it('a renamed executable: 415, whatever its name and declared type', async () => {
      const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(4096, 1)]);
      await refused(await upload(elf, 'cv.pdf', candidate.token, 'application/pdf'), 415, 'cv_unsupported_type');
      const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0)]);
      await refused(await upload(exe, 'cv.docx'), 415, 'cv_unsupported_type');
    });

    it('an oversized file: 413', async () => {
      const big = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(6 * 1024 * 1024, 0x20)]);
      await refused(await upload(big, 'big.pdf'), 413, 'cv_too_large');
    });

    it('more than 10 pages: 422', async () => {
      await refused(await upload(fixture('eleven-pages.pdf'), 'long.pdf'), 422, 'cv_too_many_pages');
    });

    it('a damaged PDF: 422', async () => {
      await refused(await upload(Buffer.from('%PDF-1.7\nnot really a pdf'), 'x.pdf'), 422, 'cv_unreadable');
    });

    it('no file, or two files: 400', async () => {
      await refused(await api.post('/candidates/me/profile/cv', { file: 'x' }, candidate.token), 400, 'cv_file_missing');
      const two = api.post('/candidates/me/profile/cv', undefined, candidate.token).attach('file', fixture('fr.pdf'), 'a.pdf').attach('other', fixture('nl.pdf'), 'b.pdf');
      await refused(await two, 400, 'cv_too_many_files');
    });

    it('only candidates may upload: 401 without a token, 403 for an organization member', async () => {
      const admin = await api.signupOrganization();
      expect((await upload(fixture('fr.pdf'), 'cv.pdf', admin.token)).status).toBe(403);
      expect((await api.http().post('/api/v1/candidates/me/profile/cv').attach('file', fixture('fr.pdf'), 'cv.pdf')).status).toBe(401);
    });
  });
});
