import { STATUS_CODES } from 'node:http';
import { CommonErrorCode, type ErrorCode } from '../errors/common-errors';
import type { FieldError } from '../errors/domain-errors';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  /** Which rule answered (snake_case, one of the OpenAPI document's `ProblemCode`); `type` ends with it. */
  code: ErrorCode;
  errors?: FieldError[];
  requestId?: string;
}

/** What a status means when nothing more specific was thrown (framework errors, Nest's own exceptions). */
const GENERIC_CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: CommonErrorCode.InvalidInput,
  401: CommonErrorCode.Unauthorized,
  403: CommonErrorCode.Forbidden,
  404: CommonErrorCode.NotFound,
  405: CommonErrorCode.MethodNotAllowed,
  406: CommonErrorCode.NotAcceptable,
  408: CommonErrorCode.RequestTimeout,
  409: CommonErrorCode.Conflict,
  413: CommonErrorCode.PayloadTooLarge,
  414: CommonErrorCode.UriTooLong,
  415: CommonErrorCode.UnsupportedMediaType,
  429: CommonErrorCode.RateLimited,
  431: CommonErrorCode.HeadersTooLarge,
  500: CommonErrorCode.InternalError,
  503: CommonErrorCode.Unavailable,
};

/** `type` is this base followed by the code, so the URL names the rule (`…/problems/posting_closed`). */
export const PROBLEM_TYPE_BASE = 'https://embauche.dev/problems/';

/** `code` defaults to what the status means generically (framework errors, Nest's own exceptions). */
export function problem(status: number, detail: string, errors?: FieldError[], code: ErrorCode = genericCode(status)): Problem {
  const body: Problem = {
    type: `${PROBLEM_TYPE_BASE}${code}`,
    title: STATUS_CODES[status] ?? 'Error',
    status,
    detail,
    code,
  };
  if (errors && errors.length > 0) body.errors = errors;
  return body;
}

export function genericCode(status: number): ErrorCode {
  return GENERIC_CODE_BY_STATUS[status] ?? (status >= 500 ? CommonErrorCode.InternalError : CommonErrorCode.InvalidInput);
}
