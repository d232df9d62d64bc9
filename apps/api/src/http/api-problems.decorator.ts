import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';
import { STATUS_CODES } from 'node:http';
import { AccountErrorCode } from '@embauche/accounts';
import { CommonErrorCode, PROBLEM_TYPE_BASE, type ErrorCode } from '@embauche/common';
import { PROBLEM_CODES } from './problem-codes';

export class FieldErrorResponse {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be a valid email address' }) message: string;
}

/** RFC 9457 problem details, served as application/problem+json. */
export class ProblemResponse {
  @ApiProperty({ example: `${PROBLEM_TYPE_BASE}validation_failed`, description: `\`${PROBLEM_TYPE_BASE}\` followed by \`code\`` }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request has invalid fields' }) detail: string;
  @ApiProperty({
    enum: PROBLEM_CODES,
    enumName: 'ProblemCode',
    example: CommonErrorCode.ValidationFailed,
    description: 'Which rule answered; each operation lists the codes it can give per status (its error responses\' examples)',
  })
  code: string;
  @ApiProperty({ type: [FieldErrorResponse], required: false }) errors?: FieldErrorResponse[];
  @ApiProperty({ required: false, description: 'Correlates with the server logs' }) requestId?: string;
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, unknown fields or invalid values (listed in `errors`)',
  401: 'Missing, invalid or expired token, or bad credentials',
  403: 'Your role may not do this',
  404: 'Does not exist, or is not yours to see',
  409: 'Conflict with the current state',
  413: 'Body over the size limit',
  414: 'A path parameter over 100 characters',
  415: 'A body that is not application/json',
  429: 'Rate limited; see Retry-After',
  503: 'The database is unreachable or busy; see Retry-After',
};

/**
 * What a bare status means on a route: the guards' and pipes' answers. Codes every route can give
 * (validation, hostile input, 413/415 on bodies, 429, 503) are added to the document in
 * `declareProblemCodes`, from what the operation reads.
 */
const DEFAULT_CODES: Record<number, ErrorCode[]> = {
  400: [CommonErrorCode.ValidationFailed],
  401: [AccountErrorCode.TokenRequired, AccountErrorCode.TokenInvalid],
  403: [AccountErrorCode.RoleForbidden],
  429: [CommonErrorCode.RateLimited],
};

/** The codes a route gives for a status, beyond (400) or instead of (others) its defaults. */
export type ProblemCodes = Partial<Record<number, ErrorCode[]>>;

const PROBLEM_SCHEMA = { $ref: '#/components/schemas/ProblemResponse' };

/** The content of a problem response: one example per code, so the document lists what a client may meet. */
export function problemContent(status: number, codes: ErrorCode[]) {
  const examples = Object.fromEntries(codes.map((code) => [code, { value: { type: `${PROBLEM_TYPE_BASE}${code}`, title: STATUS_CODES[status], status, code } }]));
  return { 'application/problem+json': { schema: PROBLEM_SCHEMA, examples } };
}

export function problemDescription(status: number, codes: ErrorCode[], description = DESCRIPTIONS[status] ?? STATUS_CODES[status] ?? 'Error'): string {
  return codes.length ? `${description}. Codes: ${codes.map((c) => `\`${c}\``).join(', ')}` : description;
}

/**
 * Documents the problem responses a route can give: `ApiProblems(400, 401, { 404: [JobPostingErrorCode.PostingNotFound] })`.
 * A bare status gets its default codes; a status in the map gets the codes listed (added to 400's).
 */
export function ApiProblems(...entries: Array<number | ProblemCodes>): MethodDecorator & ClassDecorator {
  const codes = new Map<number, ErrorCode[]>();
  for (const entry of entries) {
    if (typeof entry === 'number') codes.set(entry, [...(codes.get(entry) ?? DEFAULT_CODES[entry] ?? [])]);
    else {
      for (const [status, listed] of Object.entries(entry)) {
        const base = Number(status) === 400 ? DEFAULT_CODES[400] : [];
        codes.set(Number(status), [...new Set([...base, ...(listed ?? [])])]);
      }
    }
  }
  return applyDecorators(
    ...[...codes].map(([status, list]) => ApiResponse({ status, description: problemDescription(status, list), content: problemContent(status, list) })),
  );
}
