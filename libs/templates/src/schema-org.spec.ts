import type { JobPosting, WithContext } from 'schema-dts';
import { postingDefaults } from './posting-defaults';
import { toSchemaOrgJobPosting, type SchemaOrgPostingInput } from './schema-org';
import { TemplateCatalog } from './template-catalog';

const template = TemplateCatalog.fromBundledData().get('backend-developer')!;
const publishedAt = new Date('2026-03-02T09:30:00.000Z');

/** Reads the JSON-LD as the JSON a crawler gets, for property-by-property assertions. */
const plain = (ld: WithContext<JobPosting>) => ld as unknown as Record<string, unknown>;

function input(country: 'BE' | 'FR' | 'DE', over: Partial<SchemaOrgPostingInput> = {}): SchemaOrgPostingInput {
  const d = postingDefaults(template, { country, seniority: 'mid', language: 'fr' });
  return {
    id: '6a1f2f0e-3c1b-4d39-9f5e-2b7b1d0f8a11',
    title: d.title,
    description: '## Vos missions\n- Écrire des API <sûres>',
    language: 'fr',
    country,
    city: country === 'BE' ? 'Liège' : 'Lyon',
    remotePolicy: 'hybrid',
    employmentType: 'full_time',
    salary: d.salary,
    requirements: d.requirements,
    publishedAt,
    skillLabel: (id) => ({ sql: 'SQL', git: 'Git' })[id] ?? id,
    organizationName: 'Acme',
    ...over,
  };
}

describe('toSchemaOrgJobPosting', () => {
  it('is a typed schema.org JobPosting with every property Google for Jobs requires', () => {
    // The annotation is the point: tsc checks the output against schema-dts.
    const jsonLd: WithContext<JobPosting> = toSchemaOrgJobPosting(input('BE'), { sameAs: 'https://acme.example' });
    const ld = plain(jsonLd);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('JobPosting');
    expect(ld.title).toBe('Développeur / Développeuse Back-End confirmé·e');
    expect(ld.description).toBe('<h2>Vos missions</h2>\n<ul><li>Écrire des API &lt;sûres&gt;</li></ul>');
    expect(ld.datePosted).toBe('2026-03-02T09:30:00.000Z');
    expect(ld.validThrough).toBe('2026-05-01T09:30:00.000Z'); // + 60 days
    expect(ld.hiringOrganization).toEqual({ '@type': 'Organization', name: 'Acme', sameAs: 'https://acme.example' });
    expect(ld.jobLocation).toEqual({
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Liège', addressCountry: 'BE' },
    });
    expect(ld.identifier).toEqual({ '@type': 'PropertyValue', name: 'Acme', value: '6a1f2f0e-3c1b-4d39-9f5e-2b7b1d0f8a11' });
    expect(ld.employmentType).toBe('FULL_TIME');
    expect(ld.directApply).toBe(true);
    expect(ld.educationRequirements).toBe('no requirements');
    expect(ld.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 24 });
    expect(ld.skills).toMatch(/^java, python, php, ruby, nodejs, SQL, Git, /);
    expect(ld.mainEntityOfPage).toEqual({ '@type': 'WebPage', inLanguage: 'fr' });
    expect(ld).not.toHaveProperty('jobLocationType');
  });

  it('gives a Belgian monthly band as MONTH and a French yearly one as YEAR', () => {
    const be = plain(toSchemaOrgJobPosting(input('BE')));
    expect(be.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: { '@type': 'QuantitativeValue', minValue: 3800, maxValue: 4500, unitText: 'MONTH' },
    });
    const fr = plain(toSchemaOrgJobPosting(input('FR'))) as { baseSalary: { value: { unitText: string; minValue: number } } };
    expect(fr.baseSalary.value).toMatchObject({ unitText: 'YEAR', minValue: 45000 });
  });

  it('marks a remote posting TELECOMMUTE with the country applicants may live in', () => {
    const ld = plain(toSchemaOrgJobPosting(input('BE', { remotePolicy: 'remote' })));
    expect(ld.jobLocationType).toBe('TELECOMMUTE');
    expect(ld.applicantLocationRequirements).toEqual({ '@type': 'Country', name: 'BE' });
  });

  it("maps employment types to Google's enum", () => {
    const type = (employmentType: SchemaOrgPostingInput['employmentType']) =>
      plain(toSchemaOrgJobPosting(input('BE', { employmentType }))).employmentType;
    expect([type('full_time'), type('part_time'), type('contract'), type('internship')]).toEqual(['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'INTERN']);
  });

  it('leaves out the salary when there is none, and says "no requirements" for a beginner job', () => {
    const base = input('DE');
    const ld = plain(toSchemaOrgJobPosting({ ...base, requirements: { ...base.requirements, minYearsExperience: 0 } }));
    expect(ld).not.toHaveProperty('baseSalary');
    expect(ld.experienceRequirements).toBe('no requirements');
  });

  it('uses the seniority default when the years are left null, and the url when given', () => {
    const base = input('BE', { seniority: 'senior', url: 'https://jobs.example/jobs/1' });
    const ld = plain(toSchemaOrgJobPosting({ ...base, requirements: { ...base.requirements, minYearsExperience: null } }));
    expect(ld.experienceRequirements).toEqual({ '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 60 });
    expect(ld.url).toBe('https://jobs.example/jobs/1');
  });
});
