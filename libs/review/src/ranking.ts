/** MATCHING.md › Ranking: must-haves met first, then score descending, then candidate id ascending. */
export interface Ranked {
  mustHavesMet: boolean;
  score: number;
  candidateId: string;
}

export function ranksBefore(a: Ranked, b: Ranked): boolean {
  if (a.mustHavesMet !== b.mustHavesMet) return a.mustHavesMet;
  if (a.score !== b.score) return a.score > b.score;
  return a.candidateId < b.candidateId;
}
