import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { NotFoundError } from '@embauche/common';
import { TemplateCatalog } from '@embauche/templates/template-catalog';
import type { LocalizedTemplate } from '@embauche/templates/template.types';
import { Public } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { LangQuery } from '../skills/dto/skills.dto';
import { TemplateListResponse, TemplateResponse } from './dto/templates.dto';
import { TemplateErrorCode } from '@embauche/templates';

@ApiTags('job-templates')
@Public()
@Controller('job-templates')
export class TemplatesController {
  constructor(private readonly catalog: TemplateCatalog) {}

  @Get()
  @ApiOperation({ summary: 'Job-profile templates recruiters draft postings from' })
  @ApiProblems(400)
  list(@Query() query: LangQuery): TemplateListResponse {
    return { items: this.catalog.summaries(query.lang) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One template, whole, with its texts in `lang`' })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiProblems(400, { 404: [TemplateErrorCode.TemplateNotFound] })
  get(@Param('id') id: string, @Query() query: LangQuery): LocalizedTemplate {
    const template = this.catalog.localized(id, query.lang);
    if (!template) throw new NotFoundError(TemplateErrorCode.TemplateNotFound, 'Job template');
    return template;
  }
}
