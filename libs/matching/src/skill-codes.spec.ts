/**
 * Packed skill codes are a faster way to the same numbers: scoring a profile
 * with them must give exactly what scoring it by id strings gives, whatever
 * the codes (including codes the posting's taxonomy does not know, and lists
 * that do not match the profile).
 */
import fc from 'fast-check';
import { compilePosting, scoreCandidate, scoreFast, type CandidateForScoring, type CandidateSkill, type ScoringTaxonomy } from './index';
import { languageCode, packLanguageCode, packSkillCode, unpackLevel } from './skill-codes';
import { candidateArb, postingArb, relationsArb } from './testing/arbitraries';
import { candidate, FAKE_SKILLS, fakeTaxonomy, has, lang, req, speaks, withRequirements } from './testing/fixtures';

/** Codes as a database would number the fake taxonomy (from 1, any order). */
const CODES = new Map(Object.keys(FAKE_SKILLS).map((id, i) => [id, 7 * i + 3]));

function withCodes(taxonomy: ScoringTaxonomy, codes: ReadonlyMap<string, number> = CODES): ScoringTaxonomy {
  return { ...taxonomy, codes };
}

function packed(c: CandidateForScoring, codes: ReadonlyMap<string, number> = CODES): CandidateForScoring {
  return {
    ...c,
    skillCodes: c.skills.map((s) => packSkillCode(s.skillId === null ? undefined : codes.get(s.skillId), s.level)),
    languageCodes: c.languages.map((l) => packLanguageCode(l.language, l.level)),
  };
}

/** Levels beyond what the API accepts (it refuses them; the scorer must still agree with itself). */
const oddLevel = fc.constantFrom<number | null | undefined>(undefined, null, 0, 1, 5, 6, 7, 2.5, -1);
const oddLanguage = fc.record({
  language: fc.constantFrom('fr', 'FR', 'Fr', 'fra', 'e', '\u212Aa', 'é1'),
  level: fc.constantFrom('A1', 'C2', 'native', 'b2', 'fluent', ''),
});

function withLevel(skill: CandidateSkill, level: number | null | undefined): CandidateSkill {
  const { level: _old, ...rest } = skill;
  return level === undefined ? rest : { ...rest, level };
}

describe('packSkillCode', () => {
  it('packs the code and the level, 7 standing for "no level"', () => {
    expect(packSkillCode(5, 3)).toBe(5 * 8 + 3);
    expect(packSkillCode(5, null)).toBe(5 * 8 + 7);
    expect(packSkillCode(5, undefined)).toBe(5 * 8 + 7);
    expect(packSkillCode(1, 0)).toBe(8);
    expect(unpackLevel(7)).toBe(3);
    expect(unpackLevel(2)).toBe(2);
  });

  it('gives −1 (use the id) for a skill without a code or with a level it cannot pack', () => {
    expect(packSkillCode(undefined, 3)).toBe(-1);
    expect(packSkillCode(-4, 3)).toBe(-1);
    expect(packSkillCode(5, 2.5)).toBe(-1);
    expect(packSkillCode(5, 7)).toBe(-1);
    expect(packSkillCode(5, -1)).toBe(-1);
    expect(packSkillCode(2 ** 28, 3)).toBe(-1); // would overflow 32 bits
    expect(packSkillCode(2 ** 28 - 1, 3)).toBeGreaterThan(0);
  });
});

describe('packLanguageCode', () => {
  it('packs two ASCII letters (any case) and the CEFR rank', () => {
    expect(languageCode('aa')).toBe(0);
    expect(languageCode('zz')).toBe(675);
    expect(languageCode('FR')).toBe(languageCode('fr'));
    expect(packLanguageCode('fr', 'A1')).toBe(languageCode('fr') * 8);
    expect(packLanguageCode('fr', 'native')).toBe(languageCode('fr') * 8 + 6);
  });

  it('gives −1 (read the strings) for anything else', () => {
    expect(packLanguageCode('fra', 'B2')).toBe(-1);
    expect(packLanguageCode('f1', 'B2')).toBe(-1);
    expect(packLanguageCode('\u212Aa', 'B2')).toBe(-1); // the Kelvin sign folds to k only outside ASCII rules
    expect(packLanguageCode('fr', 'b2')).toBe(-1);
    expect(packLanguageCode('fr', 'fluent')).toBe(-1);
  });
});

describe('scoring with packed codes', () => {
  it('gives the same result as by id, on generated postings and candidates', () => {
    fc.assert(
      fc.property(postingArb, candidateArb, relationsArb, fc.boolean(), fc.array(oddLevel), fc.array(oddLanguage), (p, generated, relations, upper, levels, odd) => {
        // Codes compare case-insensitively either way; levels and languages a client could not send take the string path.
        const c = {
          ...generated,
          skills: generated.skills.map((s, i) => (i < levels.length ? withLevel(s, levels[i]) : s)),
          languages: [
            ...(upper ? generated.languages.map((l) => ({ ...l, language: l.language.toUpperCase() })) : generated.languages),
            ...(odd as CandidateForScoring['languages']),
          ],
        };
        const byId = scoreCandidate(compilePosting(p, fakeTaxonomy(relations)), c);
        const compiled = compilePosting(p, withCodes(fakeTaxonomy(relations)));
        expect(scoreCandidate(compiled, packed(c))).toEqual(byId);
        expect(scoreFast(compiled, packed(c))).toEqual({ score: byId.score, mustHavesMet: byId.mustHavesMet });
      }),
      { numRuns: 300 },
    );
  });

  it('falls back to the id for codes the posting’s taxonomy does not know, and ignores a list of the wrong length', () => {
    const p = withRequirements({ skills: [req(['sql'], 'must'), req(['nodejs'])] });
    const c = candidate({ skills: [has('postgresql', 4), has('express', null)] });
    const expected = scoreFast(compilePosting(p, fakeTaxonomy()), c);
    expect(expected.score).toBeGreaterThan(0);
    // The profile was packed with codes the worker's taxonomy has never heard of (a skill seeded since it started).
    const newer = new Map([...CODES].map(([id, code]) => [id, code + 1000]));
    expect(scoreFast(compilePosting(p, withCodes(fakeTaxonomy())), packed(c, newer))).toEqual(expected);
    expect(scoreFast(compilePosting(p, withCodes(fakeTaxonomy())), { ...packed(c), skillCodes: [CODES.get('postgresql')! * 8 + 4] })).toEqual(expected);
    // A taxonomy without codes scores packed profiles by id.
    expect(scoreFast(compilePosting(p, fakeTaxonomy()), packed(c))).toEqual(expected);
  });

  it('goes by the id for a code the taxonomy no longer has (a skill deleted from it since the profile was written)', () => {
    // The posting still requires "cobol"; the taxonomy has since dropped it, so it has no code for it any more.
    const p = withRequirements({ skills: [req(['cobol'], 'must'), req(['sql'])] });
    const c = candidate({ skills: [has('cobol', 4), has('postgresql', 2)] });
    const withoutCobol = new Map([...CODES].filter(([id]) => id !== 'cobol'));
    const expected = scoreFast(compilePosting(p, fakeTaxonomy()), c);
    expect(expected.mustHavesMet).toBe(true);
    expect(scoreFast(compilePosting(p, withCodes(fakeTaxonomy(), withoutCobol)), packed(c))).toEqual(expected);
  });

  it('keeps its tables small whatever the codes, leaving codes it will not index to the id', () => {
    const p = withRequirements({ skills: [req(['sql'], 'must'), req(['nodejs'])] });
    const c = candidate({ skills: [has('postgresql', 4), has('express', null), has('cobol', 2)] });
    const huge = new Map([...CODES].map(([id, code]) => [id, id === 'postgresql' ? 50_000_000 : code]));
    const compiled = compilePosting(p, withCodes(fakeTaxonomy(), huge));
    expect(compiled.skills.codeSlot.length).toBeLessThan(1000);
    // Only the skills this posting requires or relates to have slots: 8 levels each.
    expect(compiled.skills.packedStart.length).toBeLessThanOrEqual(8 * 8);
    expect(scoreFast(compiled, packed(c, huge))).toEqual(scoreFast(compilePosting(p, fakeTaxonomy()), c));
  });

  it('really reads the language codes when it can (a code that says another level changes the result)', () => {
    const p = withRequirements({ languages: [lang('fr', 'C1', 'must')] });
    const c = candidate({ languages: [speaks('fr', 'A2')] });
    const compiled = compilePosting(p, fakeTaxonomy());
    expect(scoreFast(compiled, packed(c)).mustHavesMet).toBe(false);
    expect(scoreFast(compiled, { ...c, languageCodes: [packLanguageCode('fr', 'C2')] }).mustHavesMet).toBe(true);
    // −1 entries and lists of another length fall back to the strings.
    expect(scoreFast(compiled, { ...c, languageCodes: [-1] }).mustHavesMet).toBe(false);
    expect(scoreFast(compiled, { ...c, languageCodes: [] }).mustHavesMet).toBe(false);
  });

  it('really reads the codes when it can (a code that says another skill changes the result)', () => {
    const p = withRequirements({ skills: [req(['sql'], 'must')] });
    const c = candidate({ skills: [has('cobol', 5)] });
    const compiled = compilePosting(p, withCodes(fakeTaxonomy()));
    expect(scoreFast(compiled, packed(c)).mustHavesMet).toBe(false);
    // Not a state the database can produce (the trigger derives codes from the ids): it shows the fast path is taken.
    expect(scoreFast(compiled, { ...c, skillCodes: [CODES.get('sql')! * 8 + 5] }).mustHavesMet).toBe(true);
  });
});
