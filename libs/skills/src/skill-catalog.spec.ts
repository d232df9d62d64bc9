import { SkillCatalog } from './skill-catalog';
import type { SkillDefinition, SkillRelation } from './skill.types';

const catalog = SkillCatalog.fromBundledData();
const idOf = (name: string) => catalog.resolve(name)?.id ?? null;

function skill(id: string, en: string, aliases: string[] = [], kind: SkillDefinition['kind'] = 'technical'): SkillDefinition {
  return {
    id,
    kind,
    category: kind === 'soft' ? 'soft' : 'language',
    labels: { en, fr: en, nl: en },
    aliases: { en: aliases, fr: [], nl: [] },
  };
}

describe('SkillCatalog.resolve', () => {
  it.each([
    ['NodeJS', 'nodejs'],
    ['node', 'nodejs'],
    ['Node.js', 'nodejs'],
    ['Postgres', 'postgresql'],
    ['rigueur', 'rigor'],
    ["esprit d'équipe", 'teamwork'],
    ['teamwork', 'teamwork'],
  ])('resolves the API.md example %s to %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it.each([
    ['Java', 'java'],
    ['JavaScript', 'javascript'],
    ['js', 'javascript'],
    ['C', 'c'],
    ['C++', 'cplusplus'],
    ['cpp', 'cplusplus'],
    ['C#', 'csharp'],
    ['c sharp', 'csharp'],
    ['Go', 'go'],
    ['golang', 'go'],
    ['R', 'r'],
    ['React', 'react'],
    ['Rust', 'rust'],
    ['k8s', 'kubernetes'],
    ['spring-boot', 'spring-boot'],
    ['Spring', 'spring'],
  ])('keeps look-alike names apart: %s → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it.each(['good', 'javaa', 'Reactor', 'rigor mortis', '', '   ', '!!!'])('finds nothing for %j (whole keys only)', (name) => {
    expect(catalog.resolve(name)).toBeNull();
  });

  it.each([
    ['  RIGUEUR ', 'rigor'],
    ['Esprit d’Équipe', 'teamwork'],
    ['node.JS', 'nodejs'],
    ['resolution de problemes', 'problem-solving'],
    ['Résolution de problèmes', 'problem-solving'],
    ['probleemoplossend denken', 'problem-solving'],
    ['Travail d’équipe', 'teamwork'],
    ['samenwerken', 'teamwork'],
    ['Google Cloud Platform', 'google-cloud'],
    ['amazon web services', 'aws'],
    ['Tests unitaires', 'unit-testing'],
  ])('ignores case, accents and punctuation: %j → %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  // product/backend-developer-profile.md, "Technical skills" and "Soft skills".
  it.each([
    ['Java', 'java'], ['Python', 'python'], ['PHP', 'php'], ['Ruby', 'ruby'], ['Node.js', 'nodejs'],
    ['SQL', 'sql'], ['MySQL', 'mysql'], ['PostgreSQL', 'postgresql'], ['MongoDB', 'mongodb'], ['Cassandra', 'cassandra'],
    ['REST', 'rest-api'], ['GraphQL', 'graphql'], ['Git', 'git'], ['version control', 'git'],
    ['unit tests', 'unit-testing'], ['integration tests', 'integration-testing'],
    ['application security', 'application-security'], ['data security', 'data-security'],
    ['AWS', 'aws'], ['Google Cloud', 'google-cloud'], ['AWS Certified Solutions Architect', 'aws-solutions-architect'],
    ['production deployment', 'production-deployment'], ['DevOps', 'devops'],
    ['logical thinking', 'logical-thinking'], ['problem solving', 'problem-solving'], ['rigour', 'rigor'],
    ['autonomy', 'autonomy'], ['technical curiosity', 'technical-curiosity'], ['team spirit', 'teamwork'],
    ['good communication', 'communication'], ['adaptability', 'adaptability'],
    ['explaining technical concepts to non-technical stakeholders', 'explaining-technical-concepts'],
    ['continuous learning', 'continuous-learning'],
  ])('knows the fact-sheet skill %s', (name, id) => {
    expect(idOf(name)).toBe(id);
  });
});

describe('SkillCatalog lookups', () => {
  it('labels a skill in each language', () => {
    expect(['en', 'fr', 'nl'].map((l) => catalog.label('teamwork', l as 'en'))).toEqual(['Teamwork', "Esprit d'équipe", 'Teamwerk']);
    expect(catalog.label('rigor', 'fr')).toBe('Rigueur');
    expect(() => catalog.label('no-such-skill', 'en')).toThrow('no-such-skill');
  });

  it('tells kinds apart, and knows nothing of unknown ids', () => {
    expect(catalog.kindOf('postgresql')).toBe('technical');
    expect(catalog.kindOf('rigor')).toBe('soft');
    expect(catalog.kindOf('cobolx')).toBeUndefined();
    expect(catalog.has('nodejs')).toBe(true);
    expect(catalog.get('nodejs')?.labels.en).toBe('Node.js');
  });

  it('lists aliases once, over all languages', () => {
    const aliases = catalog.aliasesOf('teamwork');
    expect(aliases).toEqual(expect.arrayContaining(['team spirit', "travail d'équipe", 'samenwerken']));
    expect(new Set(aliases).size).toBe(aliases.length);
    expect(catalog.aliasesOf('no-such-skill')).toEqual([]);
  });

  it('tells an exact spelling (id or label) from an alias', () => {
    expect(catalog.keysOf('nodejs')).toEqual(expect.arrayContaining(['nodejs', 'node']));
    expect(catalog.isCanonicalSpelling('nodejs', 'Node.js')).toBe(true);
    expect(catalog.isCanonicalSpelling('teamwork', 'Teamwerk')).toBe(true);
    expect(catalog.isCanonicalSpelling('nodejs', 'node')).toBe(false);
    expect(catalog.isCanonicalSpelling('no-such-skill', 'node')).toBe(false);
  });

  it('gives the skills that stand in for a requirement, strongest first', () => {
    const related = catalog.relatedTo('nodejs');
    expect(related).toEqual(expect.arrayContaining([{ from: 'express', strength: 0.8 }, { from: 'typescript', strength: 0.5 }]));
    expect(related.map((r) => r.strength)).toEqual([...related.map((r) => r.strength)].sort((a, b) => b - a));
    expect(catalog.relatedTo('cobolx')).toEqual([]);
  });

  it('offers the scorer its view of the same data', () => {
    const taxonomy = catalog.asScoringTaxonomy();
    expect(taxonomy.relations).toBe(catalog.relations());
    expect(taxonomy.kindOf('teamwork')).toBe('soft');
    expect(taxonomy.isCanonicalSpelling('postgresql', 'postgres')).toBe(false);
  });
});

describe('SkillCatalog.search', () => {
  const ids = (found: SkillDefinition[]) => found.map((s) => s.id);

  it('puts exact matches before prefix matches', () => {
    const java = ids(catalog.search({ q: 'java' }));
    expect(java[0]).toBe('java');
    expect(java).toEqual(expect.arrayContaining(['javascript', 'jakarta-ee']));
    expect(ids(catalog.search({ q: 'js' }))[0]).toBe('javascript');
    expect(ids(catalog.search({ q: 'post' }))).toContain('postgresql');
  });

  it('finds by alias in any language', () => {
    expect(ids(catalog.search({ q: 'k8s' }))[0]).toBe('kubernetes');
    expect(ids(catalog.search({ q: 'rigueur' }))[0]).toBe('rigor');
  });

  it('finds a whole word of a label', () => {
    expect(ids(catalog.search({ q: 'testing' }))).toEqual(expect.arrayContaining(['unit-testing', 'integration-testing']));
    expect(ids(catalog.search({ q: 'intégration', lang: 'fr' }))).toContain('integration-testing');
  });

  it('filters by kind and sorts by the label of the asked language', () => {
    const soft = catalog.search({ kind: 'soft', lang: 'fr' });
    expect(soft.every((s) => s.kind === 'soft')).toBe(true);
    const labels = soft.map((s) => s.labels.fr);
    expect(labels).toEqual([...labels].sort(new Intl.Collator('fr').compare));
    expect(catalog.search()).toHaveLength(catalog.all().length);
  });

  it('returns nothing for a query without letters or digits', () => {
    expect(catalog.search({ q: '!!' })).toEqual([]);
  });
});

describe('SkillCatalog validation', () => {
  const build = (skills: SkillDefinition[], relations: SkillRelation[] = []) => () => new SkillCatalog(skills, relations);

  it('refuses two skills answering to the same key', () => {
    expect(build([skill('go', 'Go'), skill('good', 'Good', ['go'])])).toThrow('"go"');
  });

  it('refuses duplicate ids, bad slugs and unknown kinds', () => {
    expect(build([skill('go', 'Go'), skill('go', 'Golang')])).toThrow('Duplicate');
    expect(build([skill('Go Lang', 'Go')])).toThrow('slug');
    expect(build([{ ...skill('go', 'Go'), kind: 'hard' as 'soft' }])).toThrow('kind');
  });

  it('refuses relations to unknown skills, to themselves, twice, or outside (0, 1)', () => {
    const two = [skill('a', 'A'), skill('b', 'B')];
    expect(build(two, [{ from: 'a', to: 'z', strength: 0.5 }])).toThrow('unknown');
    expect(build(two, [{ from: 'a', to: 'a', strength: 0.5 }])).toThrow('itself');
    expect(build(two, [{ from: 'a', to: 'b', strength: 1 }])).toThrow('strength');
    expect(build(two, [{ from: 'a', to: 'b', strength: 0.5 }, { from: 'a', to: 'b', strength: 0.6 }])).toThrow('twice');
  });
});
