import { applyDecorators } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { AccountErrorCode } from '@embauche/accounts';
import { ApiProblems, problemContent, problemDescription } from '../http/api-problems.decorator';

/** 403 as the Origin check gives it (ApiProblems' 403 speaks of roles). */
export const ApiOriginProblem = () =>
  ApiResponse({
    status: 403,
    description: problemDescription(403, [AccountErrorCode.UntrustedOrigin], 'A cookie session requested or used from an untrusted Origin, or with neither Origin nor Referer (CSRF defence)'),
    content: problemContent(403, [AccountErrorCode.UntrustedOrigin]),
  });

const SESSION_CODES = [AccountErrorCode.SessionInvalid, AccountErrorCode.SessionEnded];

export const ApiSessionProblems = () =>
  applyDecorators(
    ApiResponse({
      status: 401,
      description: problemDescription(
        401,
        SESSION_CODES,
        'Refresh cookie missing, garbled, unknown, expired or revoked, already used (the whole session is then revoked), or its user no longer active; the cookie is cleared',
      ),
      content: problemContent(401, SESSION_CODES),
    }),
    ApiOriginProblem(),
    ApiProblems(429),
  );
