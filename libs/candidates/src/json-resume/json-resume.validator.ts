/**
 * Checks a request body against the published JSON Resume schema (the
 * `@jsonresume/schema` package). Only what cannot be read at all refuses the
 * import (validateJsonResume: not an object, absurd sizes); a field that
 * breaks the schema (a URL without a scheme, "Present" as a date) is one of
 * schemaProblems(), which the mapper reports in `unmapped` while it imports
 * the rest, because published resumes break the schema in ways that do not
 * matter to a profile. The package's own validate() stops at a callback with
 * raw messages; we drive its `jsonschema` Validator directly and turn each
 * error into `{ field, message }`.
 */
import { Schema, ValidationError, Validator } from 'jsonschema';

// The package is CommonJS without type declarations; only its schema is used.
const { schema: publishedSchema } = require('@jsonresume/schema') as { schema: Schema };

export interface JsonResumeError {
  /** JSON path of the offending value (`basics.email`, `work[0].startDate`); `$` is the document itself. */
  field: string;
  message: string;
}

/** A schema problem, with the offending value so the import can echo it and judge it. */
export interface SchemaProblem extends JsonResumeError {
  value: unknown;
  /** True when the value is not a date of the schema's form (YYYY, YYYY-MM, YYYY-MM-DD) or no calendar has it. */
  isDate: boolean;
}

const CALENDAR_DATE = 'json-resume-calendar-date';
const DATE_SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The schema's date pattern accepts "2020-19" and "2021-02-31" (its month is
 * [0-1][0-9], its day [0-3][0-9]). Such a date would be silently dropped by
 * the mapper, so we also require a real calendar date. Shapes the pattern
 * rejects pass here, so the candidate gets one error per field, not two.
 */
function isCalendarDate(value: unknown): boolean {
  const m = typeof value === 'string' ? DATE_SHAPE.exec(value) : null;
  if (!m) return true;
  if (m[2] === undefined) return true;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

const definitions = (publishedSchema.definitions ?? {}) as Record<string, Schema>;
const schema: Schema = {
  ...publishedSchema,
  definitions: { ...definitions, iso8601: { ...definitions.iso8601, format: CALENDAR_DATE } },
};
const validator = new Validator();
validator.customFormats[CALENDAR_DATE] = isCalendarDate;

/** No resume has this many entries in one list; such a document is generated, and costly to walk. */
export const MAX_LIST_ENTRIES = 1000;
/** The schema nests four levels deep; far deeper is not a resume. */
export const MAX_DEPTH = 24;

/** The problems that refuse the whole document: it is not an object, or it is far too large to be a resume. */
export function validateJsonResume(doc: unknown): JsonResumeError[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    return [{ field: '$', message: 'must be a JSON object (a JSON Resume document)' }];
  }
  const errors: JsonResumeError[] = [];
  checkSize(doc, [], errors);
  return errors;
}

/** Depth-first, stopping under the first problem of a branch: one error per absurd list is enough. */
function checkSize(value: unknown, path: Array<string | number>, errors: JsonResumeError[]): void {
  if (typeof value !== 'object' || value === null) return;
  if (path.length > MAX_DEPTH) {
    errors.push({ field: fieldPath(path), message: `is nested more than ${MAX_DEPTH} levels deep` });
    return;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ENTRIES) {
      errors.push({ field: fieldPath(path), message: `has more than ${MAX_LIST_ENTRIES} entries` });
      return;
    }
    value.forEach((item, i) => checkSize(item, [...path, i], errors));
    return;
  }
  for (const [key, item] of Object.entries(value)) checkSize(item, [...path, key], errors);
}

/** Every place the document breaks the published schema, each with its path; [] for a non-object (see validateJsonResume). */
export function schemaProblems(doc: unknown): SchemaProblem[] {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return [];
  return validator.validate(doc, schema).errors.map((error) => ({
    field: fieldPath(error.path),
    message: messageOf(error),
    value: error.instance,
    isDate: error.argument === CALENDAR_DATE || (error.name === 'pattern' && error.argument === definitions.iso8601?.pattern),
  }));
}

/** ["work", 0, "startDate"] → "work[0].startDate". */
function fieldPath(path: Array<string | number>): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out === '' ? part : `.${part}`;
  return out === '' ? '$' : out;
}

/** jsonschema's wording ("is not of a type(s) string") rewritten for people. */
function messageOf(error: ValidationError): string {
  const argument: unknown = error.argument;
  switch (error.name) {
    case 'type': {
      const types = (Array.isArray(argument) ? argument : [argument]).map(String);
      return `must be ${types.map((t) => (/^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`)).join(' or ')}`;
    }
    case 'pattern':
      if (argument === definitions.iso8601?.pattern) return 'must be a date as YYYY, YYYY-MM or YYYY-MM-DD';
      return `must match ${String(argument)}`;
    case 'format':
      if (argument === CALENDAR_DATE) return 'is not a real calendar date';
      if (argument === 'email') return 'must be an email address';
      if (argument === 'uri') return 'must be an absolute URL (e.g. https://example.com)';
      return `must be a valid ${String(argument)}`;
    default:
      return error.message;
  }
}
