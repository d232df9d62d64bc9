import type { OpenAPIObject } from '@nestjs/swagger';
import { CommonErrorCode, type ErrorCode } from '@embauche/common';
import { AccountErrorCode } from '@embauche/accounts';
import { DatabaseErrorCode } from '@embauche/database/database-errors';
import { problemContent, problemDescription } from './api-problems.decorator';

type Operation = {
  parameters?: Array<{ in?: string }>;
  requestBody?: unknown;
  security?: unknown[];
  responses: Record<string, { description?: string; content?: Record<string, { examples?: Record<string, unknown> }> }>;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Adds to every operation the problems no controller decorates because every route can give them:
 * the hostile-input hook, the pipes on what the operation reads, the bearer guard, the body
 * parser, the rate limit and an unreachable database. Each response then lists its codes.
 */
export function declareProblemCodes(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = (item as Record<string, Operation | undefined>)[method];
      if (!op) continue;
      const params = op.parameters ?? [];
      const reads = params.length > 0 || op.requestBody !== undefined;
      add(op, 400, [
        ...(reads ? [CommonErrorCode.ValidationFailed] : []),
        CommonErrorCode.InvalidText,
        ...(op.requestBody || params.some((p) => p.in === 'query') ? [CommonErrorCode.InputTooDeep] : []),
        ...(op.requestBody ? [CommonErrorCode.InvalidJson] : []),
        ...(params.some((p) => p.in === 'path') ? [CommonErrorCode.InvalidUrl] : []),
      ]);
      if (op.security?.length) add(op, 401, [AccountErrorCode.TokenRequired, AccountErrorCode.TokenInvalid]);
      if (op.requestBody) {
        add(op, 413, [CommonErrorCode.PayloadTooLarge]);
        add(op, 415, [CommonErrorCode.UnsupportedMediaType]);
      }
      if (params.some((p) => p.in === 'path') || path.includes('{')) add(op, 414, [CommonErrorCode.UriTooLong]);
      add(op, 429, [CommonErrorCode.RateLimited]);
      add(op, 503, [CommonErrorCode.Unavailable, DatabaseErrorCode.Busy]);
    }
  }
  return document;
}

function add(op: Operation, status: number, codes: ErrorCode[]): void {
  const existing = op.responses[String(status)];
  const had = Object.keys(existing?.content?.['application/problem+json']?.examples ?? {});
  const all = [...new Set([...had, ...codes])];
  const description = existing?.description?.replace(/\. Codes: .*$/, '');
  op.responses[String(status)] = { ...existing, description: problemDescription(status, all, description), content: problemContent(status, all) };
}
