/**
 * The job-profile templates, read-only, in memory. Templates ship with the
 * code (data/*.json), so there is nothing to query: the catalog is built once
 * at boot and shared by the API (GET /job-templates) and by posting creation.
 */
import { BUNDLED_TEMPLATES } from './data';
import { parseTemplate } from './template-validation';
import type { JobTemplate, LocalizedTemplate, TemplateLanguage, TemplateSummary } from './template.types';

export class TemplateCatalog {
  private readonly byId: ReadonlyMap<string, JobTemplate>;

  constructor(templates: readonly JobTemplate[]) {
    const byId = new Map<string, JobTemplate>();
    for (const t of templates) {
      if (byId.has(t.id)) throw new Error(`Job template "${t.id}" is defined twice`);
      byId.set(t.id, deepFreeze(t));
    }
    this.byId = byId;
  }

  /** The templates in data/index.ts, each checked by parseTemplate (throws on a malformed file). */
  static fromBundledData(): TemplateCatalog {
    return new TemplateCatalog(BUNDLED_TEMPLATES.map(parseTemplate));
  }

  /** Every template, in the order of BUNDLED_TEMPLATES. */
  list(): JobTemplate[] {
    return [...this.byId.values()];
  }

  /** GET /job-templates?lang= items. */
  summaries(lang: TemplateLanguage): TemplateSummary[] {
    return this.list().map((t) => ({ id: t.id, title: t.content[lang].title, summary: t.content[lang].summary }));
  }

  /** undefined for an unknown id: the caller decides whether that is a 404 or a 400. */
  get(id: string): JobTemplate | undefined {
    return this.byId.get(id);
  }

  /** GET /job-templates/{id}?lang= : the template with its texts in one language; undefined for an unknown id. */
  localized(id: string, lang: TemplateLanguage): LocalizedTemplate | undefined {
    const t = this.byId.get(id);
    if (!t) return undefined;
    const c = t.content[lang];
    return {
      id: t.id,
      version: t.version,
      language: lang,
      title: c.title,
      summary: c.summary,
      missions: [...c.missions],
      requirements: structuredClone(t.requirements),
      languages: structuredClone(t.languageRules),
      salaryBands: t.salaryBands.map(({ derivation: _derivation, ...band }) => ({ ...band })),
      workingConditions: [...c.workingConditions],
      benefits: [...c.benefits],
      benefitsByCountry: structuredClone(c.benefitsByCountry),
      careerPath: [...c.careerPath],
      educationPaths: [...c.educationPaths],
      educationNote: c.educationNote,
      salaryNote: c.salaryNote,
    };
  }
}

/**
 * Templates are shared by every request; freezing them turns an accidental
 * in-place edit (say, a service pushing a language into requirements) into
 * an immediate TypeError instead of a change that leaks into later postings.
 */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
