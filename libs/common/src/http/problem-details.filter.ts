import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  ServiceUnavailableError,
  UnauthorizedError,
} from '../errors/domain-errors';
import { CommonErrorCode, type ErrorCode } from '../errors/common-errors';
import { databaseUnavailable } from '../errors/database-unavailable';
import { problem, PROBLEM_CONTENT_TYPE, type Problem } from './problem';
import { RequestValidationException } from './validation';

const DOMAIN_STATUS = new Map<Function, number>([
  [InvalidInputError, 400],
  [UnauthorizedError, 401],
  [ForbiddenError, 403],
  [NotFoundError, 404],
  [ConflictError, 409],
  [ServiceUnavailableError, 503],
]);

/** Turns anything thrown into an `application/problem+json` response; never leaks a stack trace. */
export function toProblem(error: unknown): Problem {
  if (error instanceof DomainError) {
    return problem(DOMAIN_STATUS.get(error.constructor) ?? 400, error.message, error.errors, error.code);
  }
  if (error instanceof RequestValidationException) {
    return problem(400, 'The request has invalid fields', error.errors, CommonErrorCode.ValidationFailed);
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    const message = typeof response === 'string' ? response : (response as { message?: unknown }).message;
    const detail = Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
    const noRoute = status === 404 && /Cannot (GET|POST|PUT|PATCH|DELETE)/.test(detail);
    if (noRoute) return problem(404, 'No such route', undefined, CommonErrorCode.RouteNotFound);
    // Nest's Fastify adapter wraps Fastify's own 4xx errors (malformed JSON…); their code says which.
    const cause = (error as { cause?: unknown }).cause as (Error & { code?: string }) | undefined;
    return problem(status, detail, undefined, cause instanceof Error && cause.code?.startsWith('FST_') ? fastifyDetail(cause)[1] : undefined);
  }
  // Fastify's own errors (malformed JSON, body too large, bad content type) carry a 4xx statusCode.
  const statusCode = (error as { statusCode?: unknown })?.statusCode;
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const [detail, code] = fastifyDetail(error as Error & { code?: string });
    return problem(statusCode, detail, undefined, code);
  }
  return problem(500, 'An unexpected error occurred; it has been logged', undefined, CommonErrorCode.InternalError);
}

/** Fastify's own errors, by its codes; `undefined` leaves the status's generic code. */
function fastifyDetail(error: Error & { code?: string }): [string, ErrorCode | undefined] {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return ['The body is not valid JSON', CommonErrorCode.InvalidJson];
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return ['The body is larger than the server accepts', CommonErrorCode.PayloadTooLarge];
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return ['Unsupported content type; send application/json', CommonErrorCode.UnsupportedMediaType];
    case 'FST_ERR_BAD_URL':
      return ['The path is not validly percent-encoded', CommonErrorCode.InvalidUrl];
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return ['A path parameter is longer than 100 characters', CommonErrorCode.UriTooLong];
    default:
      return error.message.startsWith('Unexpected') || error instanceof SyntaxError ? ['The body is not valid JSON', CommonErrorCode.InvalidJson] : [error.message, undefined];
  }
}

export function sendProblem(reply: FastifyReply, request: FastifyRequest, thrown: unknown, logger: Logger): void {
  const error = databaseUnavailable(thrown) ?? thrown;
  const body = toProblem(error);
  body.requestId = String(request.id);
  if (body.status >= 500 && !(error instanceof ServiceUnavailableError)) {
    logger.error({ err: error, requestId: request.id }, 'Unhandled error');
  }
  if (error instanceof ServiceUnavailableError) {
    // Logged as a warning, not an error: the request was refused on purpose, and the client is told when to retry.
    logger.warn({ err: error.cause ?? error, requestId: request.id }, error.message);
    void reply.header('Retry-After', String(error.retryAfterSeconds));
  }
  if (body.status === 429) {
    // The throttler names its header after the limit that fired (Retry-After-auth…); clients read Retry-After.
    const waits = Object.entries(reply.getHeaders())
      .filter(([name]) => name.toLowerCase().startsWith('retry-after'))
      .map(([, value]) => Number(value))
      .filter((n) => Number.isFinite(n) && n > 0);
    const seconds = waits.length ? Math.max(...waits) : 60;
    void reply.header('Retry-After', String(seconds));
    body.detail = `Too many requests; retry after ${seconds} s`;
  }
  void reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    sendProblem(http.getResponse<FastifyReply>(), http.getRequest<FastifyRequest>(), exception, this.logger);
  }
}
