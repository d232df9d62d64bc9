import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiResponse } from '@nestjs/swagger';

export class FieldErrorResponse {
  @ApiProperty({ example: 'email' }) field: string;
  @ApiProperty({ example: 'email must be a valid email address' }) message: string;
}

/** RFC 9457 problem details, served as application/problem+json. */
export class ProblemResponse {
  @ApiProperty({ example: 'https://embauche.dev/problems/invalid-request' }) type: string;
  @ApiProperty({ example: 'Bad Request' }) title: string;
  @ApiProperty({ example: 400 }) status: number;
  @ApiProperty({ example: 'The request has invalid fields' }) detail: string;
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
  429: 'Rate limited; see Retry-After',
};

/** Documents the problem responses a route can give. */
export function ApiProblems(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ...statuses.map((status) =>
      ApiResponse({ status, description: DESCRIPTIONS[status], content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } } }),
    ),
  );
}
