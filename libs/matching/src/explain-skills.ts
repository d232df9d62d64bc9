/**
 * Which candidate skill satisfied each skill item, and how. Walks the same
 * lookup tables as the hot path with the same arithmetic, so the credit it
 * reports is the one that was scored; only the choice among equal credits is
 * added here: exact > alias > related, then the higher level, then the
 * smaller skill id (then name, then related id), so the answer never depends
 * on the order of the candidate's list.
 */
import { skillKey } from './normalize';
import type { CompiledPosting } from './compile-posting';
import { HOW_CUSTOM, HOW_RELATED } from './compile-skills';
import type { MatchHow, SkillItemExplanation } from './breakdown.types';
import { skillGroup } from './evaluate';
import type { CandidateSkill } from './model';
import { memoized } from './memo';
import { effectiveLevel, levelFactor } from './rules';
import { IMPORTANCE_WEIGHTS, MUST_THRESHOLD } from './scoring-constants';

interface Choice {
  skill: CandidateSkill;
  key: string;
  how: MatchHow;
  relatedTo: string | null;
  strength: number;
  level: number;
  levelFactor: number;
  credit: number;
}

const HOW_RANK: Readonly<Record<MatchHow, number>> = { exact: 0, alias: 1, related: 2 };

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Negative when `a` should be reported rather than `b`. */
function compareChoices(a: Choice, b: Choice): number {
  return (
    b.credit - a.credit ||
    HOW_RANK[a.how] - HOW_RANK[b.how] ||
    b.level - a.level ||
    compareText(a.key, b.key) ||
    compareText(a.skill.name, b.skill.name) ||
    compareText(a.relatedTo ?? '', b.relatedTo ?? '')
  );
}

function howOf(c: CompiledPosting, entry: number, skill: CandidateSkill): MatchHow {
  const how = c.skills.entryHow[entry];
  if (how === HOW_RELATED) return 'related';
  if (how === HOW_CUSTOM) return 'exact';
  return isCanonicalSpelling(c, c.skills.entryRequiredId[entry], skill.name) ? 'exact' : 'alias';
}

/** The taxonomy folds the name on every call; a posting meets the same few spellings again and again (memo.ts). */
function isCanonicalSpelling(c: CompiledPosting, requiredId: string, name: string): boolean {
  let byName = c.skills.spellings.get(requiredId);
  if (byName === undefined) c.skills.spellings.set(requiredId, (byName = new Map()));
  return memoized(byName, name, (spelling) => c.taxonomy.isCanonicalSpelling(requiredId, spelling));
}

/** The best choice per item, indexed like the compiled (canonical) items. */
function bestChoices(c: CompiledPosting, skills: CandidateSkill[]): Array<Choice | undefined> {
  const t = c.skills;
  const best = new Array<Choice | undefined>(t.items.length);
  for (const skill of skills) {
    const g = skillGroup(t, skill);
    if (g < 0) continue;
    const level = effectiveLevel(skill.level);
    const key = skill.skillId ?? skillKey(skill.name);
    for (let e = t.groupStart[g]; e < t.groupEnd[g]; e++) {
      const factor = levelFactor(level, t.entryMinLevel[e]);
      const how = howOf(c, e, skill);
      const choice: Choice = {
        skill,
        key,
        how,
        relatedTo: how === 'related' ? t.entryRequiredId[e] : null,
        strength: t.entryMatch[e],
        level,
        levelFactor: factor,
        credit: t.entryMatch[e] * factor,
      };
      const item = t.entryItem[e];
      const current = best[item];
      if (current === undefined || compareChoices(choice, current) < 0) best[item] = choice;
    }
  }
  return best;
}

/** Skill item explanations in the posting's order. Expects `evaluate` to have filled the scratch. */
export function explainSkillItems(c: CompiledPosting, skills: CandidateSkill[]): SkillItemExplanation[] {
  const best = bestChoices(c, skills);
  const out = new Array<SkillItemExplanation>(c.skills.items.length);
  c.skills.items.forEach((item, i) => {
    const r = item.requirement;
    const choice = best[i];
    const credit = c.scratch.skillCredit[i];
    const explanation: SkillItemExplanation = {
      type: 'skill',
      criterion: item.criterion,
      anyOf: [...r.anyOf],
      importance: r.importance,
      importanceWeight: IMPORTANCE_WEIGHTS[r.importance],
      minLevel: r.minLevel,
      matchedSkill: choice ? { name: choice.skill.name, skillId: choice.skill.skillId ?? null } : null,
      how: choice ? choice.how : null,
      strength: choice ? choice.strength : 0,
      candidateLevel: choice ? choice.level : null,
      levelFactor: choice ? choice.levelFactor : 0,
      credit,
      met: r.importance === 'must' ? credit >= MUST_THRESHOLD : null,
    };
    // Set after the literal rather than spread into it: a spread inside an object literal
    // takes V8's slow path, and this runs for every item of every stored score (bench: ~1.6×).
    if (choice?.relatedTo) explanation.relatedTo = choice.relatedTo;
    out[item.postingIndex] = explanation;
  });
  return out;
}
