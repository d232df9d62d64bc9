import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { ApiProblems } from '../http/api-problems.decorator';

const problem = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } };

/** 403 as the Origin check gives it (ApiProblems' 403 speaks of roles). */
export const ApiOriginProblem = () =>
  ApiResponse({ status: 403, description: 'A cookie session requested or used from an untrusted Origin, or with neither Origin nor Referer (CSRF defence)', content: problem });

export const ApiSessionProblems = () =>
  applyDecorators(
    ApiResponse({
      status: 401,
      description: 'Refresh cookie missing, garbled, unknown, expired or revoked, already used (the whole session is then revoked), or its user no longer active; the cookie is cleared',
      content: problem,
    }),
    ApiOriginProblem(),
    ApiProblems(429),
  );
