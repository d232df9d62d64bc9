import fc from 'fast-check';
import { deepNesting, forgedCursor, forgedToken, invalidText, oddText, wrongType } from './hostile-values';

type Schema = { type?: string; $ref?: string; enum?: unknown[]; properties?: Record<string, Schema>; items?: Schema; maxLength?: number; format?: string; allOf?: Schema[] };
interface Parameter { name: string; in: 'path' | 'query' | 'header'; schema?: Schema }
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
  responses?: Record<string, { content?: Record<string, { examples?: Record<string, unknown> }> }>;
}
export interface OpenApiDocument { paths: Record<string, Record<string, Operation>>; components?: { schemas?: Record<string, Schema> } }

/** The seeded data hostile requests are aimed at: real ids and one token per role. */
export interface FuzzWorld {
  tokens: Record<'admin' | 'recruiter' | 'hiring_manager' | 'candidate', string>;
  ids: string[];
}

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  /** What was made hostile, for the failure report. */
  target: string;
  /** The operation as the document names it (`GET /api/v1/jobs/{id}`): which problem codes it declares. */
  operation: string;
}

/** The problem codes the document declares for an operation and status (its error response's examples). */
export function declaredCodes(doc: OpenApiDocument, operation: string, status: number): string[] | undefined {
  const [method, path] = operation.split(' ');
  const response = doc.paths[path]?.[method.toLowerCase()]?.responses?.[String(status)];
  return response ? Object.keys(response.content?.['application/problem+json']?.examples ?? {}) : undefined;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/**
 * Every request has exactly one input that no valid request has (a declared
 * field or parameter with a value its schema refuses, a forged token, a body
 * that is not what the operation reads), so none may succeed and the seeded
 * data must come out unchanged; the other inputs are valid-looking or odd.
 */
export function requestArbitrary(doc: OpenApiDocument, world: FuzzWorld): fc.Arbitrary<FuzzRequest> {
  const resolve = (s: Schema | undefined): Schema => {
    if (!s) return {};
    if (s.$ref) return resolve(doc.components?.schemas?.[s.$ref.split('/').pop()!]);
    if (s.allOf?.length) return resolve(s.allOf[0]);
    return s;
  };
  const plausible = (s: Schema | undefined, depth = 0): fc.Arbitrary<unknown> => {
    const r = resolve(s);
    if (r.enum) return fc.constantFrom(...r.enum);
    if (r.format === 'uuid') return fc.constantFrom(...world.ids);
    switch (r.type) {
      case 'integer':
      case 'number':
        return fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ noNaN: true }));
      case 'boolean':
        return fc.boolean();
      case 'array':
        return depth > 3 ? fc.constant([]) : fc.array(plausible(r.items, depth + 1), { maxLength: 3 });
      case 'object':
        return depth > 3 ? fc.constant({}) : fc.record(Object.fromEntries(Object.entries(r.properties ?? {}).map(([k, v]) => [k, plausible(v, depth + 1)])), { requiredKeys: [] });
      default:
        return fc.oneof(fc.constantFrom(...world.ids, 'java', 'backend-developer', 'BE', 'en'), oddText);
    }
  };
  // A value `s` refuses, at the top or one level down; returns the value and where it is.
  const refused = (s: Schema | undefined, path: string, depth = 0): fc.Arbitrary<[unknown, string]> => {
    const r = resolve(s);
    const options: Array<fc.Arbitrary<[unknown, string]>> = [wrongType(r.enum ? 'string' : r.type).map((v) => [v, path])];
    if (r.type === 'string' || r.enum) options.push(invalidText.map((v) => [v, path]));
    if (r.maxLength) options.push(fc.integer({ min: 1, max: 200_000 }).map((n) => ['x'.repeat(r.maxLength! + n), `${path} (too long)`]));
    if (r.type === 'array' && depth < 3) options.push(refused(r.items, `${path}[0]`, depth + 1).map(([v, p]) => [[v], p]));
    if (r.type === 'object') {
      options.push(fc.constant([{ 'unknown\u0000': 1, id: 'x' }, `${path} (unknown fields)`]));
      const keys = Object.keys(r.properties ?? {});
      if (keys.length && depth < 3) {
        options.push(
          fc.constantFrom(...keys).chain((key) =>
            fc.tuple(plausible(r), refused(r.properties![key], path ? `${path}.${key}` : key, depth + 1)).map(([base, [v, p]]) => [{ ...(base as object), [key]: v }, p] as [unknown, string]),
          ),
        );
      }
    }
    return fc.oneof(...options);
  };

  const operations = Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return fc.constantFrom(...operations).chain(({ path, method, op }) => {
    const params = (op.parameters ?? []).filter((p) => p.in === 'path' || p.in === 'query');
    const bodySchema = op.requestBody?.content?.['application/json']?.schema;
    const targets = ['token', ...params.map((p) => `param:${p.name}`), ...(bodySchema ? ['body', 'content-type', 'nesting'] : [])];
    const values = fc.record(Object.fromEntries(params.map((p) => [p.name, fc.option(p.name === 'cursor' ? forgedCursor : plausible(p.schema), { nil: undefined })])));
    return fc
      .record({
        target: fc.constantFrom(...targets),
        role: fc.constantFrom('anonymous', ...(Object.keys(world.tokens) as Array<keyof FuzzWorld['tokens']>)),
        values,
        body: bodySchema ? refused(bodySchema, '') : fc.constant([undefined, ''] as [unknown, string]),
        hostileParam: fc.oneof(invalidText, forgedCursor, oddText.filter((s) => s !== ''), wrongType('string')),
        token: forgedToken,
        nesting: deepNesting,
        requestId: fc.oneof(fc.constant(undefined), oddText.filter((s) => /^[\x20-\x7e]*$/.test(s))),
      })
      .map(({ target, role, values, body, hostileParam, token, nesting, requestId }) => {
        const query: string[] = [];
        let url = path;
        for (const p of params) {
          const hostile = target === `param:${p.name}`;
          let value = hostile ? hostileParam : values[p.name];
          if (p.in === 'path') {
            value ??= world.ids[0];
            // An odd text can be a valid UUID-looking id nowhere; an empty path segment would change the route.
            url = url.replace(`{${p.name}}`, encodeHostile(String(value)) || '%00');
          } else if (value !== undefined) {
            query.push(`${p.name}=${encodeHostile(typeof value === 'string' ? value : JSON.stringify(value))}`);
          }
        }
        const headers: Record<string, string> = {};
        if (target === 'token') headers.authorization = `Bearer ${token}`;
        else if (role !== 'anonymous') headers.authorization = `Bearer ${world.tokens[role]}`;
        if (requestId) headers['x-request-id'] = requestId;
        let payload: string | undefined;
        if (bodySchema) {
          headers['content-type'] = target === 'content-type' ? 'text/plain' : 'application/json';
          payload = target === 'nesting' ? `{"x":${nesting}}` : JSON.stringify(body[0] ?? null);
        }
        const qs = query.join('&');
        return {
          method,
          path: `${url}${qs ? `?${qs}` : ''}`,
          headers,
          body: payload,
          target: target === 'body' ? `body ${body[1] || '(root)'}` : target,
          operation: `${method} ${path}`,
        };
      });
  });
}

/** Percent-encodes as a client would, except that an unpaired surrogate goes as its raw (invalid) UTF-8 bytes. */
function encodeHostile(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    if (pair) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `%${b.toString(16).toUpperCase()}`).join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}
