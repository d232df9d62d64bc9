import fc from 'fast-check';
import { declaredCodes, requestArbitrary, type FuzzRequest, type FuzzWorld, type OpenApiDocument } from './requests';

export interface FuzzOptions {
  baseUrl: string;
  world: FuzzWorld;
  requests: number;
  seed: number;
  concurrency?: number;
}

export interface FuzzViolation {
  request: FuzzRequest;
  status: number;
  problem: string;
  body: string;
}

export interface FuzzReport {
  seed: number;
  counts: Record<number, number>;
  violations: FuzzViolation[];
}

// What an error body must never show: a stack frame, SQL or a driver's words, a path on the server.
const LEAKS: Array<[RegExp, string]> = [
  [/\bat [^\s]+ \(?[^\s]*\.[jt]s:\d+/, 'a stack trace'],
  [/\b(select|insert|update|delete)\b[^"]{0,80}\b(from|into|set|where)\b|syntax error at|violates .* constraint|invalid input syntax|relation "|QueryFailedError/i, 'SQL text'],
  [/\/(work|home|usr|app|srv)\/|node_modules|dist\/apps/, 'a server path'],
];

/** What the document says a problem's `code` may be: any of `ProblemCode`, and for this operation and status the ones it lists. */
export interface ProblemCodes {
  known: ReadonlySet<string>;
  /** `undefined`: the operation declares no response with this status. */
  declared: string[] | undefined;
}

const PROBLEM_TYPE_BASE = 'https://embauche.dev/problems/';

/**
 * Checks one answer against the contract: never 5xx; every 4xx problem+json with its status and a
 * `code` the document declares (for the operation, when it has that status), leaking nothing.
 */
export function contractProblem(status: number, contentType: string, body: string, codes?: ProblemCodes): string | null {
  if (status >= 500) return `a ${status}`;
  if (status < 400) return null;
  if (!contentType.startsWith('application/problem+json')) return `a ${status} as ${contentType || 'no content type'}`;
  let parsed: { status?: unknown; type?: unknown; title?: unknown; detail?: unknown; code?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return 'a problem body that is not JSON';
  }
  if (parsed.status !== status) return `a problem whose status is ${String(parsed.status)}, not ${status}`;
  if (typeof parsed.type !== 'string' || typeof parsed.title !== 'string' || typeof parsed.detail !== 'string') return 'a problem without type, title or detail';
  if (typeof parsed.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(parsed.code)) return 'a problem without a snake_case code';
  if (parsed.type !== `${PROBLEM_TYPE_BASE}${parsed.code}`) return `a problem whose type ${parsed.type} does not name its code ${parsed.code}`;
  if (codes && !codes.known.has(parsed.code)) return `a code (${parsed.code}) missing from the document's ProblemCode enum`;
  if (codes && !codes.declared) return `a ${status} (${parsed.code}), which the operation does not declare`;
  if (codes?.declared && !codes.declared.includes(parsed.code)) return `a ${status} with code ${parsed.code}, which the operation's ${status} response does not list (${codes.declared.join(', ')})`;
  for (const [pattern, what] of LEAKS) if (pattern.test(body)) return `${what} in the body`;
  return null;
}

/** Builds `requests` hostile requests from the served OpenAPI document (deterministic for a seed) and sends them. */
export async function runFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const docResponse = await fetch(`${options.baseUrl}/api/v1/openapi.json`);
  const doc = (await docResponse.json()) as OpenApiDocument;
  const requests = fc.sample(requestArbitrary(doc, options.world), { seed: options.seed, numRuns: options.requests });
  const known = new Set((doc.components?.schemas?.ProblemCode?.enum ?? []) as string[]);
  if (known.size === 0) throw new Error('The OpenAPI document has no ProblemCode enum');
  const counts: Record<number, number> = {};
  const violations: FuzzViolation[] = [];
  let next = 0;
  const lane = async () => {
    for (let i = next++; i < requests.length; i = next++) {
      const request = requests[i];
      const { status, contentType, body } = await send(options.baseUrl, request);
      counts[status] = (counts[status] ?? 0) + 1;
      const problem = contractProblem(status, contentType, body, { known, declared: declaredCodes(doc, request.operation, status) });
      if (problem) violations.push({ request, status, problem, body: body.slice(0, 500) });
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 4 }, lane));
  return { seed: options.seed, counts, violations };
}

async function send(baseUrl: string, request: FuzzRequest): Promise<{ status: number; contentType: string; body: string }> {
  try {
    const res = await fetch(`${baseUrl}${request.path}`, { method: request.method, headers: request.headers, body: request.body, redirect: 'manual' });
    return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: await res.text() };
  } catch (error) {
    // A request fetch itself refuses (a header it will not send) tells nothing about the server.
    if (error instanceof TypeError && !(error as { cause?: { code?: string } }).cause?.code?.startsWith('UND_ERR_SOCKET')) return { status: 0, contentType: '', body: '' };
    return { status: 599, contentType: '', body: `connection failed: ${(error as Error).message}` };
  }
}

/** A short description of what went wrong, with the seed to replay it. */
export function describeFailures(report: FuzzReport): string {
  const lines = report.violations.slice(0, 15).map((v) => `  ${v.problem}: ${v.request.method} ${v.request.path.slice(0, 160)} [${v.request.target}] → ${v.body.slice(0, 200)}`);
  return `contract fuzzing (seed ${report.seed}, replay with FUZZ_SEED=${report.seed}): ${report.violations.length} violations\n${lines.join('\n')}`;
}
