import type { Schema } from '@embauche/api-client';
import { ApiClient } from './support/factories';
import { Platform } from './support/platform';
import { problemFields } from './support/postings';

type Skill = Schema<'SkillResponse'>;
type Resolved = Schema<'ResolvedSkillResponse'>;

// The e2e project's testTimeout is not applied (see the report); API start-up plus argon2 sign-ups can exceed Jest's 5 s default under load.

describe('Skills taxonomy and job-profile templates', () => {
  const platform = new Platform();
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  });
  afterAll(() => platform.stop());

  const search = async (query: string): Promise<Skill[]> => {
    const res = await api.get(`/skills?${query}`).expect(200);
    return res.body.items as Skill[];
  };
  const ids = (skills: Skill[]) => skills.map((s) => s.id);

  describe('GET /skills', () => {
    it('lists the whole taxonomy to anyone, without a token: ≥150 technical skills and the soft skills', async () => {
      const all = await search('');
      const technical = all.filter((s) => s.kind === 'technical');
      const soft = all.filter((s) => s.kind === 'soft');
      expect(technical.length).toBeGreaterThanOrEqual(150);
      expect(ids(soft)).toEqual(expect.arrayContaining(['rigor', 'teamwork', 'communication', 'autonomy', 'problem-solving']));
      expect(new Set(ids(all)).size).toBe(all.length);
      for (const s of all) {
        expect(s).toEqual({ id: expect.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/), kind: expect.stringMatching(/^(technical|soft)$/), category: expect.any(String), label: expect.any(String), aliases: expect.any(Array) });
      }
    });

    it('finds a skill by its label, whatever the case', async () => {
      expect(ids(await search('q=PostgreSQL'))[0]).toBe('postgresql');
      expect(ids(await search('q=postgresql'))[0]).toBe('postgresql');
      expect(ids(await search('q=Docker'))).toContain('docker');
    });

    it('finds a skill by an alias in English, French or Dutch, and lists its aliases', async () => {
      const en = await search(`q=${encodeURIComponent('team spirit')}`);
      expect(ids(en)[0]).toBe('teamwork');
      const fr = await search(`q=${encodeURIComponent("travail d'équipe")}`);
      expect(ids(fr)[0]).toBe('teamwork');
      const nl = await search('q=teamgeest');
      expect(ids(nl)[0]).toBe('teamwork');
      expect(nl[0].aliases).toEqual(expect.arrayContaining(['team spirit', "travail d'équipe", 'teamgeest']));
      expect(ids(await search('q=postgres'))[0]).toBe('postgresql');
      expect(ids(await search('q=sgbdr'))).toEqual(['sql']); // French alias of a technical skill
      expect(ids(await search(`q=${encodeURIComponent('relationele databases')}`))).toContain('sql'); // Dutch alias
    });

    it('searches accent- and punctuation-insensitively', async () => {
      expect(ids(await search(`q=${encodeURIComponent("ESPRIT D'EQUIPE")}`))[0]).toBe('teamwork');
      expect(ids(await search(`q=${encodeURIComponent('Node.JS')}`))[0]).toBe('nodejs');
    });

    it('picks the label language with lang (English by default)', async () => {
      const label = async (lang: string) => (await search(`q=teamwork${lang ? `&lang=${lang}` : ''}`)).find((s) => s.id === 'teamwork')?.label;
      expect(await label('fr')).toBe("Esprit d'équipe");
      expect(await label('nl')).toBe('Teamwerk');
      expect(await label('en')).toBe('Teamwork');
      expect(await label('')).toBe('Teamwork');
      const rigor = (await search('q=rigueur&lang=fr'))[0];
      expect(rigor).toMatchObject({ id: 'rigor', kind: 'soft', label: 'Rigueur' });
    });

    it('filters by kind', async () => {
      const soft = await search('kind=soft');
      expect(soft.length).toBeGreaterThan(0);
      expect(soft.every((s) => s.kind === 'soft')).toBe(true);
      expect(ids(soft)).toContain('teamwork');
      const technical = await search('kind=technical');
      expect(technical.every((s) => s.kind === 'technical')).toBe(true);
      expect(ids(technical)).toEqual(expect.arrayContaining(['postgresql', 'java', 'nodejs']));
      expect(ids(technical)).not.toContain('teamwork');
      // kind and q combine
      expect(ids(await search('q=teamwork&kind=technical'))).not.toContain('teamwork');
      expect(ids(await search('q=postgres&kind=soft'))).toEqual([]);
    });

    it('answers a search that matches nothing with an empty list', async () => {
      expect(await search('q=zzzqqqxxx')).toEqual([]);
    });

    it('refuses an unknown kind or lang with 400 naming the parameter', async () => {
      expect(problemFields(await api.get('/skills?lang=de'), 400)).toContain('lang');
      expect(problemFields(await api.get('/skills?kind=hard'), 400)).toContain('kind');
      expect(problemFields(await api.get(`/skills?q=${'a'.repeat(500)}`), 400)).toContain('q');
    });
  });

  describe('POST /skills/resolve', () => {
    const resolve = async (names: string[], lang?: string): Promise<Resolved[]> => {
      const res = await api.post(`/skills/resolve${lang ? `?lang=${lang}` : ''}`, { names }).expect(200);
      expect(res.body.items.map((i: Resolved) => i.input)).toEqual(names); // input order, inputs echoed verbatim
      return res.body.items as Resolved[];
    };
    const skillIds = async (names: string[]) => (await resolve(names)).map((i) => i.skillId);

    it('resolves the examples of the contract, in input order, with labels', async () => {
      const items = await resolve(['NodeJS', 'Postgres', 'rigueur', "esprit d'équipe", 'teamwork', 'node', 'Node.js', 'no such skill at all']);
      expect(items).toEqual([
        { input: 'NodeJS', skillId: 'nodejs', label: 'Node.js' },
        { input: 'Postgres', skillId: 'postgresql', label: 'PostgreSQL' },
        { input: 'rigueur', skillId: 'rigor', label: 'Rigor' },
        { input: "esprit d'équipe", skillId: 'teamwork', label: 'Teamwork' },
        { input: 'teamwork', skillId: 'teamwork', label: 'Teamwork' },
        { input: 'node', skillId: 'nodejs', label: 'Node.js' },
        { input: 'Node.js', skillId: 'nodejs', label: 'Node.js' },
        { input: 'no such skill at all', skillId: null, label: null },
      ]);
    });

    it('labels in the requested language', async () => {
      expect(await resolve(['rigueur', 'teamwork'], 'fr')).toEqual([
        { input: 'rigueur', skillId: 'rigor', label: 'Rigueur' },
        { input: 'teamwork', skillId: 'teamwork', label: "Esprit d'équipe" },
      ]);
      expect((await resolve(['teamwork'], 'nl'))[0].label).toBe('Teamwerk');
    });

    it('knows aliases in French, English and Dutch', async () => {
      expect(await skillIds(['travail en équipe', 'team player', 'teamgeest', 'rigoureuse', 'zorgvuldigheid', 'gestion de versions', 'versiebeheer'])).toEqual([
        'teamwork',
        'teamwork',
        'teamwork',
        'rigor',
        'rigor',
        'git',
        'git',
      ]);
    });

    it('is case-, accent-, white-space- and punctuation-insensitive', async () => {
      expect(await skillIds(['POSTGRESQL', '  postgres  ', 'NODE.JS', 'node-js', 'Node JS', 'ESPRIT D’ÉQUIPE', 'esprit d equipe', 'Rigueür', 'travail   d’équipe'])).toEqual([
        'postgresql',
        'postgresql',
        'nodejs',
        'nodejs',
        'nodejs',
        'teamwork',
        'teamwork',
        'rigor',
        'teamwork',
      ]);
    });

    it('never confuses Java with JavaScript', async () => {
      expect(await skillIds(['Java', 'JavaScript', 'java script', 'JS', 'JAVA'])).toEqual(['java', 'javascript', 'javascript', 'javascript', 'java']);
    });

    it('tells C, C++ and C# apart', async () => {
      const [c, cpp, csharp, cSharpWords] = await skillIds(['C', 'C++', 'C#', 'c sharp']);
      expect(c).toBe('c');
      expect(csharp).toBe('csharp');
      expect(cSharpWords).toBe('csharp');
      expect(cpp).not.toBeNull();
      expect(new Set([c, cpp, csharp]).size).toBe(3);
      expect(await skillIds(['c+', 'c##'])).toEqual([null, null]); // near misses are not rounded to a neighbour
    });

    it('matches whole tokens only: "Go" is Go, "good" is nothing; "R" is R and nothing else', async () => {
      expect(await skillIds(['Go', 'golang', 'good', 'going', 'Google'])).toEqual(['go', 'go', null, null, null]);
      const [r, rust, react, ruby, rd] = await skillIds(['R', 'Rust', 'React', 'Ruby', 'R&D']);
      expect(r).toBe('r');
      expect([rust, react, ruby]).toEqual([expect.any(String), expect.any(String), 'ruby']);
      expect([rust, react, ruby]).not.toContain('r');
      expect(rd).not.toBe('r');
    });

    it('answers an empty-looking name with null rather than an error', async () => {
      expect(await skillIds(['', '   ', '!!!'])).toEqual([null, null, null]);
    });

    it('keeps duplicates and their order', async () => {
      expect(await skillIds(['git', 'Postgres', 'git'])).toEqual(['git', 'postgresql', 'git']);
    });

    it('accepts exactly 200 names', async () => {
      const names = Array.from({ length: 200 }, (_, i) => (i % 2 ? 'java' : `custom ${i}`));
      const items = await resolve(names);
      expect(items).toHaveLength(200);
      expect(items[1].skillId).toBe('java');
      expect(items[0].skillId).toBeNull();
    });

    it('answers bad bodies with 400 naming the field', async () => {
      expect(problemFields(await api.post('/skills/resolve', { names: 'java' }), 400)).toContain('names');
      expect(problemFields(await api.post('/skills/resolve', { names: [1, 2] }), 400)).toEqual(expect.arrayContaining([expect.stringMatching(/^names/)]));
      expect(problemFields(await api.post('/skills/resolve', {}), 400)).toContain('names');
      expect(problemFields(await api.post('/skills/resolve', { names: Array.from({ length: 201 }, () => 'java') }), 400)).toContain('names');
      expect(problemFields(await api.post('/skills/resolve', { names: ['java'], lang: 'fr' }), 400)).toContain('lang'); // lang is a query parameter, not a body field
      expect(problemFields(await api.post('/skills/resolve', { names: ['java'], extra: true }), 400)).toContain('extra');
      expect(problemFields(await api.post('/skills/resolve?lang=de', { names: ['java'] }), 400)).toContain('lang');
      const malformed = await api.http().post('/api/v1/skills/resolve').set('content-type', 'application/json').send('{"names": [');
      problemFields(malformed, 400);
    });
  });

  describe('GET /job-templates', () => {
    const list = async (lang?: string) => {
      const res = await api.get(`/job-templates${lang ? `?lang=${lang}` : ''}`).expect(200);
      return res.body.items as Array<{ id: string; title: string; summary: string }>;
    };

    it('lists the Back-End Developer template in French (gender-inclusive), English and Dutch ("(m/v/x)")', async () => {
      const fr = (await list('fr')).find((t) => t.id === 'backend-developer');
      const en = (await list('en')).find((t) => t.id === 'backend-developer');
      const nl = (await list('nl')).find((t) => t.id === 'backend-developer');
      expect(fr?.title).toMatch(/Développeur/);
      expect(fr?.title).toMatch(/Développeuse|·e|\(H\/F\)|\(F\/H\)/); // names both genders
      expect(en?.title).toMatch(/Back-End Developer/i);
      expect(nl?.title).toContain('(m/v/x)');
      for (const t of [fr, en, nl]) expect(t?.summary).toEqual(expect.stringMatching(/\S{10}/));
      expect(new Set([fr?.summary, en?.summary, nl?.summary]).size).toBe(3);
      expect((await list())[0]).toBeDefined();
      expect((await list()).find((t) => t.id === 'backend-developer')?.title).toBe(en?.title); // English by default
    });

    it('refuses an unknown lang with 400', async () => {
      expect(problemFields(await api.get('/job-templates?lang=de'), 400)).toContain('lang');
      expect(problemFields(await api.get('/job-templates/backend-developer?lang=xx'), 400)).toContain('lang');
    });
  });

  describe('GET /job-templates/{id}', () => {
    it('returns the whole template in French: missions, requirements, salary bands for BE (month) and FR (year)', async () => {
      const res = await api.get('/job-templates/backend-developer?lang=fr').expect(200);
      const t = res.body;
      expect(t.id).toBe('backend-developer');
      expect(t.title).toMatch(/Développeur/);
      expect(t.summary).toEqual(expect.any(String));
      expect(t.missions.length).toBeGreaterThanOrEqual(3);
      expect(t.missions.join(' ')).toMatch(/concevoir|développer|analyser/i); // written in French
      expect(t.requirements).toEqual(expect.any(Object));
      // The "any one of" group and the must-haves are part of the template's requirements.
      const text = JSON.stringify(t.requirements);
      expect(text).toContain(JSON.stringify(['java', 'python', 'php', 'ruby', 'nodejs']));
      expect(text).toMatch(/"sql"/);
      expect(text).toMatch(/"git"/);

      const band = (country: string, seniority: string) => t.salaryBands.find((b: { country: string; seniority: string }) => b.country === country && b.seniority === seniority);
      for (const seniority of ['junior', 'mid', 'senior']) {
        expect(band('BE', seniority)).toMatchObject({ currency: 'EUR', period: 'month' });
        expect(band('FR', seniority)).toMatchObject({ currency: 'EUR', period: 'year' });
      }
      expect(band('BE', 'mid')).toMatchObject({ min: 3800, max: 4500, derived: true });
      expect(band('FR', 'mid')).toMatchObject({ derived: true });
      expect(band('BE', 'junior')).toMatchObject({ derived: false });
      expect(band('FR', 'senior')).toMatchObject({ derived: false });
      for (const b of t.salaryBands) expect(b.min).toBeLessThanOrEqual(b.max);
      // Bands of one country rise with seniority.
      for (const country of ['BE', 'FR']) {
        expect(band(country, 'junior').max).toBeLessThanOrEqual(band(country, 'mid').min);
        expect(band(country, 'mid').max).toBeLessThanOrEqual(band(country, 'senior').min);
      }
    });

    it('gives the texts in the requested language', async () => {
      const [fr, en, nl] = await Promise.all(['fr', 'en', 'nl'].map((lang) => api.get(`/job-templates/backend-developer?lang=${lang}`).expect(200)));
      expect(nl.body.title).toContain('(m/v/x)');
      expect(en.body.missions).toHaveLength(fr.body.missions.length);
      expect(en.body.missions).not.toEqual(fr.body.missions);
      expect(nl.body.missions).not.toEqual(fr.body.missions);
      expect(en.body.salaryBands).toEqual(fr.body.salaryBands); // the numbers do not depend on the language
    });

    it('answers an unknown template with a 404 problem', async () => {
      problemFields(await api.get('/job-templates/no-such-template?lang=fr'), 404);
      problemFields(await api.get('/job-templates/Backend-Developer'), 404);
    });
  });
});
