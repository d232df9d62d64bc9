import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { Public } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { LangQuery, ResolveSkillsDto, ResolveSkillsResponse, SkillListResponse, SkillSearchQuery } from './dto/skills.dto';

@ApiTags('skills')
@Public()
@Controller('skills')
export class SkillsController {
  constructor(private readonly catalog: SkillCatalog) {}

  @Get()
  @ApiOperation({ summary: 'Search the skills taxonomy' })
  @ApiProblems(400)
  search(@Query() query: SkillSearchQuery): SkillListResponse {
    const items = this.catalog.search({ q: query.q, kind: query.kind, lang: query.lang }).map((s) => ({
      id: s.id,
      kind: s.kind,
      category: s.category,
      label: this.catalog.label(s.id, query.lang),
      aliases: this.catalog.aliasesOf(s.id),
    }));
    return { items };
  }

  @Post('resolve')
  @HttpCode(200)
  @ApiOperation({ summary: 'Resolve free-text skill names to canonical ids, in input order' })
  @ApiProblems(400)
  resolve(@Body() body: ResolveSkillsDto, @Query() query: LangQuery): ResolveSkillsResponse {
    return {
      items: body.names.map((input) => {
        const skill = this.catalog.resolve(input);
        return { input, skillId: skill?.id ?? null, label: skill ? this.catalog.label(skill.id, query.lang) : null };
      }),
    };
  }
}
