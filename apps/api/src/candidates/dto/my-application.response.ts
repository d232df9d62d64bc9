import { ApiProperty } from '@nestjs/swagger';
import type { ApplicationEventEntity } from '@embauche/applications/application-event.entity';
import type { MyApplication } from '@embauche/applications/my-application.service';
import { isTerminal } from '@embauche/applications/status-flow';
import { CEFR_LEVELS, CRITERIA, type Breakdown, type ScoreGain } from '@embauche/matching';
import { CandidateApplicationResponse, toCandidateApplication } from './candidate-application.response';

const LEVEL = { oneOf: [{ type: 'integer', minimum: 1, maximum: 5 }, { type: 'string', enum: [...CEFR_LEVELS] }] };

export class TimelineEntryResponse {
  @ApiProperty() at: string;
  @ApiProperty({ enum: ['applied', 'transition', 'withdrawn', 'erased'] }) type: string;
  @ApiProperty({ type: String, nullable: true }) from: string | null;
  @ApiProperty({ type: String, nullable: true }) to: string | null;
}

export class CriterionPointsResponse {
  @ApiProperty({ enum: CRITERIA }) criterion: string;
  @ApiProperty({ description: 'false when there was nothing to compare (its weight went to the others)' }) included: boolean;
  @ApiProperty({ description: 'Weight after rescaling over the included criteria (they add up to 100)' }) weight: number;
  @ApiProperty({ description: 'Points this criterion gave; the points add up to the score' }) points: number;
}

export class ScoreGainResponse {
  @ApiProperty({ enum: ['skill', 'language', 'experience'] }) type: 'skill' | 'language' | 'experience';
  @ApiProperty({ enum: ['must', 'important', 'nice'], nullable: true, type: String, description: 'null for experience' }) importance: 'must' | 'important' | 'nice' | null;
  @ApiProperty({ type: [String], nullable: true, description: 'A skill requirement: any one of these meets it' }) anyOf: string[] | null;
  @ApiProperty({ type: String, nullable: true, description: 'The skill to hold: a taxonomy id, or the text of a custom skill' }) skill: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'A language requirement (ISO 639-1)' }) language: string | null;
  @ApiProperty({ ...LEVEL, nullable: true, description: 'The level asked: 1–5 for a skill, CEFR for a language; null for experience' }) askedLevel: number | string | null;
  @ApiProperty({ ...LEVEL, nullable: true, description: 'Your level today in that skill or language; null when you do not list it' }) yourLevel: number | string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Experience: the years asked' }) askedYears: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Experience: your years today' }) yourYears: number | null;
  @ApiProperty({ description: 'Points the score would gain with this one requirement met at the level asked (exact, from the scorer)' }) points: number;
  @ApiProperty({ description: 'The score you would then have' }) scoreIfMet: number;
  @ApiProperty({ description: 'Whether every must-have would then be met' }) mustHavesMetIfMet: boolean;

  static from(g: ScoreGain): ScoreGainResponse {
    const { requirement: r, change: c } = g;
    const common = { points: g.points, scoreIfMet: g.scoreIfMet, mustHavesMetIfMet: g.mustHavesMetIfMet };
    const none = { anyOf: null, skill: null, language: null, askedYears: null, yourYears: null };
    if (r.type === 'skill' && c.type === 'skill') {
      return { ...none, type: 'skill', importance: r.importance, anyOf: r.anyOf, skill: c.skill, askedLevel: r.minLevel, yourLevel: c.fromLevel, ...common };
    }
    if (r.type === 'language' && c.type === 'language') {
      return { ...none, type: 'language', importance: r.importance, language: r.language, askedLevel: r.minLevel, yourLevel: c.fromLevel, ...common };
    }
    const fromYears = c.type === 'experience' ? c.fromYears : null;
    return { ...none, type: 'experience', importance: null, askedLevel: null, yourLevel: null, askedYears: r.type === 'experience' ? r.minYears : null, yourYears: fromYears, ...common };
  }
}

export class WhatWouldChangeResponse {
  @ApiProperty({
    enum: ['available', 'notScored', 'outdated'],
    description: 'available: exact gains from the versions the score was computed from; notScored: no score yet; outdated: the profile, posting or scorer changed since (no gains)',
  })
  status: string;
  @ApiProperty({ type: [ScoreGainResponse], description: 'Largest gain first; requirements you fully meet have none' }) gains: ScoreGainResponse[];
}

export class MyApplicationResponse extends CandidateApplicationResponse {
  @ApiProperty({ type: String, nullable: true }) coverLetter: string | null;
  @ApiProperty({ enum: ['draft', 'published', 'closed'], description: 'The posting’s status today' }) jobStatus: string;
  @ApiProperty({ description: 'Whether you can still withdraw it (false from a final status)' }) canWithdraw: boolean;
  @ApiProperty({ type: [TimelineEntryResponse], description: 'Status changes, oldest first (who moved it and internal notes are the organization’s)' }) timeline: TimelineEntryResponse[];
  @ApiProperty({ type: [CriterionPointsResponse], description: 'Once scored: the points per criterion' }) criteria: CriterionPointsResponse[];
  @ApiProperty({ type: WhatWouldChangeResponse, description: 'For you only: the points each requirement you lack or partly meet would add' }) whatWouldChange: WhatWouldChangeResponse;
}

const timelineEntry = (e: ApplicationEventEntity): TimelineEntryResponse => ({ at: e.at.toISOString(), type: e.type, from: e.fromStatus, to: e.toStatus });

export function toMyApplication({ application, events, whatWouldChange }: MyApplication): MyApplicationResponse {
  const summary = toCandidateApplication(application);
  const breakdown = summary.match.status === 'scored' ? (application.match.breakdown as Breakdown | null) : null;
  return {
    ...summary,
    coverLetter: application.coverLetter,
    jobStatus: application.jobPosting?.status ?? 'closed',
    canWithdraw: !isTerminal(application.status),
    timeline: events.map(timelineEntry),
    criteria: (breakdown?.criteria ?? []).map(({ criterion, included, weight, points }) => ({ criterion, included, weight, points })),
    whatWouldChange: { status: whatWouldChange.status, gains: whatWouldChange.gains.map((g) => ScoreGainResponse.from(g)) },
  };
}
