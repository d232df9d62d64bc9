import { skillKey } from './normalize';
/**
 * Compiles a posting's skill items into lookup tables: candidate skill id (or
 * custom key) → the items it can stand for, with the match strength. Scoring
 * a profile then costs one Map lookup per candidate skill.
 *
 * Items are put in a canonical order (technical first, then by content) so
 * sums come out bit-for-bit the same whatever order the posting lists them in.
 */
import type { SkillRequirement } from './model';
import { IMPORTANCE_WEIGHTS } from './scoring-constants';
import type { ScoringTaxonomy } from './scoring.types';
import { levelFactor } from './rules';
import { SKILL_CODE_SHIFT, SKILL_LEVEL_MASK, unpackLevel } from './skill-codes';

/** How an entry matches: the required id itself, a custom key (free text), or a taxonomy relation. */
export const HOW_DIRECT = 0;
export const HOW_CUSTOM = 1;
export const HOW_RELATED = 2;

export interface CompiledSkillItem {
  readonly requirement: SkillRequirement;
  /** Position in the posting's list, for the explanation. */
  readonly postingIndex: number;
  readonly criterion: 'technicalSkills' | 'softSkills';
}

export interface SkillTables {
  /** Canonical order: items [0, technicalCount) are technical, the rest soft. */
  readonly items: ReadonlyArray<CompiledSkillItem>;
  readonly technicalCount: number;
  readonly itemWeight: Float64Array;
  readonly itemMust: Uint8Array;
  readonly technicalWeightSum: number;
  readonly softWeightSum: number;
  /** Candidate skill id → group; candidate custom key (skillKey of a name without id) → group. */
  readonly byId: ReadonlyMap<string, number>;
  readonly byCustomKey: ReadonlyMap<string, number>;
  /**
   * For packed skill codes (skill-codes.ts): codeSlot[code] is the code's slot
   * when the posting requires or relates to that skill, CODE_NONE when the
   * taxonomy has the code but the posting does not care, CODE_UNKNOWN when the
   * taxonomy does not have it (go by the id). The entries a skill credits at
   * a level are [packedStart[k], packedEnd[k]) of packedItem / packedCredit,
   * k = slot << 3 | level, with the credit (match × level factor) already
   * computed. Empty without codes.
   */
  readonly codeSlot: Int32Array;
  readonly packedStart: Int32Array;
  readonly packedEnd: Int32Array;
  readonly packedItem: Int32Array;
  readonly packedCredit: Float64Array;
  /** Free-text name → skillKey(name), see memo.ts. */
  readonly customKeys: Map<string, string>;
  /** Required id → candidate spelling → whether it is canonical (exact) rather than an alias, see memo.ts. */
  readonly spellings: Map<string, Map<string, boolean>>;
  /** Entries of group g are [groupStart[g], groupEnd[g]). */
  readonly groupStart: Int32Array;
  readonly groupEnd: Int32Array;
  readonly entryItem: Int32Array;
  readonly entryMatch: Float64Array;
  readonly entryMinLevel: Float64Array;
  readonly entryHow: Uint8Array;
  /** The anyOf entry matched (for related: the `to` of the relation). */
  readonly entryRequiredId: ReadonlyArray<string>;
}

interface EntryDraft {
  match: number;
  how: number;
  requiredId: string;
}

type Drafts = Map<string, Map<number, EntryDraft>>;

/** Keeps one entry per (key, item): the strongest, then direct over related, then the smaller id. */
function better(a: EntryDraft, b: EntryDraft): boolean {
  if (a.match !== b.match) return a.match > b.match;
  if (a.how !== b.how) return a.how < b.how;
  return a.requiredId < b.requiredId;
}

function put(drafts: Drafts, key: string, item: number, entry: EntryDraft): void {
  let perItem = drafts.get(key);
  if (perItem === undefined) drafts.set(key, (perItem = new Map()));
  const current = perItem.get(item);
  if (current === undefined || better(entry, current)) perItem.set(item, entry);
}

function criterionOf(requirement: SkillRequirement, taxonomy: ScoringTaxonomy): CompiledSkillItem['criterion'] {
  // An item is soft only when every skill it accepts is soft; unknown (custom) skills count as technical.
  const allSoft = requirement.anyOf.length > 0 && requirement.anyOf.every((id) => taxonomy.kindOf(id) === 'soft');
  return allSoft ? 'softSkills' : 'technicalSkills';
}

function canonicalKey(item: CompiledSkillItem): string {
  const r = item.requirement;
  const anyOf = [...new Set(r.anyOf)].sort().join('\u0001');
  return `${item.criterion === 'technicalSkills' ? 0 : 1}\u0000${r.importance}\u0000${r.minLevel}\u0000${anyOf}`;
}

function canonicalItems(requirements: SkillRequirement[], taxonomy: ScoringTaxonomy): CompiledSkillItem[] {
  const keyed = requirements.map((requirement, postingIndex) => {
    const item: CompiledSkillItem = { requirement, postingIndex, criterion: criterionOf(requirement, taxonomy) };
    return { item, key: canonicalKey(item) };
  });
  // Code-unit comparison, not localeCompare: the order must not depend on the machine's locale.
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map((k) => k.item);
}

function draftEntries(items: CompiledSkillItem[], taxonomy: ScoringTaxonomy): { byId: Drafts; byCustom: Drafts } {
  const byId: Drafts = new Map();
  const byCustom: Drafts = new Map();
  const itemsRequiring = new Map<string, number[]>();
  items.forEach((item, i) => {
    for (const id of new Set(item.requirement.anyOf)) {
      put(byId, id, i, { match: 1, how: HOW_DIRECT, requiredId: id });
      // Custom skills may be stored as readable folded text ("home-made orm"): candidates match them by key.
      if (taxonomy.kindOf(id) === undefined) put(byCustom, skillKey(id), i, { match: 1, how: HOW_CUSTOM, requiredId: id });
      itemsRequiring.set(id, [...(itemsRequiring.get(id) ?? []), i]);
    }
  });
  for (const { from, to, strength } of taxonomy.relations) {
    const targets = itemsRequiring.get(to);
    // Strengths are clamped to [0, 1] so a related skill never outscores the skill itself.
    const match = Math.min(1, strength);
    if (targets === undefined || from === to || !(match > 0)) continue;
    for (const i of targets) put(byId, from, i, { match, how: HOW_RELATED, requiredId: to });
  }
  return { byId, byCustom };
}

export function compileSkills(requirements: SkillRequirement[], taxonomy: ScoringTaxonomy): SkillTables {
  const items = canonicalItems(requirements, taxonomy);
  const { byId, byCustom } = draftEntries(items, taxonomy);
  const groups = [...byId.values(), ...byCustom.values()];
  const entryCount = groups.reduce((n, g) => n + g.size, 0);
  const t = {
    groupStart: new Int32Array(groups.length),
    groupEnd: new Int32Array(groups.length),
    entryItem: new Int32Array(entryCount),
    entryMatch: new Float64Array(entryCount),
    entryMinLevel: new Float64Array(entryCount),
    entryHow: new Uint8Array(entryCount),
    entryRequiredId: new Array<string>(entryCount),
  };
  let e = 0;
  groups.forEach((group, g) => {
    t.groupStart[g] = e;
    for (const [item, draft] of [...group].sort((a, b) => a[0] - b[0])) {
      t.entryItem[e] = item;
      t.entryMatch[e] = draft.match;
      t.entryMinLevel[e] = items[item].requirement.minLevel;
      t.entryHow[e] = draft.how;
      t.entryRequiredId[e] = draft.requiredId;
      e++;
    }
    t.groupEnd[g] = e;
  });
  const groupIndex = (keys: Iterable<string>, offset: number) => new Map([...keys].map((k, g) => [k, g + offset]));
  const idGroups = groupIndex(byId.keys(), 0);
  const weights = items.map((it) => IMPORTANCE_WEIGHTS[it.requirement.importance]);
  const technicalCount = items.filter((it) => it.criterion === 'technicalSkills').length;
  const sum = (ws: number[]) => ws.reduce((a, b) => a + b, 0);
  return {
    ...t,
    items,
    technicalCount,
    itemWeight: Float64Array.from(weights),
    itemMust: Uint8Array.from(items.map((it) => (it.requirement.importance === 'must' ? 1 : 0))),
    technicalWeightSum: sum(weights.slice(0, technicalCount)),
    softWeightSum: sum(weights.slice(technicalCount)),
    byId: idGroups,
    ...packedTables(t, idGroups, taxonomy.codes),
    byCustomKey: groupIndex(byCustom.keys(), byId.size),
    customKeys: new Map(),
    spellings: new Map(),
  };
}

type PackedTables = Pick<SkillTables, 'codeSlot' | 'packedStart' | 'packedEnd' | 'packedItem' | 'packedCredit'>;

/** codeSlot values (see SkillTables). */
export const CODE_NONE = -1;
export const CODE_UNKNOWN = -2;

/** Codes from this one on are left to the id path: the slot table stays small whatever the database holds. */
const MAX_CODE = 1 << 20;

/** The slots of the codes this posting cares about, and per (slot, level) its entries with their credit. */
function packedTables(
  t: Pick<SkillTables, 'groupStart' | 'groupEnd' | 'entryItem' | 'entryMatch' | 'entryMinLevel'>,
  idGroups: ReadonlyMap<string, number>,
  codes: ReadonlyMap<string, number> | undefined,
): PackedTables {
  let max = -1;
  for (const code of codes?.values() ?? []) if (code >= 0 && code < MAX_CODE && code > max) max = code;
  const codeSlot = new Int32Array(max + 1).fill(CODE_UNKNOWN);
  const slotGroups: number[] = [];
  for (const [id, code] of codes ?? []) {
    if (code < 0 || code >= MAX_CODE) continue;
    const g = idGroups.get(id);
    if (g === undefined) {
      codeSlot[code] = CODE_NONE;
    } else {
      codeSlot[code] = slotGroups.length;
      slotGroups.push(g);
    }
  }
  const size = slotGroups.length << SKILL_CODE_SHIFT;
  const packedStart = new Int32Array(size);
  const packedEnd = new Int32Array(size);
  const item: number[] = [];
  const credit: number[] = [];
  for (let k = 0; k < size; k++) {
    const g = slotGroups[k >> SKILL_CODE_SHIFT];
    const level = unpackLevel(k & SKILL_LEVEL_MASK);
    packedStart[k] = item.length;
    for (let e = t.groupStart[g]; e < t.groupEnd[g]; e++) {
      item.push(t.entryItem[e]);
      // The very expression evaluate.ts computes on the id path, so both give the same bits.
      credit.push(t.entryMatch[e] * levelFactor(level, t.entryMinLevel[e]));
    }
    packedEnd[k] = item.length;
  }
  return { codeSlot, packedStart, packedEnd, packedItem: Int32Array.from(item), packedCredit: Float64Array.from(credit) };
}
