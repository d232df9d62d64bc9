import { CommonErrorCode } from '../errors/common-errors';
import { InvalidInputError, type FieldError } from '../errors/domain-errors';

/** Deeper than any body the API accepts (a profile is 3 levels); well short of a stack overflow. */
export const MAX_INPUT_DEPTH = 32;

export const INVALID_TEXT_MESSAGE = 'must not contain NUL characters or unpaired surrogates (invalid_text)';

// A NUL cannot be stored by Postgres, and an unpaired surrogate is not Unicode: neither can be
// meant by a client, so both are refused rather than silently altered.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function isCleanText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

export interface RequestInput {
  params?: unknown;
  query?: unknown;
  body?: unknown;
  headers?: Record<string, unknown>;
}

/** Headers the API reads as input; the others are never interpreted. */
const INPUT_HEADERS = ['authorization', 'x-request-id', 'if-none-match', 'accept-encoding', 'accept-language'];

/**
 * The one place text is checked, for every route, before validation: path
 * parameters, query strings, the headers the API reads, and JSON bodies (keys
 * and values). Throws a 400 naming the first bad field, or one saying the body
 * nests too deep; walks iteratively, so no input can exhaust the stack.
 */
export function assertCleanInput(input: RequestInput): void {
  const errors: FieldError[] = [];
  walk(input.params, '', errors);
  walk(input.query, '', errors);
  for (const name of INPUT_HEADERS) {
    const value = input.headers?.[name];
    if (typeof value === 'string' && !isCleanText(value)) errors.push({ field: `header ${name}`, message: INVALID_TEXT_MESSAGE });
  }
  walk(input.body, '', errors);
  if (errors.length > 0) throw new InvalidInputError(CommonErrorCode.InvalidText, errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors.slice(0, 20));
}

function walk(root: unknown, rootPath: string, errors: FieldError[]): void {
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: root, path: rootPath, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isCleanText(value)) errors.push({ field: path || '(body)', message: INVALID_TEXT_MESSAGE });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_INPUT_DEPTH) {
      throw new InvalidInputError(CommonErrorCode.InputTooDeep, `The input nests deeper than ${MAX_INPUT_DEPTH} levels`, [{ field: path || '(body)', message: `nests deeper than ${MAX_INPUT_DEPTH} levels` }]);
    }
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i];
      if (typeof key === 'string' && !isCleanText(key)) {
        errors.push({ field: path || '(body)', message: `has a key that ${INVALID_TEXT_MESSAGE}` });
        continue;
      }
      const childPath = typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
}
