import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SENIORITIES } from '@embauche/matching/model';
import { BUNDLED_TEMPLATES } from './data';
import { TemplateCatalog } from './template-catalog';
import { parseTemplate, TemplateDataError } from './template-validation';
import { TEMPLATE_LANGUAGES } from './template.types';

const catalog = TemplateCatalog.fromBundledData();
const template = catalog.get('backend-developer')!;

describe('the Back-End Developer template', () => {
  it('is in the catalog', () => {
    expect(template).toBeDefined();
    expect(catalog.list().map((t) => t.id)).toContain('backend-developer');
  });

  it.each(TEMPLATE_LANGUAGES)('has every text in %s, with all 11 missions', (lang) => {
    const c = template.content[lang];
    for (const text of [c.title, c.summary, c.educationNote, c.salaryNote, ...Object.values(c.headings), ...Object.values(c.postingTitles)]) {
      expect(text.trim()).not.toBe('');
    }
    expect(c.missions).toHaveLength(11);
    for (const list of [c.workingConditions, c.benefits, c.careerPath, c.educationPaths, c.benefitsByCountry.BE]) {
      expect(list.length).toBeGreaterThan(0);
    }
    // BeCode, Le Forem and Actiris are the recognised alternatives; the schools are cited.
    const paths = c.educationPaths.join(' ');
    for (const name of ['BeCode', 'Le Forem', 'Actiris', 'EPHEC', 'HEPL', 'UCLouvain', 'ULB', 'ULiège', 'UNamur']) {
      expect(paths).toContain(name);
    }
  });

  it('has the titles of the fact sheet', () => {
    expect(template.content.fr.title).toBe('Développeur / Développeuse Back-End');
    expect(template.content.en.title).toBe('Back-End Developer');
    expect(template.content.nl.title).toBe('Back-end developer (m/v/x)');
  });

  it('says in every language that the mid band is derived and that no degree is required', () => {
    expect(template.content.fr.salaryNote).toMatch(/dérivée/);
    expect(template.content.en.salaryNote).toMatch(/derived/);
    expect(template.content.nl.salaryNote).toMatch(/afgeleid/);
    expect(template.content.fr.educationNote).toMatch(/Aucun diplôme n'est exigé/);
    expect(template.content.en.educationNote).toMatch(/No degree is required/);
    expect(template.content.nl.educationNote).toMatch(/nooit vereist/);
  });

  it('carries the salary bands of the fact sheet, the mid ones derived', () => {
    const band = (country: string, seniority: string) =>
      template.salaryBands.find((b) => b.country === country && b.seniority === seniority)!;
    const strip = ({ derivation: _d, ...b }: (typeof template.salaryBands)[number]) => b;
    expect(strip(band('BE', 'junior'))).toEqual({ country: 'BE', seniority: 'junior', min: 3000, max: 3800, currency: 'EUR', period: 'month', derived: false });
    expect(strip(band('BE', 'senior'))).toEqual({ country: 'BE', seniority: 'senior', min: 4500, max: 6500, currency: 'EUR', period: 'month', derived: false });
    expect(strip(band('FR', 'junior'))).toEqual({ country: 'FR', seniority: 'junior', min: 33000, max: 45000, currency: 'EUR', period: 'year', derived: false });
    expect(strip(band('FR', 'senior'))).toEqual({ country: 'FR', seniority: 'senior', min: 50000, max: 75000, currency: 'EUR', period: 'year', derived: false });
    for (const country of ['BE', 'FR']) {
      const [junior, mid, senior] = SENIORITIES.map((s) => band(country, s));
      expect(mid.derived).toBe(true);
      expect(mid.derivation).toBeTruthy();
      expect(mid.period).toBe(junior.period);
      expect(mid.min).toBeGreaterThanOrEqual(junior.max);
      expect(mid.max).toBeLessThanOrEqual(senior.min);
      expect(mid.min).toBeLessThan(mid.max);
    }
    expect(template.salaryBands).toHaveLength(6);
  });

  it.each(SENIORITIES)('asks for one back-end language, SQL and Git as musts (%s)', (seniority) => {
    const skills = template.requirements[seniority].skills;
    const musts = skills.filter((s) => s.importance === 'must').map((s) => s.anyOf);
    expect(musts).toContainEqual(['java', 'python', 'php', 'ruby', 'nodejs']);
    expect(musts).toContainEqual(['sql']);
    expect(musts).toContainEqual(['git']);
    expect(skills.length).toBeLessThanOrEqual(21);
    // Languages depend on the posting (languageRules), never on the seniority alone.
    expect(template.requirements[seniority].languages).toEqual([]);
  });

  it('raises levels and years with seniority', () => {
    expect(SENIORITIES.map((s) => template.requirements[s].minYearsExperience)).toEqual([0, 2, 5]);
    const [junior, mid, senior] = SENIORITIES.map((s) => template.requirements[s].skills);
    junior.forEach((item, i) => {
      expect(mid[i].anyOf).toEqual(item.anyOf);
      expect(mid[i].minLevel).toBeGreaterThanOrEqual(item.minLevel);
      expect(senior[i].minLevel).toBeGreaterThanOrEqual(mid[i].minLevel);
    });
  });

  const skillsFile = join(__dirname, '../../skills/src/data/skills.json');
  const whenTaxonomy = existsSync(skillsFile) ? it : it.skip;
  whenTaxonomy(`uses only skill ids of the taxonomy (${existsSync(skillsFile) ? 'libs/skills/src/data/skills.json' : 'SKIPPED: libs/skills/src/data/skills.json not written yet'})`, () => {
    const known = new Set((JSON.parse(readFileSync(skillsFile, 'utf8')) as Array<{ id: string }>).map((s) => s.id));
    const used = SENIORITIES.flatMap((s) => template.requirements[s].skills.flatMap((i) => i.anyOf));
    expect([...new Set(used)].filter((id) => !known.has(id))).toEqual([]);
  });
});

describe('TemplateCatalog', () => {
  it('lists summaries and localizes a template for the API', () => {
    expect(catalog.summaries('nl')).toContainEqual({ id: 'backend-developer', title: 'Back-end developer (m/v/x)', summary: template.content.nl.summary });
    const view = catalog.localized('backend-developer', 'en')!;
    expect(view.title).toBe('Back-End Developer');
    expect(view.missions).toHaveLength(11);
    expect(Object.keys(view.requirements)).toEqual(['junior', 'mid', 'senior']);
    expect(view.salaryBands[0]).not.toHaveProperty('derivation');
    expect(view.salaryBands.filter((b) => b.derived).map((b) => `${b.country}/${b.seniority}`)).toEqual(['BE/mid', 'FR/mid']);
    expect(view.languages.always).toEqual([{ language: 'en', minLevel: 'B2', importance: 'must' }]);
  });

  it('answers undefined for an unknown id', () => {
    expect(catalog.get('astronaut')).toBeUndefined();
    expect(catalog.localized('astronaut', 'fr')).toBeUndefined();
  });

  it('hands out views that cannot change the shared template', () => {
    const view = catalog.localized('backend-developer', 'fr')!;
    view.missions.push('x');
    view.requirements.junior.skills.pop();
    expect(template.content.fr.missions).toHaveLength(11);
    expect(() => (template.requirements.junior.skills as unknown[]).push({})).toThrow(TypeError);
  });

  it('refuses a malformed template file, naming the field', () => {
    const broken = structuredClone(BUNDLED_TEMPLATES[0]) as { content: { nl: { missions: unknown } } };
    broken.content.nl.missions = [];
    expect(() => parseTemplate(broken)).toThrow(TemplateDataError);
    expect(() => parseTemplate(broken)).toThrow(/content\.nl\.missions/);
    const badImportance = structuredClone(BUNDLED_TEMPLATES[0]) as { requirements: { mid: { skills: Array<{ importance: string }> } } };
    badImportance.requirements.mid.skills[0].importance = 'mandatory';
    expect(() => parseTemplate(badImportance)).toThrow(/requirements\.mid\.skills\[0\]\.importance/);
  });

  it('refuses two templates with the same id', () => {
    expect(() => new TemplateCatalog([template, template])).toThrow(/defined twice/);
  });
});
