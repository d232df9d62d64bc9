import { ApiProperty } from '@nestjs/swagger';
import type { ApplicationEntity } from '@embauche/applications/application.entity';
import { CEFR_LEVELS, type Breakdown, type ItemExplanation } from '@embauche/matching';

// A skill's level is 1–5, a language's a CEFR level: say so in the document (the JSON is unchanged).
const LEVEL = { oneOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'string', enum: [...CEFR_LEVELS] }] };

export class LackingItemResponse {
  @ApiProperty({ enum: ['skill', 'language'] }) type: 'skill' | 'language';
  @ApiProperty({ type: [String], required: false, description: 'For a skill item: any one of these' }) anyOf?: string[];
  @ApiProperty({ required: false }) language?: string;
  @ApiProperty({ enum: ['must', 'important', 'nice'] }) importance: string;
  @ApiProperty({ ...LEVEL, description: 'The level asked (1–5 or CEFR)' }) minLevel: number | string;
  @ApiProperty({ ...LEVEL, nullable: true, description: 'Your level; null when you do not have it' }) yourLevel: number | string | null;
  @ApiProperty({ description: '0 when you lack it, below 1 when your level is under the one asked' }) credit: number;
}

export class CandidateMatchResponse {
  @ApiProperty({ enum: ['pending', 'scored', 'failed'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) mustHavesMet: boolean | null;
  @ApiProperty({ type: [LackingItemResponse], description: 'The required skills and languages you lack or hold below the level asked' }) lacking: LackingItemResponse[];
}

export class CandidateApplicationResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ format: 'uuid' }) jobPostingId: string;
  @ApiProperty({ description: 'Title of the posting' }) jobTitle: string;
  @ApiProperty() status: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
  @ApiProperty({ type: CandidateMatchResponse }) match: CandidateMatchResponse;
}

export class CandidateApplicationListResponse {
  @ApiProperty({ type: [CandidateApplicationResponse] }) items: CandidateApplicationResponse[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

/** Only this candidate's own score and gaps: nothing about other candidates. */
export function toCandidateApplication(a: ApplicationEntity): CandidateApplicationResponse {
  const scored = a.match.status === 'scored';
  const items = scored ? ((a.match.breakdown as Breakdown | null)?.items ?? []) : [];
  return {
    id: a.id,
    jobPostingId: a.jobPostingId,
    jobTitle: a.jobPosting?.title ?? '',
    status: a.status,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    match: {
      status: a.match.status,
      score: scored ? a.match.score : null,
      mustHavesMet: scored ? a.match.mustHavesMet : null,
      lacking: items.filter((i) => i.credit < 1).map(lacking),
    },
  };
}

function lacking(item: ItemExplanation): LackingItemResponse {
  return item.type === 'skill'
    ? { type: 'skill', anyOf: item.anyOf, importance: item.importance, minLevel: item.minLevel, yourLevel: item.candidateLevel, credit: item.credit }
    : { type: 'language', language: item.language, importance: item.importance, minLevel: item.minLevel, yourLevel: item.candidateLevel, credit: item.credit };
}
