/**
 * Checks the bundled taxonomy files themselves, independently of SkillCatalog,
 * so a bad edit of the JSON names the offending entries.
 */
import { SKILL_KINDS } from '@embauche/matching/model';
import relations from './data/relations.json';
import skills from './data/skills.json';
import { skillKey } from '@embauche/matching/normalize';
import { SKILL_CATEGORIES, SKILL_LANGUAGES } from './skill.types';

const ids = new Set(skills.map((s) => s.id));

function namesOf(skill: (typeof skills)[number]): string[] {
  return [skill.id, ...SKILL_LANGUAGES.map((l) => skill.labels[l]), ...SKILL_LANGUAGES.flatMap((l) => skill.aliases[l] as string[])];
}

describe('skills.json', () => {
  it('has unique kebab-case ids', () => {
    expect(ids.size).toBe(skills.length);
    expect(skills.map((s) => s.id).filter((id) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id))).toEqual([]);
  });

  it('covers back-end work broadly and the usual soft skills', () => {
    expect(skills.filter((s) => s.kind === 'technical').length).toBeGreaterThanOrEqual(170);
    expect(skills.filter((s) => s.kind === 'soft').length).toBeGreaterThanOrEqual(20);
  });

  // Issue #15: ≥ 1,000 skills so that real résumés resolve (see resume-coverage.spec.ts).
  it('covers the software world broadly: at least 1,000 skills, every category used', () => {
    expect(skills.length).toBeGreaterThanOrEqual(1000);
    expect(skills.filter((s) => s.kind === 'soft').length).toBeGreaterThanOrEqual(50);
    expect(SKILL_CATEGORIES.filter((c) => skills.filter((s) => s.category === c).length < 10)).toEqual([]);
  });

  it('uses known kinds and categories, and category soft exactly for soft skills', () => {
    for (const s of skills) {
      expect(SKILL_KINDS).toContain(s.kind);
      expect(SKILL_CATEGORIES).toContain(s.category);
      expect({ id: s.id, soft: s.category === 'soft' }).toEqual({ id: s.id, soft: s.kind === 'soft' });
    }
  });

  it('has a trimmed, non-empty label and a list of aliases in every language', () => {
    const missing = skills.flatMap((s) =>
      SKILL_LANGUAGES.filter((l) => !s.labels[l] || s.labels[l].trim() !== s.labels[l] || !Array.isArray(s.aliases[l])).map((l) => `${s.id}.${l}`),
    );
    expect(missing).toEqual([]);
  });

  it('gives every spelling a key, and no key to two skills', () => {
    const owners = new Map<string, string>();
    const problems: string[] = [];
    for (const s of skills) {
      for (const name of namesOf(s)) {
        const key = skillKey(name);
        const owner = owners.get(key);
        if (key === '') problems.push(`${s.id}: "${name}" has no key`);
        else if (owner && owner !== s.id) problems.push(`"${key}" is both ${owner} and ${s.id}`);
        owners.set(key, s.id);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('relations.json', () => {
  it('links known skills, never a skill to itself, never the same pair twice', () => {
    const pairs = relations.map((r) => `${r.from} → ${r.to}`);
    expect(relations.filter((r) => !ids.has(r.from) || !ids.has(r.to) || r.from === r.to)).toEqual([]);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(relations.length).toBeGreaterThanOrEqual(1500);
  });

  it('keeps every strength strictly between 0 and 1', () => {
    expect(relations.filter((r) => !(r.strength > 0 && r.strength < 1))).toEqual([]);
  });

  // The examples of product/MATCHING.md, "Skill items".
  it.each([
    ['postgresql', 'sql', 0.9],
    ['mysql', 'sql', 0.9],
    ['mysql', 'postgresql', 0.6],
    ['mongodb', 'cassandra', 0.5],
    ['typescript', 'nodejs', 0.5],
    ['javascript', 'nodejs', 0.5],
    ['express', 'nodejs', 0.8],
    ['nestjs', 'nodejs', 0.8],
  ])('credits %s for %s at %d', (from, to, strength) => {
    expect(relations).toContainEqual({ from, to, strength });
  });
});
