/**
 * Turns one skill entry as people write it in a CV or a resume into the
 * skills it names: "TypeScript & JavaScript", "Cloud: AWS, Azure, GCP",
 * "Swift 5 (iOS, WatchOS, …)", "Laravel 5.*". Shared by the imports so they
 * split alike. Each part is resolved by the taxonomy's whole-key match and
 * nothing else: a part it does not know stays as written (a custom skill),
 * so the extractor never invents a skill. Pure: no Nest, no TypeORM.
 */
import { foldText } from '@embauche/matching/normalize';
import type { SkillDefinition } from './skill.types';

export interface SkillResolver {
  resolve(name: string): SkillDefinition | null;
}

export interface ExtractedSkill {
  /** The spelling to store: the part as written, without a version when that is what resolved. */
  name: string;
  skillId: string | null;
}

/** Always separate entries. */
const STRONG = /\s*(?:[,;|•·\n]|\s-\s|\s–\s|\.\.\.|…)\s*/;
/** Separate entries only when one side is a skill we know: "P&L", "Research and development" stay whole. */
const WEAK = /\s*(?:\s&\s|\s\/\s|\/|\s\+\s|\s(?:and|et|en|or|ou)\s)\s*/i;
/** A trailing version: "5", "3.11", "5.*", "2.x", "v18", "2+", "8/11/17" once split. */
const VERSION = /\s+v?\d+(?:\.(?:\d+|\*|x))*\+?$/i;
/** Digits glued to a name ("Vue3", "Angular2"); stripped only when the rest is a skill. */
const GLUED_VERSION = /^([a-z][a-z.]{2,})\d+$/i;
const NOISE = /^(?:etc\.?|and more|\+ ?more|others?|\d+(?:\.(?:\d+|\*|x))*\+?)$/i;

/** Names of skill groups, not skills (folded): dropped when they do not resolve to a skill themselves. */
const GROUP_HEADERS = new Set(
  [
    'skills', 'technical skills', 'hard skills', 'soft skills', 'core skills', 'key skills', 'other skills', 'tech skills',
    'languages', 'programming languages', 'programming', 'coding', 'scripting', 'scripting languages', 'markup',
    'frameworks', 'libraries', 'frameworks and libraries', 'libraries and frameworks', 'tools', 'tooling', 'misc',
    'miscellaneous', 'other', 'others', 'various', 'technologies', 'tech stack', 'stack', 'platforms', 'databases',
    'methodologies', 'methods', 'environments', 'ides', 'software', 'concepts', 'knowledge', 'expertise',
    'competences', 'competences techniques', 'savoir-etre', 'outils', 'langages', 'divers', 'logiciels',
    'vaardigheden', 'talen', 'tools en technieken', 'overig', 'overige',
  ].map(foldText),
);

export function isGroupHeader(entry: string): boolean {
  const folded = foldText(entry).replace(/[:.]+$/, '').trim();
  if (GROUP_HEADERS.has(folded)) return true;
  // "Tools / Misc", "Languages & Frameworks": every piece a header.
  const pieces = folded.split(/\s*(?:\/|&|,|\band\b|\bet\b|\ben\b)\s*/).filter(Boolean);
  return pieces.length > 1 && pieces.every((piece) => GROUP_HEADERS.has(piece));
}

/** The skills one entry names, in the order written, each once. */
export function extractSkills(entry: string, catalog: SkillResolver): ExtractedSkill[] {
  const out = new Map<string, ExtractedSkill>();
  for (const part of parts(entry.trim(), catalog)) {
    const key = part.skillId ?? `custom:${foldText(part.name)}`;
    if (!out.has(key)) out.set(key, part);
  }
  return [...out.values()];
}

function parts(entry: string, catalog: SkillResolver): ExtractedSkill[] {
  if (entry === '' || NOISE.test(entry)) return [];
  const whole = known(entry, catalog);
  if (whole) return [whole];
  if (isGroupHeader(entry)) return [];

  // "Cloud: AWS, Azure" — what precedes the colon names the group, even when it is a skill's name too.
  const colon = /^([^:()]{1,40}):\s*(.+)$/s.exec(entry);
  if (colon) return parts(colon[2], catalog);

  // "Swift 5 (iOS, WatchOS)": the outside and the inside are entries of their own.
  const paren = /^(.*?)\s*[([]([^()[\]]*)[)\]]\s*(.*)$/s.exec(entry);
  if (paren) return [paren[1], paren[2], paren[3]].flatMap((piece) => parts(piece.trim(), catalog));

  const strong = entry.split(STRONG).filter(Boolean);
  if (strong.length > 1) return strong.flatMap((piece) => parts(piece, catalog));

  const weak = entry.split(WEAK).map((piece) => piece.trim()).filter(Boolean);
  if (weak.length > 1) {
    const pieces = weak.map((piece) => known(piece, catalog));
    if (pieces.some(Boolean)) return weak.flatMap((piece) => parts(piece, catalog));
  }
  return [{ name: entry, skillId: null }];
}

/** The entry as a known skill, as written or without a trailing version. */
function known(entry: string, catalog: SkillResolver): ExtractedSkill | null {
  const direct = catalog.resolve(entry);
  if (direct) return { name: entry, skillId: direct.id };
  const unversioned = entry.replace(VERSION, '').trim();
  if (unversioned !== entry && unversioned !== '') {
    const skill = catalog.resolve(unversioned);
    if (skill) return { name: unversioned, skillId: skill.id };
  }
  const glued = GLUED_VERSION.exec(entry);
  if (glued) {
    const skill = catalog.resolve(glued[1]);
    if (skill) return { name: glued[1], skillId: skill.id };
  }
  return null;
}
