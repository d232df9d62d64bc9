/**
 * Job-profile templates: the bundled data, the catalog, and the pure
 * functions that turn a template into a posting's defaults, its description
 * and its schema.org JSON-LD. Nothing here imports Nest or TypeORM, so the
 * API, the worker and the seed command share it without pulling a framework
 * in; persistence of templates (if any) lives beside it, not in this barrel.
 */
export * from './template.types';
export { TemplateCatalog } from './template-catalog';
export { parseTemplate, TemplateDataError } from './template-validation';
export { resolveLanguages } from './language-rules';
export { postingDefaults, findSalaryBand, DEFAULT_MIN_YEARS_BY_SENIORITY } from './posting-defaults';
export type { PostingDefaults, PostingDefaultsInput } from './posting-defaults';
export { renderDescription, formatSalary } from './render-description';
export type { RenderDescriptionInput } from './render-description';
export { EMPLOYMENT_TYPES, RENDER_VOCABULARY, formatAmount, countryName, languageName } from './render-vocabulary';
export type { EmploymentType, RenderVocabulary } from './render-vocabulary';
export { markdownToHtml, escapeHtml } from './markdown-to-html';
export { toSchemaOrgJobPosting, LISTING_VALIDITY_DAYS } from './schema-org';
export type { SchemaOrgPostingInput, SchemaOrgOrganization } from './schema-org';
export { TemplateErrorCode } from './template-errors';
