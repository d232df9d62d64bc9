/**
 * Issue #15's bar: on real résumés, ≥ 80 % of the skill entries that name a
 * real skill resolve. testing/resume-skill-entries.json holds skill entries
 * as people write them in résumés and JSON Resume files (compounds, versions,
 * French and Dutch soft skills, group headers), each with the skills it names:
 * `null` for a real skill the taxonomy does not resolve (yet), `[]` for
 * what is not a skill. The floor below is the measured coverage, rounded down,
 * so a taxonomy edit that loses spellings fails here.
 */
import { SkillCatalog } from './skill-catalog';
import { extractSkills } from './skill-extractor';
import entries from './testing/resume-skill-entries.json';

const catalog = SkillCatalog.fromBundledData();
const resolve = (entry: string) => [...new Set(extractSkills(entry, catalog).flatMap((part) => (part.skillId ? [part.skillId] : [])))].sort();

describe('résumé skill entries', () => {
  const naming = entries.filter((e) => e.skills === null || e.skills.length > 0);

  it('is a list of a few hundred entries whose expected skills exist', () => {
    expect(naming.length).toBeGreaterThanOrEqual(300);
    expect(entries.flatMap((e) => e.skills ?? []).filter((id) => !catalog.has(id))).toEqual([]);
  });

  it('resolves at least 95 % of the entries that name a real skill, to exactly the skills named', () => {
    const resolved = naming.filter((e) => e.skills !== null && JSON.stringify(resolve(e.entry)) === JSON.stringify([...e.skills].sort()));
    expect(resolved.length / naming.length).toBeGreaterThanOrEqual(0.95);
  });

  it('never resolves an entry to a skill it does not name', () => {
    const wrong = entries.flatMap((e) => resolve(e.entry).filter((id) => !(e.skills ?? []).includes(id)).map((id) => `${e.entry} → ${id}`));
    expect(wrong).toEqual([]);
  });
});
