import type { Schema } from '@embauche/api-client';
import type { Skill } from '../api/skills';

type Requirements = Schema<'RequirementsDto'>;
export type SkillItem = Requirements['skills'][number];
export type Importance = SkillItem['importance'];

export const IMPORTANCES: readonly Importance[] = ['must', 'important', 'nice'];

/**
 * The requirement items of one kind grouped by importance. An item is soft when its first
 * alternative is a soft skill of the taxonomy (the API's own kind); custom skills count as technical.
 */
export function groupSkills(requirements: Requirements, taxonomy: Map<string, Skill> | undefined, kind: Skill['kind']) {
  const ofKind = requirements.skills.filter((item) => (taxonomy?.get(item.anyOf[0] ?? '')?.kind ?? 'technical') === kind);
  return IMPORTANCES.map((importance) => ({ importance, items: ofKind.filter((item) => item.importance === importance) })).filter(
    (group) => group.items.length > 0,
  );
}

/** The skills a card shows: technical first, most important first, one label per item. */
export function topSkills(requirements: Requirements, taxonomy: Map<string, Skill> | undefined, count = 4): string[] {
  const rank = (item: SkillItem) => IMPORTANCES.indexOf(item.importance) + (taxonomy?.get(item.anyOf[0] ?? '')?.kind === 'soft' ? 10 : 0);
  return [...requirements.skills]
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, count)
    .map((item) => labelOf(item.anyOf[0] ?? '', taxonomy));
}

export const labelOf = (skillId: string, taxonomy: Map<string, Skill> | undefined) => taxonomy?.get(skillId)?.label ?? skillId;
