/**
 * The skills taxonomy in memory: turns what people write ("Postgres",
 * "esprit d'équipe") into canonical ids, serves the skill picker's search and
 * holds the relations the scorer credits. Plain TypeScript (no Nest, no
 * TypeORM) so the API, the worker and the scorer share one implementation.
 * The data comes from the bundled JSON files or from the database
 * (SkillsRepository), in the same shape; it is checked here, once, so a bad
 * edit of the data fails at start-up rather than as a wrong match later.
 */
import { SKILL_KINDS, type SkillKind } from '@embauche/matching/model';
import type { ScoringTaxonomy } from '@embauche/matching/scoring.types';
import bundledRelations from './data/relations.json';
import bundledSkills from './data/skills.json';
import { foldText, skillKey } from '@embauche/matching/normalize';
import {
  SKILL_CATEGORIES,
  SKILL_LANGUAGES,
  type RelatedSkill,
  type SkillDefinition,
  type SkillLanguage,
  type SkillRelation,
  type SkillSearchQuery,
} from './skill.types';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const COLLATORS = new Map(SKILL_LANGUAGES.map((lang) => [lang, new Intl.Collator(lang)]));

interface IndexedSkill {
  readonly skill: SkillDefinition;
  /** Keys of the id, every label and every alias. */
  readonly keys: ReadonlySet<string>;
  /** Keys of the id and the labels: the spellings reported as `exact` rather than `alias`. */
  readonly canonicalKeys: ReadonlySet<string>;
  /** Keys of each word of each label, so "testing" finds "Unit testing". */
  readonly wordKeys: ReadonlySet<string>;
}

export class SkillCatalog {
  private static bundled: SkillCatalog | undefined;

  private readonly byId = new Map<string, IndexedSkill>();
  private readonly byKey = new Map<string, IndexedSkill>();
  private readonly incoming = new Map<string, RelatedSkill[]>();
  private readonly skillList: readonly SkillDefinition[];
  private readonly relationList: readonly SkillRelation[];

  /**
   * `codes`: each skill's integer code (skills.code in the database); the
   * bundled data has none. The scorer uses them to look skills up by index.
   */
  constructor(
    skills: readonly SkillDefinition[],
    relations: readonly SkillRelation[],
    private readonly codes?: ReadonlyMap<string, number>,
  ) {
    skills.forEach((skill) => this.index(skill));
    relations.forEach((relation) => this.link(relation));
    for (const list of this.incoming.values()) list.sort((a, b) => b.strength - a.strength || a.from.localeCompare(b.from));
    this.skillList = Object.freeze([...skills]);
    this.relationList = Object.freeze([...relations]);
  }

  /** The taxonomy shipped with the code; built once per process since it never changes. */
  static fromBundledData(): SkillCatalog {
    return (SkillCatalog.bundled ??= new SkillCatalog(bundledSkills as SkillDefinition[], bundledRelations));
  }

  /** Whole-key match on id, labels and aliases in any language: "Go" finds Go, "good" finds nothing. */
  resolve(name: string): SkillDefinition | null {
    return this.byKey.get(skillKey(name))?.skill ?? null;
  }

  get(id: string): SkillDefinition | undefined {
    return this.byId.get(id)?.skill;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  all(): readonly SkillDefinition[] {
    return this.skillList;
  }

  kindOf(id: string): SkillKind | undefined {
    return this.byId.get(id)?.skill.kind;
  }

  /** Throws for an unknown id: callers label ids they got from this catalog. */
  label(id: string, lang: SkillLanguage): string {
    const skill = this.get(id);
    if (!skill) throw new Error(`Unknown skill id "${id}"`);
    return skill.labels[lang];
  }

  aliasesOf(id: string): string[] {
    const skill = this.get(id);
    return skill ? [...new Set(SKILL_LANGUAGES.flatMap((lang) => skill.aliases[lang]))] : [];
  }

  keysOf(id: string): string[] {
    return [...(this.byId.get(id)?.keys ?? [])];
  }

  /** True when `name` is the skill's id or one of its labels (an `exact` match), false for an alias. */
  isCanonicalSpelling(id: string, name: string): boolean {
    return this.byId.get(id)?.canonicalKeys.has(skillKey(name)) ?? false;
  }

  /**
   * For pickers: `q` matches a prefix of any key of the skill, or a whole word
   * of a label. Exact matches come first, then the rest by label in `lang`.
   */
  search({ q, kind, lang = 'en' }: SkillSearchQuery = {}): SkillDefinition[] {
    const filtered = q !== undefined && foldText(q) !== '';
    const key = filtered ? skillKey(q) : '';
    if (filtered && key === '') return [];
    const hits: Array<{ skill: SkillDefinition; exact: boolean }> = [];
    for (const entry of this.byId.values()) {
      if (kind !== undefined && entry.skill.kind !== kind) continue;
      const exact = filtered && entry.keys.has(key);
      if (!filtered || exact || entry.wordKeys.has(key) || [...entry.keys].some((k) => k.startsWith(key))) {
        hits.push({ skill: entry.skill, exact });
      }
    }
    const collator = COLLATORS.get(lang)!;
    return hits
      .sort((a, b) => Number(b.exact) - Number(a.exact) || collator.compare(a.skill.labels[lang], b.skill.labels[lang]) || a.skill.id.localeCompare(b.skill.id))
      .map((hit) => hit.skill);
  }

  /** The skill's integer code, undefined when it has none (bundled data, unknown id). */
  codeOf(id: string): number | undefined {
    return this.codes?.get(id);
  }

  relations(): readonly SkillRelation[] {
    return this.relationList;
  }

  /** The skills that stand in for `requiredId`, strongest first. */
  relatedTo(requiredId: string): RelatedSkill[] {
    return [...(this.incoming.get(requiredId) ?? [])];
  }

  /** The scorer reads `relations` as a property; this view gives it one over the same data. */
  asScoringTaxonomy(): ScoringTaxonomy {
    return {
      kindOf: (id) => this.kindOf(id),
      isCanonicalSpelling: (id, name) => this.isCanonicalSpelling(id, name),
      relations: this.relationList,
      codes: this.codes,
    };
  }

  private index(skill: SkillDefinition): void {
    checkSkill(skill);
    if (this.byId.has(skill.id)) throw new Error(`Duplicate skill id "${skill.id}"`);
    const labels = SKILL_LANGUAGES.map((lang) => skill.labels[lang]);
    const aliases = SKILL_LANGUAGES.flatMap((lang) => skill.aliases[lang]);
    const entry: IndexedSkill = {
      skill,
      keys: keySet(skill.id, [skill.id, ...labels, ...aliases]),
      canonicalKeys: keySet(skill.id, [skill.id, ...labels]),
      wordKeys: new Set(labels.flatMap((label) => foldText(label).split(/[^a-z0-9+#]+/).map(skillKey)).filter(Boolean)),
    };
    for (const key of entry.keys) {
      const owner = this.byKey.get(key);
      if (owner) throw new Error(`Skills "${owner.skill.id}" and "${skill.id}" both answer to "${key}"`);
      this.byKey.set(key, entry);
    }
    this.byId.set(skill.id, entry);
  }

  private link({ from, to, strength }: SkillRelation): void {
    const where = `Relation ${from} → ${to}`;
    if (!this.byId.has(from) || !this.byId.has(to)) throw new Error(`${where}: unknown skill`);
    if (from === to) throw new Error(`${where}: a skill cannot relate to itself`);
    if (!(strength > 0 && strength < 1)) throw new Error(`${where}: strength must be in (0, 1), got ${strength}`);
    const list = this.incoming.get(to) ?? [];
    if (list.some((r) => r.from === from)) throw new Error(`${where}: listed twice`);
    list.push({ from, strength });
    this.incoming.set(to, list);
  }
}

function checkSkill(skill: SkillDefinition): void {
  const where = `Skill "${skill.id}"`;
  if (typeof skill.id !== 'string' || !SLUG.test(skill.id)) throw new Error(`${where}: id must be a kebab-case slug`);
  if (!SKILL_KINDS.includes(skill.kind)) throw new Error(`${where}: unknown kind "${skill.kind}"`);
  if (!(SKILL_CATEGORIES as readonly string[]).includes(skill.category)) throw new Error(`${where}: unknown category "${skill.category}"`);
  for (const lang of SKILL_LANGUAGES) {
    if (typeof skill.labels?.[lang] !== 'string' || skill.labels[lang].trim() === '') throw new Error(`${where}: no ${lang} label`);
    if (!Array.isArray(skill.aliases?.[lang])) throw new Error(`${where}: aliases.${lang} must be a list`);
  }
}

/** Every spelling must leave a key, or it could never be resolved. */
function keySet(id: string, names: readonly string[]): Set<string> {
  return new Set(
    names.map((name) => {
      const key = skillKey(name);
      if (key === '') throw new Error(`Skill "${id}": "${name}" has no letters or digits`);
      return key;
    }),
  );
}
