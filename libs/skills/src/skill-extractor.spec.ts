import { SkillCatalog } from './skill-catalog';
import { extractSkills, isGroupHeader } from './skill-extractor';
import type { SkillDefinition } from './skill.types';

const catalog = SkillCatalog.fromBundledData();
const extract = (entry: string) => extractSkills(entry, catalog).map((s) => [s.name, s.skillId]);

describe('extractSkills over the bundled taxonomy', () => {
  it.each([
    ['TypeScript & JavaScript', [['TypeScript', 'typescript'], ['JavaScript', 'javascript']]],
    ['Node.js & Express.js', [['Node.js', 'nodejs'], ['Express.js', 'express']]],
    ['MongoDB / Mongoose', [['MongoDB', 'mongodb'], ['Mongoose', 'mongoose']]],
    ['Cloud: AWS, Azure, GCP', [['AWS', 'aws'], ['Azure', 'azure'], ['GCP', 'google-cloud']]],
    ['Python, Bash, Go', [['Python', 'python'], ['Bash', 'bash'], ['Go', 'go']]],
    ['Python; Bash | Go', [['Python', 'python'], ['Bash', 'bash'], ['Go', 'go']]],
    ['Laravel 5.*', [['Laravel', 'laravel']]],
    ['Python 3.11', [['Python', 'python']]],
    ['Angular 17', [['Angular', 'angular']]],
    ['Vue3', [['Vue', 'vue']]],
    ['Google Cloud Platform (GCP)', [['Google Cloud Platform', 'google-cloud']]],
    ['Backend: Java, Kotlin', [['Java', 'java'], ['Kotlin', 'kotlin']]],
  ])('splits %j', (entry, expected) => {
    expect(extract(entry)).toEqual(expected);
  });

  it('reads a parenthesis as more entries and drops the ellipsis', () => {
    const parts = extract('Swift 5 (iOS, WatchOS, …)');
    expect(parts[0]).toEqual(['Swift', 'swift']);
    expect(parts.map(([name]) => name)).toEqual(['Swift', 'iOS', 'WatchOS']);
  });

  it('keeps an entry whole when the taxonomy knows it whole: CI/CD, C++, Node.js, HTML5', () => {
    expect(extract('CI/CD')).toEqual([['CI/CD', 'ci-cd']]);
    expect(extract('C++')).toEqual([['C++', 'cplusplus']]);
    expect(extract('Node.js')).toEqual([['Node.js', 'nodejs']]);
    expect(extract('HTML5')).toEqual([['HTML5', 'html']]);
  });

  it('never invents a skill: an unknown entry, or an unknown side of a weak separator, stays as written', () => {
    expect(extract('P&L management')).toEqual([['P&L management', null]]);
    expect(extract('Data & Infrastructure')).toEqual([['Data & Infrastructure', null]]);
    expect(extract('Research and development')).toEqual([['Research and development', null]]);
    expect(extract('Operations & Leadership')).toEqual([['Operations', null], ['Leadership', 'leadership']]);
    expect(extract('Mpeg 4')).toEqual([['Mpeg 4', null]]);
    // Glued digits are stripped only when what remains is a skill of three letters or more.
    expect(extract('R2')).toEqual([['R2', null]]);
  });

  it.each(['Soft Skills', 'Tools / Misc', 'Languages', 'Programming Languages', 'Frameworks & Libraries', 'Outils', 'Vaardigheden', 'Tools:'])(
    'ignores the group header %j',
    (entry) => {
      expect(isGroupHeader(entry)).toBe(true);
      expect(extract(entry)).toEqual([]);
    },
  );

  it('lists each skill once, in the order written, and drops empty parts and bare versions', () => {
    expect(extract('JS, JavaScript, , 8, etc.')).toEqual([['JS', 'javascript']]);
  });
});

describe('extractSkills with another resolver', () => {
  const only = (known: Record<string, string>) => ({
    resolve: (name: string) => (known[name.toLowerCase()] ? ({ id: known[name.toLowerCase()] } as SkillDefinition) : null),
  });

  it('asks the resolver and nothing else', () => {
    expect(extractSkills('Foo & Bar', only({ foo: 'foo' }))).toEqual([{ name: 'Foo', skillId: 'foo' }, { name: 'Bar', skillId: null }]);
    expect(extractSkills('Foo & Bar', only({}))).toEqual([{ name: 'Foo & Bar', skillId: null }]);
  });
});
