/**
 * The keywords of the résumés shipped in @jsonresume/schema, through the
 * import's extractor and the bundled taxonomy. 38 of 45 resolve (the rest:
 * MPEG/MP4/GIF, "P&L management" and three distributed-systems concepts);
 * 34 did with the 575-skill taxonomy. Floor at issue #15's 80 %.
 */
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import { extractSkills } from '@embauche/skills/skill-extractor';
import { packagedResumes } from './json-resume.examples';

describe('JSON Resume examples: skill keywords', () => {
  it('resolve at least 80 % of the keywords of the packaged examples', () => {
    const catalog = SkillCatalog.fromBundledData();
    const keywords = packagedResumes().flatMap(({ doc }) =>
      ((doc.skills ?? []) as Array<{ keywords?: unknown[] }>).flatMap((group) => (group.keywords ?? []).filter((k): k is string => typeof k === 'string')),
    );
    const resolved = keywords.filter((k) => {
      const parts = extractSkills(k, catalog);
      return parts.length > 0 && parts.every((part) => part.skillId !== null);
    });
    expect(keywords.length).toBeGreaterThanOrEqual(40);
    expect(resolved.length / keywords.length).toBeGreaterThanOrEqual(0.8);
  });
});
