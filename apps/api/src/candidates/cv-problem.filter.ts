import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { problem, PROBLEM_CONTENT_TYPE } from '@embauche/common/http/problem';
import { sendProblem } from '@embauche/common/http/problem-details.filter';
import { CV_PROBLEMS, CvErrorCode, CvImportError, type CvProblemCode } from '@embauche/cv';

/** Multipart errors of @fastify/multipart, by their code. */
const MULTIPART: Record<string, CvProblemCode> = {
  FST_REQ_FILE_TOO_LARGE: CvErrorCode.TooLarge,
  FST_FILES_LIMIT: CvErrorCode.TooManyFiles,
  FST_PARTS_LIMIT: CvErrorCode.TooManyFiles,
  FST_INVALID_MULTIPART_CONTENT_TYPE: CvErrorCode.FileMissing,
  FST_PROTO_VIOLATION: CvErrorCode.FileMissing,
};

/**
 * The CV route's refusals: problem+json with the refusal's `code` (and a type
 * naming it); everything else goes to the application's problem filter.
 */
@Catch()
export class CvProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const code = exception instanceof CvImportError ? exception.code : MULTIPART[(exception as { code?: string })?.code ?? ''];
    if (!code) return sendProblem(reply, request, exception, this.logger);
    const { status, detail } = CV_PROBLEMS[code];
    const body = { ...problem(status, detail, undefined, code), requestId: String(request.id) };
    if (status === 503) void reply.header('Retry-After', '2');
    void reply.status(status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
