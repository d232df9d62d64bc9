/**
 * data/ambiguous.json against the taxonomy, and the common words of the three
 * languages against both: a word that resolves to a skill must be listed, so
 * the CV reader can hold it back; the small words of a sentence never resolve.
 */
import { AMBIGUOUS_SKILLS, ambiguousSkillFor, isAmbiguousSkillName } from './ambiguous-skills';
import { skillKey } from '@embauche/matching/normalize';
import { SkillCatalog } from './skill-catalog';
import { SKILL_LANGUAGES } from './skill.types';

const catalog = SkillCatalog.fromBundledData();

/** Everyday words of en/fr/nl that a taxonomy of software skills could plausibly spell. */
const COMMON_WORDS = [
  // en
  'go', 'make', 'spring', 'swift', 'rust', 'express', 'java', 'ruby', 'rails', 'dart', 'crystal', 'scheme', 'racket', 'hack', 'react', 'angular', 'solid', 'remix',
  'ember', 'backbone', 'meteor', 'electron', 'unity', 'flutter', 'echo', 'fiber', 'gin', 'phoenix', 'nest', 'flask', 'tornado', 'pyramid', 'camel', 'swing',
  'realm', 'dagger', 'relay', 'recoil', 'lighthouse', 'leaflet', 'parcel', 'rollup', 'prettier', 'storybook', 'less', 'bootstrap', 'spark', 'pandas', 'torch',
  'excel', 'notion', 'slack', 'sketch', 'blender', 'ant', 'yarn', 'gulp', 'grunt', 'teams', 'chef', 'puppet', 'helm', 'vault', 'consul', 'nomad', 'packer',
  'vagrant', 'envoy', 'flux', 'sentry', 'lambda', 'aurora', 'elastic', 'cloud', 'windows', 'jest', 'mocha', 'chai', 'jasmine', 'karma', 'cucumber', 'cypress',
  'playwright', 'puppeteer', 'locust', 'pact', 'agile', 'lean', 'safe', 'waterfall', 'rest', 'soap', 'cache', 'planning', 'networking', 'logic', 'postman',
  'composer', 'poetry', 'maven', 'git', 'eclipse', 'oracle', 'snowflake', 'redshift', 'neon', 'apollo', 'stripe', 'celery', 'net', 'sales', 'feedback',
  'flexible', 'creative', 'reliable', 'independent', 'discipline', 'apex', 'assembly', 'markdown', 'latex', 'shell', 'word', 'access', 'project', 'office',
  'outlook', 'linear', 'drive', 'passion', 'vision', 'influence', 'testing', 'programming', 'coding', 'security', 'management', 'support', 'data', 'design',
  // fr
  'vue', 'vite', 'tableau', 'sinon', 'parquet', 'recette', 'cascade', 'estimation', 'réseaux', 'sécurité', 'vente', 'fiable', 'curieux', 'proactif',
  'dynamique', 'sérieux', 'ai', 'entra', 'orléans', 'patient', 'programmation', 'conception', 'gestion', 'développement', 'données', 'outils',
  // nl
  'rust', 'dom', 'ui', 'immer', 'waterval', 'verkoop', 'flexibel', 'creatief', 'integer', 'beveiliging', 'testen', 'programmeren', 'ontwikkeling', 'gegevens',
];

/** The glue words of a sentence in en/fr/nl: none may name a skill. */
const SMALL_WORDS = (
  'the and or of in on at to a an is are be it we i you he she they this that with for from by as not no yes all any my our your ' +
  'le la les de des du un une et ou en au aux sur pour avec par dans je tu il elle nous vous ils est sont pas plus moins ce cette qui que ' +
  'het een op aan met voor van door bij uit naar ik jij hij zij wij jullie zijn niet wel ook dat dit wie wat ' +
  'good bon goed very tres zeer new nouveau nieuw work travail werk team equipe english anglais engels french francais frans dutch neerlandais nederlands ' +
  'senior junior lead expert advanced beginner intermediate debutant courant native'
).split(' ');

describe('ambiguous.json', () => {
  it('names known skills, once each, by spellings the skill has, in known languages', () => {
    const ids = AMBIGUOUS_SKILLS.map((entry) => entry.id);
    expect(ids.filter((id) => !catalog.has(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    const notSpellings = AMBIGUOUS_SKILLS.flatMap((entry) => entry.names.filter((name) => !catalog.keysOf(entry.id).includes(skillKey(name))).map((name) => `${entry.id}: ${name}`));
    expect(notSpellings).toEqual([]);
    expect(AMBIGUOUS_SKILLS.every((entry) => entry.names.length > 0 && entry.languages.every((l) => (SKILL_LANGUAGES as readonly string[]).includes(l)))).toBe(true);
  });

  it('gives the CV reader companions that are known skills other than the entry itself', () => {
    const withCompanions = AMBIGUOUS_SKILLS.filter((entry) => entry.companions);
    expect(withCompanions.length).toBeGreaterThan(90);
    const bad = withCompanions.flatMap((entry) => entry.companions!.filter((id) => !catalog.has(id) || id === entry.id).map((id) => `${entry.id}: ${id}`));
    expect(bad).toEqual([]);
  });

  it.each(['Go', 'R', 'C', 'Swift', 'Rust', 'Spring', 'Express', 'Java', 'Vue', 'Tableau', 'Notion', 'Excel', 'Make'])('flags %s', (name) => {
    expect(ambiguousSkillFor(name)?.id).toBe(catalog.resolve(name)?.id);
    expect(isAmbiguousSkillName(name)).toBe(true);
  });

  it('does not flag the unambiguous spellings of the same skills', () => {
    for (const name of ['Golang', 'Rust lang', 'Spring Boot', 'Express.js', 'Vue.js', 'Swift UI', 'C++', 'C#', 'JavaScript', 'R programming']) {
      expect({ name, ambiguous: isAmbiguousSkillName(name) }).toEqual({ name, ambiguous: false });
    }
  });

  it('lists every common word that resolves to a skill, and every single-letter spelling', () => {
    const unlisted = COMMON_WORDS.filter((word) => catalog.resolve(word) && ambiguousSkillFor(word)?.id !== catalog.resolve(word)!.id);
    expect(unlisted.map((word) => `${word} → ${catalog.resolve(word)!.id}`)).toEqual([]);
    const singleLetters = catalog.all().flatMap((s) => catalog.keysOf(s.id).filter((key) => key.length === 1 && !isAmbiguousSkillName(key)).map((key) => `${s.id}: ${key}`));
    expect(singleLetters).toEqual([]);
  });

  it('never resolves the small words of a sentence', () => {
    expect(SMALL_WORDS.filter((word) => catalog.resolve(word)).map((word) => `${word} → ${catalog.resolve(word)!.id}`)).toEqual([]);
  });
});
