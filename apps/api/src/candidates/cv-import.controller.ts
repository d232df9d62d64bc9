import { Controller, HttpCode, Inject, Post, Req, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type {} from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { CV_LIMITS, CvErrorCode, CvImportError, CvParserPool } from '@embauche/cv';
import { Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { CvProblemFilter } from './cv-problem.filter';
import { CvDraftResponse } from './dto/cv-draft.response';

const problemContent = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponse' } } };

/**
 * Reads a CV into a draft profile. Nothing is stored: the file is held in
 * memory for the parse and dropped, never written to disk or logged (the
 * request log has no body); the candidate saves what they keep through
 * PUT /candidates/me/profile.
 */
@ApiTags('candidates')
@ApiBearerAuth()
@Roles('candidate')
@Controller('candidates/me')
@UseFilters(CvProblemFilter)
export class CvImportController {
  constructor(@Inject(CvParserPool) private readonly parser: CvParserPool) {}

  @Post('profile/cv')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Read a CV (PDF or Word .docx, one file, multipart/form-data) into a draft profile with the evidence for each finding; nothing is stored',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiProblems(400, 401, 403, 413)
  @ApiResponse({ status: 415, description: 'Neither a PDF nor a .docx, judging by the content', content: problemContent })
  @ApiResponse({ status: 422, description: `Unreadable, scanned without text, more than ${CV_LIMITS.maxPages} pages, or too slow to read`, content: problemContent })
  @ApiResponse({ status: 503, description: 'Every parse thread busy; see Retry-After', content: problemContent })
  async importCv(@Req() request: FastifyRequest): Promise<CvDraftResponse> {
    if (!request.isMultipart()) throw new CvImportError(CvErrorCode.FileMissing);
    let bytes: Buffer | null = null;
    for await (const part of request.parts({ limits: { fileSize: CV_LIMITS.maxFileBytes, files: 2, fields: 10, parts: 12 } })) {
      if (part.type !== 'file') continue;
      if (bytes !== null) throw new CvImportError(CvErrorCode.TooManyFiles);
      bytes = await part.toBuffer();
    }
    if (bytes === null || bytes.length === 0) throw new CvImportError(CvErrorCode.FileMissing);
    return this.parser.parse(bytes);
  }
}
