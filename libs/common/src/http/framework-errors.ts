import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CommonErrorCode } from '../errors/common-errors';
import { problem, PROBLEM_CONTENT_TYPE } from './problem';
import { sendProblem } from './problem-details.filter';

const logger = new Logger('ProblemDetails');

/**
 * Fastify's router answers a malformed percent-encoding (400) and an over-long
 * path parameter (414) before any hook or Nest filter runs; this makes those
 * answers problem+json like every other error.
 */
export function frameworkErrors(error: Error, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, request, error, logger);
}

/**
 * Node's HTTP parser refuses a request before Fastify sees it (headers or URL
 * over 16 KB: 431; a malformed request line or header: 400; too slow: 408).
 * There is no request object, so the answer is written to the socket.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, detail, code] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, 'The request line or headers are larger than the server accepts (16 KB)', CommonErrorCode.HeadersTooLarge]
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, 'The request took too long to arrive', CommonErrorCode.RequestTimeout]
        : [400, 'The request is not valid HTTP', CommonErrorCode.InvalidHttp];
  const body = JSON.stringify(problem(status, detail, undefined, code));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${problem(status, '').title}\r\nContent-Type: ${PROBLEM_CONTENT_TYPE}\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
