import { JsonResume, UnmappedField } from './json-resume.types';
import { mapSkills, skillLevelFromText } from './skills.mapper';

function run(skills: JsonResume['skills']) {
  const unmapped: UnmappedField[] = [];
  return { skills: mapSkills({ skills }, unmapped), unmapped };
}

describe('skillLevelFromText', () => {
  it.each([
    ['Master', 5], ['expert', 5], ['Domain EXPERT', 5],
    ['Advanced', 4], ['advanced user', 4],
    ['Intermediate', 3], ['Upper intermediate', 3],
    ['Beginner', 2], ['novice', 2],
    ['4', 4], ['2/5', 2],
  ])('reads %j as %i', (text, level) => {
    expect(skillLevelFromText(text)).toBe(level);
  });

  it.each(['guru', 'Expertise', '7', '', 'ninja'])('does not guess at %j', (text) => {
    expect(skillLevelFromText(text)).toBeNull();
  });
});

describe('mapSkills', () => {
  it('turns each group name and keyword into a skill at the group level', () => {
    expect(run([{ name: 'Backend', level: 'Advanced', keywords: ['Node.js', 'PostgreSQL'] }]).skills).toEqual([
      { name: 'Backend', level: 4 },
      { name: 'Node.js', level: 4 },
      { name: 'PostgreSQL', level: 4 },
    ]);
  });

  it('gives level 3 to a group without level, and reports a level it cannot read', () => {
    const { skills, unmapped } = run([{ name: 'Go' }, { name: 'Rust', level: 'guru' }]);
    expect(skills).toEqual([{ name: 'Go', level: 3 }, { name: 'Rust', level: 3 }]);
    expect(unmapped).toEqual([{ field: 'skills[1].level', value: 'guru', reason: 'level not recognised; 3 assumed' }]);
  });

  it('keeps the first spelling and the highest level of a skill written twice', () => {
    const { skills } = run([
      { name: 'Frontend', level: 'Intermediate', keywords: ['JavaScript', 'Node.js'] },
      { name: 'Backend', level: 'Master', keywords: [' javascript ', 'NodeJS', 'node js'] },
      { name: 'Automation', level: 'Beginner', keywords: ['Javascript'] },
    ]);
    expect(skills).toEqual([
      { name: 'Frontend', level: 3 },
      { name: 'JavaScript', level: 5 },
      { name: 'Node.js', level: 5 },
      { name: 'Backend', level: 5 },
      { name: 'Automation', level: 2 },
    ]);
  });

  it('keeps C, C++ and C# apart', () => {
    expect(run([{ keywords: ['C', 'C++', 'C#', 'c++'] }]).skills.map((s) => s.name)).toEqual(['C', 'C++', 'C#']);
  });

  it('keeps names in scripts the skill key does not cover', () => {
    expect(run([{ keywords: ['日本語', 'Русский', '日本語'] }]).skills.map((s) => s.name)).toEqual(['日本語', 'Русский']);
  });

  it('trims names and drops empty ones silently', () => {
    const { skills, unmapped } = run([{ name: '  ', keywords: ['', '  Docker  ', '\t'] }]);
    expect(skills).toEqual([{ name: 'Docker', level: 3 }]);
    expect(unmapped).toEqual([]);
  });

  it('reports names longer than 100 characters instead of truncating them', () => {
    const long = 'x'.repeat(101);
    const { skills, unmapped } = run([{ name: 'Ops', keywords: ['y'.repeat(100), long] }]);
    expect(skills.map((s) => s.name)).toEqual(['Ops', 'y'.repeat(100)]);
    expect(unmapped).toEqual([
      { field: 'skills[0].keywords[1]', value: long, reason: 'longer than 100 characters' },
    ]);
  });

  it('keeps the first 200 skills and reports the rest', () => {
    const keywords = Array.from({ length: 250 }, (_, i) => `skill-${i}`);
    const { skills, unmapped } = run([
      { level: 'Advanced', keywords: [...keywords, 'skill-3'] },
      { name: 'SKILL 0', level: 'Master' },
    ]);
    expect(skills).toHaveLength(200);
    expect(skills[199].name).toBe('skill-199');
    expect(skills[0]).toEqual({ name: 'skill-0', level: 5 }); // a duplicate past the cap still raises the level
    expect(unmapped).toHaveLength(50);
    expect(unmapped[0]).toEqual({
      field: 'skills[0].keywords[200]',
      value: 'skill-200',
      reason: 'more than 200 skills; only the first 200 are kept',
    });
  });
});
