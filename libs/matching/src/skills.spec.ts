import { compilePosting as compileCustom, scoreCandidate as scoreCustom } from './index';
import { fakeTaxonomy as customTaxonomy } from './testing/fixtures';
import { compilePosting, scoreCandidate, type CandidateForScoring, type PostingForScoring, type SkillItemExplanation } from './index';
import { candidate, fakeTaxonomy, has, req, subScoreOf, withRequirements } from './testing/fixtures';

function score(p: PostingForScoring, c: CandidateForScoring, taxonomy = fakeTaxonomy()) {
  return scoreCandidate(compilePosting(p, taxonomy), c);
}

function firstItem(p: PostingForScoring, c: CandidateForScoring, taxonomy = fakeTaxonomy()): SkillItemExplanation {
  const item = score(p, c, taxonomy).breakdown.items[0];
  if (item.type !== 'skill') throw new Error('expected a skill item');
  return item;
}

describe('skill items', () => {
  describe('importance weights (must 3, important 2, nice 1)', () => {
    const p = withRequirements({ skills: [req(['java'], 'must'), req(['python'], 'important'), req(['php'], 'nice')] });

    it('weighs the must item 3 out of 6', () => {
      // technical = (3×1 + 2×0 + 1×0) / (3+2+1) = 0.5
      const r = score(p, candidate({ skills: [has('java')] }));
      expect(subScoreOf(r, 'technicalSkills')).toBe(0.5);
      // score = 100 × (55×0.5 + 5×1 [experience] + 5×1 [location]) / (55+5+5) = 3750/65 = 57.6923… → 57.69
      expect(r.score).toBe(57.69);
    });

    it('weighs important 2 and nice 1', () => {
      // (0 + 2 + 1) / 6 = 0.5 ; nice alone: 1/6
      expect(subScoreOf(score(p, candidate({ skills: [has('python'), has('php')] })), 'technicalSkills')).toBe(0.5);
      expect(subScoreOf(score(p, candidate({ skills: [has('php')] })), 'technicalSkills')).toBeCloseTo(1 / 6, 12);
    });
  });

  describe('anyOf', () => {
    const p = withRequirements({ skills: [req(['java', 'python'], 'must', 4)] });

    it('takes the best skill of the list', () => {
      // java 2/4 = 0.5, python 4 ≥ 4 → 1: best is python
      const item = firstItem(p, candidate({ skills: [has('java', 2), has('python', 4)] }));
      expect(item).toMatchObject({ credit: 1, matchedSkill: { skillId: 'python' }, how: 'exact' });
    });

    it('takes the best level when no skill reaches the minimum', () => {
      // java 3/4 = 0.75 beats python 2/4 = 0.5
      const item = firstItem(p, candidate({ skills: [has('python', 2), has('java', 3)] }));
      expect(item).toMatchObject({ credit: 0.75, levelFactor: 0.75, candidateLevel: 3, matchedSkill: { skillId: 'java' } });
    });
  });

  describe('exact, alias, related', () => {
    it('reports the label or the id as exact and another spelling as alias, both with match 1', () => {
      const p = withRequirements({ skills: [req(['postgresql'])] });
      const spelled = (name: string) => firstItem(p, candidate({ skills: [{ name, skillId: 'postgresql', level: 3 }] }));
      expect(spelled('PostgreSQL')).toMatchObject({ how: 'exact', strength: 1, credit: 1 });
      expect(spelled('postgresql')).toMatchObject({ how: 'exact', strength: 1, credit: 1 });
      expect(spelled('Postgres')).toMatchObject({ how: 'alias', strength: 1, credit: 1, matchedSkill: { name: 'Postgres' } });
    });

    it.each([
      // [required, candidate's skill, strength from the taxonomy]
      ['sql', 'postgresql', 0.9],
      ['sql', 'mysql', 0.9],
      ['postgresql', 'mysql', 0.6],
      ['cassandra', 'mongodb', 0.5],
      ['nodejs', 'typescript', 0.5],
      ['nodejs', 'javascript', 0.5],
      ['nodejs', 'express', 0.8],
      ['nodejs', 'nestjs', 0.8],
    ])('credits %s by a related %s at %d', (required, held, strength) => {
      const item = firstItem(withRequirements({ skills: [req([required])] }), candidate({ skills: [has(held)] }));
      expect(item).toMatchObject({ how: 'related', relatedTo: required, strength, credit: strength, matchedSkill: { skillId: held } });
    });

    it('multiplies a relation by the level factor', () => {
      // sql minLevel 4, PostgreSQL at level 2: 0.9 × 2/4 = 0.45
      const item = firstItem(withRequirements({ skills: [req(['sql'], 'must', 4)] }), candidate({ skills: [has('postgresql', 2)] }));
      expect(item.credit).toBeCloseTo(0.45, 12);
      expect(item).toMatchObject({ how: 'related', strength: 0.9, levelFactor: 0.5, candidateLevel: 2 });
    });

    it('prefers the skill itself over a relation to another skill of the same item', () => {
      // anyOf [sql, postgresql]: PostgreSQL is asked itself (1), and also relates to sql (0.9)
      const item = firstItem(withRequirements({ skills: [req(['sql', 'postgresql'])] }), candidate({ skills: [has('postgresql')] }));
      expect(item).toMatchObject({ how: 'exact', strength: 1, credit: 1 });
      expect(item.relatedTo).toBeUndefined();
    });

    it('lets a strong related skill beat the skill itself at a low level', () => {
      // Node.js at 2 of 4 → 0.5 ; NestJS at 5 → 0.8 × 1 = 0.8
      const item = firstItem(
        withRequirements({ skills: [req(['nodejs'], 'must', 4)] }),
        candidate({ skills: [has('nodejs', 2), has('nestjs', 5)] }),
      );
      expect(item).toMatchObject({ how: 'related', credit: 0.8, matchedSkill: { skillId: 'nestjs' } });
    });

    it('keeps the strongest of duplicate relations and clamps strengths to 1', () => {
      const taxonomy = fakeTaxonomy([
        { from: 'docker', to: 'git', strength: 0.3 },
        { from: 'docker', to: 'git', strength: 0.7 },
        { from: 'cobol', to: 'java', strength: 1.5 },
      ]);
      const p = withRequirements({ skills: [req(['git']), req(['java'])] });
      const r = score(p, candidate({ skills: [has('docker'), has('cobol')] }), taxonomy);
      expect(r.breakdown.items.map((i) => i.credit)).toEqual([0.7, 1]);
    });
  });

  describe('level factor', () => {
    const p = withRequirements({ skills: [req(['java'], 'important', 4)] });
    it.each([
      [5, 1], // above the minimum: 1
      [4, 1], // at the minimum: 1
      [3, 0.75], // 3/4
      [1, 0.25], // 1/4
    ])('level %d of 4 → %d', (level, factor) => {
      expect(firstItem(p, candidate({ skills: [has('java', level)] }))).toMatchObject({ levelFactor: factor, credit: factor });
    });

    it('counts a skill without a level as level 3', () => {
      // 3/4 = 0.75, whether the level is null or missing
      expect(firstItem(p, candidate({ skills: [has('java', null)] }))).toMatchObject({ candidateLevel: 3, credit: 0.75 });
      expect(firstItem(p, candidate({ skills: [{ name: 'Java', skillId: 'java' }] }))).toMatchObject({ credit: 0.75 });
    });
  });

  describe('technical and soft skills', () => {
    it('scores soft items in their own criterion', () => {
      const p = withRequirements({ skills: [req(['java']), req(['rigor'])] });
      const r = score(p, candidate({ skills: [has('rigor')] }));
      expect(subScoreOf(r, 'technicalSkills')).toBe(0);
      expect(subScoreOf(r, 'softSkills')).toBe(1);
      // 100 × (55×0 + 15×1 + 5 + 5) / (55+15+5+5) = 2500/80 = 31.25
      expect(r.score).toBe(31.25);
    });

    it('counts an item mixing soft and technical skills as technical', () => {
      const r = score(withRequirements({ skills: [req(['rigor', 'java'])] }), candidate({ skills: [has('rigor')] }));
      expect(r.breakdown.items[0]).toMatchObject({ criterion: 'technicalSkills', credit: 1 });
      expect(subScoreOf(r, 'softSkills')).toBeNull();
    });

    it('leaves a criterion with no items out', () => {
      const r = score(withRequirements({ skills: [req(['rigor'])] }), candidate());
      expect(r.breakdown.criteria.find((c) => c.criterion === 'technicalSkills')).toMatchObject({ included: false, weight: 0, points: 0 });
    });
  });

  describe('custom skills (unknown to the taxonomy)', () => {
    const p = withRequirements({ skills: [req(['kubernetesoperators'], 'must', 4)] });

    it('are technical and match a free-text skill by its folded key, as exact', () => {
      const item = firstItem(p, candidate({ skills: [{ name: 'Kubernetes Operators', skillId: null, level: 4 }] }));
      expect(item).toMatchObject({ criterion: 'technicalSkills', how: 'exact', credit: 1, matchedSkill: { skillId: null } });
    });

    it('apply the level factor', () => {
      // level 2 of 4 → 0.5
      const item = firstItem(p, candidate({ skills: [{ name: 'kubernetes-operators', skillId: null, level: 2 }] }));
      expect(item.credit).toBe(0.5);
    });

    it('do not match a different text', () => {
      expect(firstItem(p, candidate({ skills: [{ name: 'Kubernetes', skillId: null }] })).matchedSkill).toBeNull();
    });
  });

  describe('which skill is reported among equal credits', () => {
    const p = withRequirements({ skills: [req(['postgresql'])] });
    const alias = { name: 'Postgres', skillId: 'postgresql', level: 3 };
    const exact = { name: 'PostgreSQL', skillId: 'postgresql', level: 3 };

    it('prefers exact over alias whatever the order', () => {
      expect(firstItem(p, candidate({ skills: [alias, exact] })).how).toBe('exact');
      expect(firstItem(p, candidate({ skills: [exact, alias] })).how).toBe('exact');
    });

    it('prefers the higher level when both reach the minimum', () => {
      const high = { ...exact, level: 5 };
      expect(firstItem(p, candidate({ skills: [exact, high] })).candidateLevel).toBe(5);
      expect(firstItem(p, candidate({ skills: [high, exact] })).candidateLevel).toBe(5);
    });

    it('prefers the smaller skill id among equal relations', () => {
      // sql ← mysql 0.9 and postgresql 0.9: mysql < postgresql
      const q = withRequirements({ skills: [req(['sql'])] });
      expect(firstItem(q, candidate({ skills: [has('postgresql'), has('mysql')] })).matchedSkill?.skillId).toBe('mysql');
      expect(firstItem(q, candidate({ skills: [has('mysql'), has('postgresql')] })).matchedSkill?.skillId).toBe('mysql');
    });
  });

  it('reports an unmatched item with no skill and no credit', () => {
    const item = firstItem(withRequirements({ skills: [req(['java'], 'nice')] }), candidate({ skills: [has('cobol')] }));
    expect(item).toEqual({
      type: 'skill',
      criterion: 'technicalSkills',
      anyOf: ['java'],
      importance: 'nice',
      importanceWeight: 1,
      minLevel: 3,
      matchedSkill: null,
      how: null,
      strength: 0,
      candidateLevel: null,
      levelFactor: 0,
      credit: 0,
      met: null,
    });
  });
});

describe('custom skills stored as readable text', () => {
  it('matches a candidate skill by key, whatever the spelling', () => {
    const compiled = compileCustom(
      {
        requirements: { skills: [{ anyOf: ['home made orm'], minLevel: 3, importance: 'must' }], languages: [], minYearsExperience: 0 },
        seniority: 'junior',
        country: 'BE',
        city: 'Liège',
        remotePolicy: 'remote',
        salary: null,
      },
      customTaxonomy(),
    );
    const result = scoreCustom(compiled, {
      candidateId: 'c1', country: 'BE', city: 'Liège', remotePreference: 'any', willingToRelocate: false, yearsExperience: 1, salaryExpectation: null,
      skills: [{ name: 'Home-Made ORM', skillId: null, level: 4 }], languages: [],
    });
    expect(result.mustHavesMet).toBe(true);
    expect(result.score).toBe(100);
  });
});
