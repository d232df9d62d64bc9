import { AMBIGUOUS_SKILLS as TAXONOMY_AMBIGUOUS } from '@embauche/skills/ambiguous-skills';

/**
 * Skills whose names are also ordinary words (Go, R, C, Swift, Rust, Spring, Express, Java the
 * island, Dutch "rust" and "spring"...). Outside a skills section or a list of skills they count only
 * when the CV also names one of their companions, strongly. The list and the companions are the
 * taxonomy's data (`libs/skills/src/data/ambiguous.json`, the entries with `companions`): one home.
 */
export const AMBIGUOUS_SKILLS: ReadonlyMap<string, readonly string[]> = new Map(
  TAXONOMY_AMBIGUOUS.filter((entry) => entry.companions).map((entry) => [entry.id, entry.companions!] as const),
);

/** Plain words that are aliases of a clear skill: never enough alone outside a skills section. */
export const AMBIGUOUS_SPELLINGS: ReadonlySet<string> = new Set([
  'containers', 'containerization', 'containerisation', 'shell', 'versioning', 'version control', 'planning',
  'organized', 'organised', 'organization', 'organisation', 'apache', 'oracle', 'vault', 'spark',
  'cloud', 'cloud storage', 'safe', 'documentation', 'nest', 'vue', 'ember', 'backbone', 'solid', 'assembly', 'assembler', 'excel', 'loki', 'drizzle', 'airflow', 'rails',
]);
