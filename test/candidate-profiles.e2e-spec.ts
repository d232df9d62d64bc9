import { packLanguageCode, packSkillCode } from '@embauche/matching/skill-codes';
import { ApiClient, type SignedIn } from './support/factories';
import { Platform } from './support/platform';
import { problemFields } from './support/postings';
import { profileBody, putProfile, statusCounts, type Profile } from './support/candidates';


describe('Candidate profiles', () => {
  const platform = new Platform();
  let api: ApiClient;

  beforeAll(async () => {
    await platform.start();
    api = new ApiClient(platform.baseUrl);
  }, 60_000);
  afterAll(() => platform.stop(), 60_000);

  const put = (who: SignedIn, body: unknown) => api.put('/candidates/me/profile', body, who.token);
  const getProfile = (who: SignedIn) => api.get('/candidates/me/profile', who.token);
  const dbRevision = async (who: SignedIn): Promise<number | undefined> =>
    (await platform.db.query('SELECT revision FROM candidate_profiles WHERE candidate_id = $1', [who.user.id])).rows[0]?.revision;

  describe('PUT and GET', () => {
    it('answers 404 before the first PUT, then returns what was stored', async () => {
      const carla = await api.signupCandidate();
      problemFields(await getProfile(carla), 404);

      const before = Date.now();
      const res = await put(carla, profileBody()).expect(200);
      const profile = res.body as Profile;
      expect(profile).toEqual({
        candidateId: carla.user.id,
        headline: 'Back-end developer',
        summary: 'Java and PostgreSQL, eight years in logistics.',
        country: 'BE',
        city: 'Liège',
        remotePreference: 'hybrid',
        willingToRelocate: false,
        yearsExperience: 8,
        educationLevel: 'master',
        salaryExpectation: { amount: 4200, currency: 'EUR', period: 'month' },
        skills: [
          { name: 'Java', skillId: 'java', level: 4, years: 6 },
          { name: 'Postgres', skillId: 'postgresql', level: 3 },
          { name: 'SQL', skillId: 'sql', level: 4 },
          { name: 'Git', skillId: 'git', level: 4 },
          { name: "esprit d'équipe", skillId: 'teamwork', level: 4 },
        ],
        languages: [
          { language: 'fr', level: 'native' },
          { language: 'en', level: 'C1' },
        ],
        discoverable: false,
        discoverableSince: null,
        revision: 1,
        updatedAt: expect.any(String),
      });
      expect(Date.parse(profile.updatedAt)).toBeGreaterThanOrEqual(before - 1000);
      expect((await getProfile(carla).expect(200)).body).toEqual(profile);
    });

    it("keeps the candidate's own spelling, resolves aliases in three languages and keeps unknown skills with skillId null", async () => {
      const carla = await api.signupCandidate();
      const profile = await putProfile(
        api,
        carla,
        profileBody({
          skills: [
            { name: '  NodeJS ', level: 5 },
            { name: 'rigueur', level: 3 },
            { name: 'Teamwork', level: 2 },
            { name: 'Zorblax Framework', level: 4, years: 2.5 },
            { name: 'C#' },
          ],
        }),
      );
      expect(profile.skills).toEqual([
        { name: 'NodeJS', skillId: 'nodejs', level: 5 },
        { name: 'rigueur', skillId: 'rigor', level: 3 },
        { name: 'Teamwork', skillId: 'teamwork', level: 2 },
        { name: 'Zorblax Framework', skillId: null, level: 4, years: 2.5 },
        { name: 'C#', skillId: 'csharp', level: null },
      ]);
    });

    it('replaces the whole profile: omitted fields go back to null or their defaults', async () => {
      const carla = await api.signupCandidate();
      await putProfile(api, carla, profileBody({ remotePreference: 'remote', willingToRelocate: true }));
      const res = await put(carla, { skills: [{ name: 'Python', level: 3 }] }).expect(200);
      expect(res.body).toMatchObject({
        headline: null,
        summary: null,
        country: null,
        city: null,
        remotePreference: 'any',
        willingToRelocate: false,
        yearsExperience: null,
        educationLevel: null,
        salaryExpectation: null,
        skills: [{ name: 'Python', skillId: 'python', level: 3 }],
        languages: [],
        discoverable: false,
        revision: 2,
      });
      const empty = await put(carla, {}).expect(200);
      expect(empty.body).toMatchObject({ skills: [], languages: [], revision: 3 });
    });

    it('is for candidates only', async () => {
      const admin = await api.signupOrganization();
      problemFields(await put(admin, profileBody()), 403);
      problemFields(await getProfile(admin), 403);
      problemFields(await api.put('/candidates/me/profile', profileBody()), 401);
    });
  });

  describe('skill codes (what the scorer reads)', () => {
    const storedCodes = async (who: SignedIn): Promise<number[]> =>
      (await platform.db.query('SELECT skill_codes FROM candidate_profiles WHERE candidate_id = $1', [who.user.id])).rows[0].skill_codes;
    const expectedCodes = async (skills: Array<{ skillId: string | null; level?: number | null }>): Promise<number[]> => {
      const { rows } = await platform.db.query<{ id: string; code: number }>('SELECT id, code FROM skills');
      const codes = new Map(rows.map((r) => [r.id, r.code]));
      return skills.map((s) => packSkillCode(s.skillId === null ? undefined : codes.get(s.skillId), s.level));
    };

    it('are kept by the database on every write, exactly as the scorer packs them', async () => {
      const carla = await api.signupCandidate();
      const first = (await put(carla, profileBody()).expect(200)).body as Profile;
      expect(first.skills.length).toBeGreaterThan(3);
      expect(await storedCodes(carla)).toEqual(await expectedCodes(first.skills));
      expect(new Set((await storedCodes(carla)).map((c) => c >> 3)).size).toBe(first.skills.length);

      // A custom skill (no id: −1), a skill without a level (7), a changed order.
      const body = profileBody({
        skills: [{ name: 'Home-made ORM', level: 2 }, { name: 'Kotlin' }, { name: 'Java', level: 5 }],
      });
      const second = (await put(carla, body).expect(200)).body as Profile;
      const codes = await storedCodes(carla);
      expect(codes).toEqual(await expectedCodes(second.skills));
      expect(codes[0]).toBe(-1);
      expect(codes[1] & 7).toBe(7);
      expect(codes[2] & 7).toBe(5);

      // A write that does not touch the skills leaves them right.
      await put(carla, { ...body, headline: 'Kotlin developer' }).expect(200);
      expect(await storedCodes(carla)).toEqual(codes);
    });

    it('include the languages, packed as the scorer packs them', async () => {
      const carla = await api.signupCandidate();
      const languages = [
        { language: 'fr', level: 'native' },
        { language: 'en', level: 'B2' },
        { language: 'nl', level: 'A1' },
      ];
      await put(carla, profileBody({ languages })).expect(200);
      const { rows } = await platform.db.query('SELECT language_codes FROM candidate_profiles WHERE candidate_id = $1', [carla.user.id]);
      expect(rows[0].language_codes).toEqual(languages.map((l) => packLanguageCode(l.language, l.level)));
      expect(rows[0].language_codes.every((c: number) => c >= 0)).toBe(true);
    });

    it('are packed by the database exactly as by the scorer, on inputs the API would refuse too', async () => {
      const languages = [
        { language: 'FR', level: 'C2' },
        { language: 'de', level: 'native' },
        { language: 'fra', level: 'B1' },
        { language: 'e1', level: 'B1' },
        { language: '\u212Aa', level: 'B1' },
        { language: 'en', level: 'b2' },
        { language: 'en', level: 'fluent' },
      ];
      const { rows } = await platform.db.query('SELECT packed_language_codes($1::jsonb) AS codes', [JSON.stringify(languages)]);
      expect(rows[0].codes).toEqual(languages.map((l) => packLanguageCode(l.language, l.level)));

      const skills = [
        { name: 'Java', skillId: 'java', level: 4 },
        { name: 'Java', skillId: 'java', level: null },
        { name: 'Java', skillId: 'java' },
        { name: 'Java', skillId: 'java', level: 2.5 },
        { name: 'Java', skillId: 'java', level: 9 },
        { name: 'Java', skillId: 'java', level: '3' },
        { name: 'Nope', skillId: 'not-a-skill', level: 3 },
        { name: 'Custom', skillId: null, level: 3 },
      ];
      const packedSkills = (await platform.db.query('SELECT packed_skill_codes($1::jsonb) AS codes', [JSON.stringify(skills)])).rows[0].codes;
      const expected = await expectedCodes(skills.map((s) => ({ ...s, level: typeof s.level === 'string' ? 3.5 : s.level })));
      expect(packedSkills).toEqual(expected);
      expect(packedSkills.filter((c: number) => c >= 0)).toHaveLength(3);
    });
  });

  describe('revision', () => {
    it('goes up by exactly one on every change', async () => {
      const carla = await api.signupCandidate();
      const revisions: number[] = [];
      for (let years = 1; years <= 5; years++) revisions.push((await putProfile(api, carla, profileBody({ yearsExperience: years }))).revision);
      expect(revisions).toEqual([1, 2, 3, 4, 5]);
      // Each kind of field counts as a change.
      const changes: Array<Record<string, unknown>> = [
        { headline: 'Senior back-end developer' },
        { summary: 'Another summary' },
        { country: 'FR', city: 'Lille' },
        { remotePreference: 'onsite' },
        { willingToRelocate: true },
        { educationLevel: 'doctorate' },
        { salaryExpectation: { amount: 52000, currency: 'EUR', period: 'year' } },
        { skills: [{ name: 'Java', level: 5 }] },
        { languages: [{ language: 'nl', level: 'B1' }] },
      ];
      let expected = 5;
      for (const change of changes) {
        const profile = await putProfile(api, carla, profileBody({ yearsExperience: 5, ...change }));
        expect(profile.revision).toBe(++expected);
        // ...and going back is a change too.
        expect((await putProfile(api, carla, profileBody({ yearsExperience: 5 }))).revision).toBe(++expected);
      }
      expect(await dbRevision(carla)).toBe(expected);
    });

    it('does not move for a PUT that changes nothing', async () => {
      const carla = await api.signupCandidate();
      const first = await putProfile(api, carla, profileBody());
      await new Promise((r) => setTimeout(r, 20));
      const again = await putProfile(api, carla, profileBody());
      expect(again.revision).toBe(first.revision);
      expect(again.updatedAt).toBe(first.updatedAt);
      // Spelling the same content differently (white space, field order) is still no change.
      const reordered = await putProfile(api, carla, {
        ...profileBody({ headline: '  Back-end developer  ', city: ' Liège' }),
        skills: (profileBody().skills as Array<Record<string, unknown>>).map((s) => ({ ...s, name: ` ${String(s.name)} ` })),
      });
      expect(reordered.revision).toBe(first.revision);
      // Sending back what GET returns (without the server-owned fields) is no change either.
      const { candidateId, revision, updatedAt, discoverableSince, skills, ...content } = (await getProfile(carla).expect(200)).body as Profile;
      void [candidateId, revision, updatedAt, discoverableSince];
      const resent = { ...content, skills: skills.map(({ skillId, ...skill }) => (void skillId, skill)) };
      expect((await put(carla, resent).expect(200)).body.revision).toBe(first.revision);
      expect(await dbRevision(carla)).toBe(first.revision);
    });

    it('does not move when a fractional years of experience is sent again', async () => {
      const carla = await api.signupCandidate();
      const first = await putProfile(api, carla, profileBody({ yearsExperience: 4.123456789 }));
      expect(first.yearsExperience).toBeCloseTo(4.123456789, 2);
      const again = await putProfile(api, carla, profileBody({ yearsExperience: 4.123456789 }));
      expect(again.revision).toBe(first.revision);
      // What the PUT answered is what a later GET reads.
      expect((await getProfile(carla).expect(200)).body).toEqual(first);
    });

    it('gives N simultaneous different PUTs N distinct consecutive revisions', async () => {
      const carla = await api.signupCandidate();
      const base = (await putProfile(api, carla, profileBody({ yearsExperience: 0 }))).revision;
      const n = 12;
      const responses = await Promise.all(Array.from({ length: n }, (_, i) => put(carla, profileBody({ yearsExperience: i + 1 }))));
      expect(statusCounts(responses)).toEqual({ 200: n });
      const revisions = responses.map((r) => r.body.revision as number).sort((a, b) => a - b);
      expect(revisions).toEqual(Array.from({ length: n }, (_, i) => base + 1 + i));
      // The row holds the last writer's content with the last revision.
      const stored = (await getProfile(carla).expect(200)).body as Profile;
      expect(stored.revision).toBe(base + n);
      const last = responses.find((r) => r.body.revision === base + n)!;
      expect(stored.yearsExperience).toBe(last.body.yearsExperience);
    });

    it('serializes simultaneous first PUTs too: revisions 1..N, one row', async () => {
      const carla = await api.signupCandidate();
      const n = 8;
      const responses = await Promise.all(Array.from({ length: n }, (_, i) => put(carla, profileBody({ headline: `Headline ${i}` }))));
      expect(statusCounts(responses)).toEqual({ 200: n });
      expect(responses.map((r) => r.body.revision as number).sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      const rows = await platform.db.query('SELECT revision FROM candidate_profiles WHERE candidate_id = $1', [carla.user.id]);
      expect(rows.rows).toEqual([{ revision: n }]);
    });

    it('counts simultaneous identical PUTs once', async () => {
      const carla = await api.signupCandidate();
      const base = (await putProfile(api, carla, profileBody())).revision;
      const responses = await Promise.all(Array.from({ length: 6 }, () => put(carla, profileBody({ headline: 'The same change' }))));
      expect(statusCounts(responses)).toEqual({ 200: 6 });
      expect(new Set(responses.map((r) => r.body.revision))).toEqual(new Set([base + 1]));
      expect(await dbRevision(carla)).toBe(base + 1);
    });
  });

  describe('duplicate skills', () => {
    it.each([
      ['Postgres', 'PostgreSQL'],
      ['Node.js', 'nodejs'],
      ['teamwork', "esprit d'équipe"],
      ['Zorblax Framework', 'zorblax-framework'],
      ['Java', 'JAVA'],
    ])('refuses %s and %s in one profile with a 400 naming the second', async (first, second) => {
      const carla = await api.signupCandidate();
      const before = await putProfile(api, carla, profileBody());
      const res = await put(carla, profileBody({ skills: [{ name: 'Git', level: 3 }, { name: first, level: 2 }, { name: second, level: 4 }] }));
      expect(problemFields(res, 400)).toEqual(['skills[2].name']);
      expect(res.body.errors[0].message).toContain(first);
      // Nothing was written.
      expect((await getProfile(carla).expect(200)).body).toEqual(before);
    });

    it('keeps skills that only look alike apart (C, C++, C#; Java, JavaScript)', async () => {
      const carla = await api.signupCandidate();
      const profile = await putProfile(api, carla, profileBody({ skills: [{ name: 'C' }, { name: 'C++' }, { name: 'C#' }, { name: 'Java' }, { name: 'JavaScript' }] }));
      expect(profile.skills.map((s) => s.skillId)).toEqual(['c', 'cplusplus', 'csharp', 'java', 'javascript']);
    });
  });

  describe('limits', () => {
    const distinctSkills = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Custom skill ${String(i).padStart(3, '0')}`, level: 3 }));

    it('accepts 200 skills and refuses 201', async () => {
      const carla = await api.signupCandidate();
      const ok = await putProfile(api, carla, profileBody({ skills: distinctSkills(200) }));
      expect(ok.skills).toHaveLength(200);
      expect(problemFields(await put(carla, profileBody({ skills: distinctSkills(201) })), 400)).toEqual(['skills']);
      expect((await getProfile(carla).expect(200)).body.skills).toHaveLength(200);
    });

    it('accepts a 100-character skill name and refuses 101', async () => {
      const carla = await api.signupCandidate();
      await putProfile(api, carla, profileBody({ skills: [{ name: 'x'.repeat(100), level: 1 }] }));
      expect(problemFields(await put(carla, profileBody({ skills: [{ name: 'y'.repeat(101), level: 1 }] })), 400)).toEqual(['skills[0].name']);
    });

    const invalid: Array<[string, Record<string, unknown>, string[]]> = [
      ['level 0', { skills: [{ name: 'Java', level: 0 }] }, ['skills[0].level']],
      ['level 6', { skills: [{ name: 'Java', level: 6 }] }, ['skills[0].level']],
      ['a fractional level', { skills: [{ name: 'Java', level: 2.5 }] }, ['skills[0].level']],
      ['a level as text', { skills: [{ name: 'Java', level: 'expert' }] }, ['skills[0].level']],
      ['years −1', { skills: [{ name: 'Java', level: 3, years: -1 }] }, ['skills[0].years']],
      ['an empty skill name', { skills: [{ name: '   ', level: 3 }] }, ['skills[0].name']],
      ['a skill without a name', { skills: [{ level: 3 }] }, ['skills[0].name']],
      ['yearsExperience −1', { yearsExperience: -1 }, ['yearsExperience']],
      ['an unknown language "xx"', { languages: [{ language: 'xx', level: 'B2' }] }, ['languages[0].language']],
      ['an upper-case language code', { languages: [{ language: 'EN', level: 'B2' }] }, ['languages[0].language']],
      ['a bad CEFR level', { languages: [{ language: 'en', level: 'D1' }] }, ['languages[0].level']],
      ['a language twice', { languages: [{ language: 'en', level: 'B2' }, { language: 'en', level: 'C1' }] }, ['languages[1].language']],
      ['an unknown country "ZZ"', { country: 'ZZ' }, ['country']],
      ['a country name instead of its code', { country: 'Belgium' }, ['country']],
      ['an unknown remote preference', { remotePreference: 'sometimes' }, ['remotePreference']],
      ['an unknown education level', { educationLevel: 'phd' }, ['educationLevel']],
      ['a salary without currency', { salaryExpectation: { amount: 4000, period: 'month' } }, ['salaryExpectation.currency']],
      ['discoverable as a string', { discoverable: 'yes' }, ['discoverable']],
      ['an unknown field', { favouriteColour: 'green' }, ['favouriteColour']],
      ['an unknown field inside a skill', { skills: [{ name: 'Java', level: 3, certified: true }] }, ['skills[0].certified']],
      ['a server-owned field (revision)', { revision: 99 }, ['revision']],
      ['a server-owned field (candidateId)', { candidateId: '00000000-0000-0000-0000-000000000000' }, ['candidateId']],
      ['skills that is not a list', { skills: 'Java' }, ['skills']],
    ];

    it.each(invalid)('refuses %s with a 400 naming the field, and writes nothing', async (_label, change, fields) => {
      const carla = await api.signupCandidate();
      const before = await putProfile(api, carla, profileBody());
      const res = await put(carla, profileBody(change));
      expect(problemFields(res, 400)).toEqual(fields);
      expect((await getProfile(carla).expect(200)).body).toEqual(before);
    });

    it('lists every invalid field at once', async () => {
      const carla = await api.signupCandidate();
      const res = await put(carla, profileBody({ country: 'ZZ', yearsExperience: -3, skills: [{ name: 'Java', level: 9 }], languages: [{ language: 'xx', level: 'Z9' }] }));
      expect(problemFields(res, 400).sort()).toEqual(['country', 'languages[0].language', 'languages[0].level', 'skills[0].level', 'yearsExperience']);
      problemFields(await getProfile(carla), 404); // a refused first PUT creates nothing
    });

    it('refuses malformed JSON with a 400, not a 500', async () => {
      const carla = await api.signupCandidate();
      const res = await api.http().put('/api/v1/candidates/me/profile').set('Authorization', `Bearer ${carla.token}`).set('Content-Type', 'application/json').send('{"headline": ');
      problemFields(res, 400);
    });
  });

  describe('discoverable (consent to sourcing)', () => {
    it('is false by default, records the time of consent, keeps it when omitted and clears it when withdrawn', async () => {
      const carla = await api.signupCandidate();
      const created = await putProfile(api, carla, profileBody());
      expect(created).toMatchObject({ discoverable: false, discoverableSince: null });

      const before = Date.now();
      const consented = await putProfile(api, carla, profileBody({ discoverable: true }));
      const after = Date.now();
      expect(consented).toMatchObject({ discoverable: true, revision: created.revision + 1 });
      expect(Date.parse(consented.discoverableSince!)).toBeGreaterThanOrEqual(before - 1000);
      expect(Date.parse(consented.discoverableSince!)).toBeLessThanOrEqual(after + 1000);

      // Omitted: unchanged, and the time of consent is the original one.
      await new Promise((r) => setTimeout(r, 20));
      const edited = await putProfile(api, carla, profileBody({ headline: 'Edited' }));
      expect(edited).toMatchObject({ discoverable: true, discoverableSince: consented.discoverableSince, revision: consented.revision + 1 });
      // Saying it again is no change.
      const repeated = await putProfile(api, carla, profileBody({ headline: 'Edited', discoverable: true }));
      expect(repeated).toMatchObject({ discoverableSince: consented.discoverableSince, revision: edited.revision });

      const withdrawn = await putProfile(api, carla, profileBody({ headline: 'Edited', discoverable: false }));
      expect(withdrawn).toMatchObject({ discoverable: false, discoverableSince: null, revision: edited.revision + 1 });
      const row = await platform.db.query('SELECT discoverable, discoverable_since FROM candidate_profiles WHERE candidate_id = $1', [carla.user.id]);
      expect(row.rows[0]).toEqual({ discoverable: false, discoverable_since: null });

      // Consent given again is a new time of consent.
      const again = await putProfile(api, carla, profileBody({ headline: 'Edited', discoverable: true }));
      expect(Date.parse(again.discoverableSince!)).toBeGreaterThan(Date.parse(consented.discoverableSince!));
    });

    it('can be given with the first PUT', async () => {
      const carla = await api.signupCandidate();
      const profile = await putProfile(api, carla, profileBody({ discoverable: true }));
      expect(profile).toMatchObject({ discoverable: true, discoverableSince: expect.any(String), revision: 1 });
    });
  });
});
