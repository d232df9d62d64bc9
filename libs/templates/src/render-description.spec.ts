import type { Seniority } from '@embauche/matching/model';
import { markdownToHtml } from './markdown-to-html';
import { postingDefaults } from './posting-defaults';
import { formatSalary, renderDescription, type RenderDescriptionInput } from './render-description';
import { TemplateCatalog } from './template-catalog';
import type { TemplateLanguage } from './template.types';

const template = TemplateCatalog.fromBundledData().get('backend-developer')!;
const LABELS: Record<string, string> = { java: 'Java', nodejs: 'Node.js', sql: 'SQL', git: 'Git', rigor: 'Rigor' };
const SOFT = new Set(['logical-thinking', 'problem-solving', 'rigor', 'autonomy', 'teamwork', 'communication', 'technical-curiosity', 'adaptability']);

function draft(language: TemplateLanguage, country: string, seniority: Seniority, over: Partial<RenderDescriptionInput> = {}) {
  const d = postingDefaults(template, { country, seniority, language });
  return renderDescription(template, {
    language,
    title: d.title,
    city: country === 'BE' ? 'Liège' : 'Lyon',
    country,
    remotePolicy: 'remote',
    employmentType: 'full_time',
    seniority,
    salary: d.salary,
    requirements: d.requirements,
    skillLabel: (id) => LABELS[id] ?? id,
    skillKind: (id) => (SOFT.has(id) ? 'soft' : 'technical'),
    organizationName: 'Acme Belgium',
    ...over,
  });
}

describe('renderDescription', () => {
  it.each(['fr', 'en', 'nl'] as const)('in %s: summary, every mission, benefits, working conditions, education', (lang) => {
    const c = template.content[lang];
    const text = draft(lang, 'BE', 'mid');
    for (const line of [c.summary, ...c.missions, ...c.benefits, ...c.benefitsByCountry.BE, ...c.workingConditions, ...c.educationPaths, c.educationNote]) {
      expect(text).toContain(line);
    }
    for (const heading of Object.values(c.headings)) expect(text).toContain(heading);
    expect(text).toContain('Acme Belgium');
    expect(text).toContain('Liège');
  });

  it('writes the salary with its period, in the posting language', () => {
    expect(draft('fr', 'BE', 'mid')).toContain('3 800 – 4 500 EUR brut par mois');
    expect(draft('en', 'BE', 'mid')).toContain('3,800 – 4,500 EUR gross per month');
    expect(draft('nl', 'BE', 'mid')).toContain('3.800 – 4.500 EUR bruto per maand');
    expect(draft('fr', 'FR', 'senior')).toContain('50 000 – 75 000 EUR brut par an');
    expect(draft('en', 'FR', 'junior')).toContain('33,000 – 45,000 EUR gross per year');
    expect(draft('nl', 'FR', 'junior')).toContain('33.000 – 45.000 EUR bruto per jaar');
    expect(formatSalary({ min: 4000, max: 4000, currency: 'EUR', period: 'month' }, 'en')).toBe('4,000 EUR gross per month');
  });

  it('says the salary is to be defined when there is none', () => {
    expect(draft('fr', 'DE', 'mid')).toContain('Fourchette salariale à préciser.');
    expect(draft('en', 'DE', 'mid')).toContain('Salary range to be confirmed.');
    expect(draft('nl', 'DE', 'mid')).toContain('Salarisvork nog te bepalen.');
  });

  it('words the remote policy in the posting language', () => {
    expect(draft('fr', 'BE', 'mid')).toContain('Télétravail complet (100 % à distance)');
    expect(draft('en', 'BE', 'mid')).toContain('Fully remote');
    expect(draft('nl', 'BE', 'mid')).toContain('Volledig telewerk (100% op afstand)');
    expect(draft('fr', 'BE', 'mid', { remotePolicy: 'hybrid' })).toContain('Hybride : bureau et télétravail');
    expect(draft('en', 'BE', 'mid', { remotePolicy: 'onsite' })).toContain('On site');
  });

  it('groups skills by importance, with levels and the any-of alternatives', () => {
    const fr = draft('fr', 'BE', 'mid');
    expect(fr).toContain('**Indispensable**\n- Java, python, php, ruby ou Node.js (niveau 3/5)');
    expect(fr).toContain('**Un atout**');
    expect(fr).toContain('- Rigor (important)'); // a soft skill: listed as a quality, without a level
    expect(draft('en', 'BE', 'junior')).toContain('**Required**\n- Java, python, php, ruby or Node.js (level 2/5)');
    expect(draft('nl', 'BE', 'senior')).toContain('**Een pluspunt**');
  });

  it('lists the languages with their CEFR level and the years of experience', () => {
    const fr = draft('fr', 'BE', 'senior');
    expect(fr).toContain('- Anglais : B2 minimum (indispensable)');
    expect(fr).toContain('- Français : C1 minimum (indispensable)');
    expect(fr).toContain('- Néerlandais : B1 minimum (un atout)');
    expect(fr).toContain("Au moins 5 ans d'expérience professionnelle.");
    expect(draft('en', 'BE', 'junior')).toContain('Beginners welcome: no professional experience required.');
    expect(draft('nl', 'BE', 'mid')).toContain('- Nederlands: minstens C1 (vereist)');
  });

  it('passes custom skills through skillLabel and uses the seniority default for null years', () => {
    const d = postingDefaults(template, { country: 'BE', seniority: 'mid', language: 'en' });
    const text = draft('en', 'BE', 'mid', {
      requirements: { ...d.requirements, skills: [{ anyOf: ['elixirphoenix'], minLevel: 2, importance: 'nice' }], minYearsExperience: null },
      skillLabel: (id) => (id === 'elixirphoenix' ? 'Elixir/Phoenix' : id),
    });
    expect(text).toContain('- Elixir/Phoenix (level 2/5)');
    expect(text).toContain('At least 2 years of professional experience.');
  });

  it('lists Belgian extra-legal benefits only for Belgium', () => {
    expect(draft('fr', 'BE', 'mid')).toContain('Chèques-repas');
    expect(draft('fr', 'FR', 'mid')).not.toContain('Chèques-repas');
  });
});

describe('markdownToHtml', () => {
  it('renders headings, lists and bold, and escapes any HTML the text holds', () => {
    const html = markdownToHtml('## Missions\n**Must**\n- a <script>alert(1)</script>\n- b & c\n\nText\nmore');
    expect(html).toBe(
      '<h2>Missions</h2>\n<p><strong>Must</strong></p>\n<ul><li>a &lt;script&gt;alert(1)&lt;/script&gt;</li><li>b &amp; c</li></ul>\n<p>Text<br>more</p>',
    );
  });
});
