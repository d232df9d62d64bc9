import { SENIORITIES, type LanguageRequirement } from '@embauche/matching/model';
import { resolveLanguages } from './language-rules';
import { postingDefaults } from './posting-defaults';
import { TemplateCatalog } from './template-catalog';
import { TEMPLATE_LANGUAGES, type LanguageRules } from './template.types';

const template = TemplateCatalog.fromBundledData().get('backend-developer')!;
const byLanguage = (languages: LanguageRequirement[]) => Object.fromEntries(languages.map((l) => [l.language, l]));

describe('postingDefaults', () => {
  const expectedSalary = {
    BE: { junior: [3000, 3800], mid: [3800, 4500], senior: [4500, 6500] },
    FR: { junior: [33000, 45000], mid: [45000, 50000], senior: [50000, 75000] },
  } as const;
  const titles = {
    fr: /^Développeur \/ Développeuse Back-End/,
    en: /Back-End Developer$/,
    nl: /back-end developer \(m\/v\/x\)$/,
  };
  const cases = (['BE', 'FR'] as const).flatMap((country) =>
    SENIORITIES.flatMap((seniority) => TEMPLATE_LANGUAGES.map((language) => [country, seniority, language] as const)),
  );

  it.each(cases)('%s %s posting in %s: band, title, skills and languages', (country, seniority, language) => {
    const d = postingDefaults(template, { country, seniority, language });
    const [min, max] = expectedSalary[country][seniority];
    expect(d.salary).toEqual({ min, max, currency: 'EUR', period: country === 'BE' ? 'month' : 'year' });
    expect(d.title).toMatch(titles[language]);
    expect(d.requirements.skills).toEqual(template.requirements[seniority].skills);
    expect(d.requirements.minYearsExperience).toBe(template.requirements[seniority].minYearsExperience);
    const langs = byLanguage(d.requirements.languages);
    expect(langs.en).toEqual({ language: 'en', minLevel: 'B2', importance: 'must' });
    if (language !== 'en') expect(langs[language]).toEqual({ language, minLevel: 'C1', importance: 'must' });
    expect(new Set(d.requirements.languages.map((l) => l.language)).size).toBe(d.requirements.languages.length);
  });

  it('a French posting in Belgium: French C1 and English B2 required, Dutch B1 a plus', () => {
    const d = postingDefaults(template, { country: 'BE', seniority: 'mid', language: 'fr' });
    expect(d.requirements.languages).toEqual([
      { language: 'en', minLevel: 'B2', importance: 'must' },
      { language: 'fr', minLevel: 'C1', importance: 'must' },
      { language: 'nl', minLevel: 'B1', importance: 'nice' },
    ]);
    expect(d.title).toBe('Développeur / Développeuse Back-End confirmé·e');
  });

  it('a Dutch posting in Belgium: Dutch C1 required, French B1 a plus', () => {
    const langs = byLanguage(postingDefaults(template, { country: 'be', seniority: 'senior', language: 'nl' }).requirements.languages);
    expect(langs.nl).toEqual({ language: 'nl', minLevel: 'C1', importance: 'must' });
    expect(langs.fr).toEqual({ language: 'fr', minLevel: 'B1', importance: 'nice' });
  });

  it('a French posting in France does not ask for Dutch', () => {
    const langs = byLanguage(postingDefaults(template, { country: 'FR', seniority: 'junior', language: 'fr' }).requirements.languages);
    expect(Object.keys(langs).sort()).toEqual(['en', 'fr']);
  });

  it('has no salary for a country without bands', () => {
    const d = postingDefaults(template, { country: 'DE', seniority: 'mid', language: 'en' });
    expect(d.salary).toBeNull();
    expect(d.requirements.languages).toEqual([{ language: 'en', minLevel: 'B2', importance: 'must' }]);
  });

  it('returns copies the caller may edit', () => {
    const d = postingDefaults(template, { country: 'BE', seniority: 'junior', language: 'fr' });
    d.requirements.skills[0].anyOf.push('cobol');
    d.requirements.skills.pop();
    expect(template.requirements.junior.skills[0].anyOf).not.toContain('cobol');
    expect(postingDefaults(template, { country: 'BE', seniority: 'junior', language: 'fr' }).requirements.skills).toHaveLength(
      template.requirements.junior.skills.length,
    );
  });
});

describe('resolveLanguages', () => {
  const rules: LanguageRules = {
    always: [{ language: 'en', minLevel: 'B2', importance: 'must' }],
    byPostingLanguage: { en: [{ language: 'en', minLevel: 'C1', importance: 'must' }] },
    byCountry: { BE: { en: [{ language: 'en', minLevel: 'B1', importance: 'nice' }, { language: 'de', minLevel: 'A2', importance: 'important' }] } },
  };

  it('lets the more specific layer win for the same language, and orders by importance', () => {
    expect(resolveLanguages(rules, 'en', 'FR')).toEqual([{ language: 'en', minLevel: 'C1', importance: 'must' }]);
    expect(resolveLanguages(rules, 'en', 'BE')).toEqual([
      { language: 'de', minLevel: 'A2', importance: 'important' },
      { language: 'en', minLevel: 'B1', importance: 'nice' },
    ]);
  });

  it('falls back to the general layers for a language or a country it does not list', () => {
    expect(resolveLanguages(rules, 'fr', 'BE')).toEqual([{ language: 'en', minLevel: 'B2', importance: 'must' }]);
  });
});
