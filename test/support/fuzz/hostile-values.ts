import fc from 'fast-check';

/** Strings no field accepts: Postgres cannot store a NUL, an unpaired surrogate is not Unicode. */
export const invalidText = fc.oneof(
  fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`),
  fc.constantFrom('\uD800', 'a\uDFFFb', 'x\uDBFF', '\u0000', "'; DROP TABLE users; --\u0000"),
);

/** Strings that are merely odd: injection, odd unicode, path tricks. Valid as text; must still never break anything. */
export const oddText = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --",
    '"; SELECT pg_sleep(5); --',
    '${7*7}{{7*7}}',
    '<script>alert(1)</script>',
    '../../../etc/passwd',
    '%00',
    '%ZZ',
    '\u202Egnp.exe',
    '𝕏👩‍👩‍👧\u200D',
    'ı̇ǅß',
    ' ',
    '',
    '-'.repeat(36),
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Any JSON value but the one a schema of `type` wants. */
export function wrongType(type: string | undefined): fc.Arbitrary<unknown> {
  const all: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.oneof(invalidText),
    number: fc.constantFrom('1e999', 'NaN', '12', ''),
    integer: fc.constantFrom(1.5, '7', 'Infinity', true),
    boolean: fc.constantFrom('true', 0, 1, 'false', []),
    array: fc.constantFrom({ 0: 'x' }, 'a,b', 42, { length: 1 }),
    object: fc.constantFrom([], [[{}]], 'x', 3, true),
  };
  return all[type ?? 'string'] ?? fc.constant({ unexpected: true });
}

/** A cursor shaped like ours but forged: wrong arity, wrong types, a uuid of hyphens, huge numbers. */
export const forgedCursor = fc
  .oneof(
    fc.constant(['yesterday', 'x']),
    fc.constant([true, 1e308, '-'.repeat(36)]),
    fc.constant(['2026-01-01T00:00:00.000Z', "' OR 1=1"]),
    fc.tuple(fc.anything({ maxDepth: 2 }), fc.anything({ maxDepth: 2 })),
    fc.constant({ a: 1 }),
  )
  .map((v) => Buffer.from(JSON.stringify(v)).toString('base64url'))
  .chain((c) => fc.constantFrom(c, `${c}!`, c.slice(0, 3), '%00'));

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');

/** Bearer tokens that must all be a 401: alg none, unsigned, garbage, a real header on a forged payload. */
export const forgedToken = fc.oneof(
  fc.constant(`${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub: '00000000-0000-0000-0000-000000000000', role: 'admin' })}.`),
  fc.constant(`${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub: 'x', role: 'admin', exp: 1 })}.c2lnbmF0dXJl`),
  fc.string({ maxLength: 60 }).filter((s) => /^[\x21-\x7e]*$/.test(s)),
  fc.constant('a.b.c'),
);

/** A JSON text nested `depth` deep: JSON.parse copes, a recursive validator would not. */
export const deepNesting = fc.integer({ min: 40, max: 10_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
