import { describe, expect, it } from 'vitest';
import { countedCriteria, readBreakdown, topRequirements } from './breakdown';

const skill = (id: string, importance: string, credit: number, importanceWeight: number) => ({
  type: 'skill',
  criterion: 'technicalSkills',
  anyOf: [id],
  importance,
  importanceWeight,
  minLevel: 3,
  matchedSkill: credit > 0 ? { name: id, skillId: id } : null,
  how: credit > 0 ? 'exact' : null,
  strength: credit > 0 ? 1 : 0,
  candidateLevel: credit > 0 ? 3 : null,
  levelFactor: 1,
  credit,
  met: importance === 'must' ? credit >= 0.5 : null,
});

describe('reading a breakdown', () => {
  it('keeps what is well formed and drops the rest', () => {
    const view = readBreakdown({
      criteria: [
        { criterion: 'technicalSkills', included: true, weight: 60, subScore: 0.5, points: 30 },
        { criterion: 'salary', included: false, weight: 0, subScore: null, points: 0 },
        { criterion: 'astrology', included: true, weight: 40, subScore: 1, points: 40 },
        'junk',
      ],
      items: [skill('java', 'must', 1, 3), { type: 'unknown' }],
      location: 'nowhere',
    });
    expect(view.criteria.map((c) => c.criterion)).toEqual(['technicalSkills', 'salary']);
    expect(countedCriteria(view.criteria).map((c) => c.points)).toEqual([30]);
    expect(view.items).toHaveLength(1);
    expect(view.location).toBeNull();
    expect(readBreakdown(null)).toEqual({ criteria: [], items: [], location: null, salary: null, experience: null });
  });

  it('ranks the top matched by importance × credit and the top missing by importance × what is lacking', () => {
    const items = readBreakdown({
      items: [skill('git', 'nice', 1, 1), skill('java', 'must', 0.9, 3), skill('sql', 'important', 1, 2), skill('rest', 'important', 0.6, 2), skill('go', 'nice', 0, 1), skill('docker', 'must', 0.2, 3), skill('k8s', 'important', 0, 2)],
    }).items;
    const { matched, missing } = topRequirements(items);
    expect(matched.map((i) => (i.type === 'skill' ? i.anyOf[0] : ''))).toEqual(['java', 'sql', 'rest']);
    expect(missing.map((i) => (i.type === 'skill' ? i.anyOf[0] : ''))).toEqual(['docker', 'k8s', 'go']);
  });
});
