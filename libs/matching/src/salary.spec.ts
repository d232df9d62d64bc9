import { compilePosting, scoreCandidate, type SalaryExpectation, type SalaryRange } from './index';
import { candidate, fakeTaxonomy, posting } from './testing/fixtures';

function salary(country: string, range: SalaryRange | null, salaryExpectation: SalaryExpectation | null) {
  const r = scoreCandidate(compilePosting(posting({ country, salary: range }), fakeTaxonomy()), candidate({ country, salaryExpectation }));
  return { detail: r.breakdown.salary, score: r.score };
}

const yearly = (min: number, max: number, currency = 'EUR'): SalaryRange => ({ min, max, currency, period: 'year' });
const monthly = (min: number, max: number): SalaryRange => ({ min, max, currency: 'EUR', period: 'month' });
const wants = (amount: number, period: 'month' | 'year', currency = 'EUR'): SalaryExpectation => ({ amount, currency, period });

describe('salary', () => {
  describe('in Belgium, a month is 1/13.92 of a year', () => {
    it('within the range → 1', () => {
      // 4,000 × 13.92 = 55,680 ≤ 60,000
      expect(salary('BE', yearly(50000, 60000), wants(4000, 'month')).detail).toMatchObject({
        rule: 'withinRange',
        monthsPerYear: 13.92,
        expectation: { annual: 55680 },
        posting: { annualMax: 60000 },
        subScore: 1,
      });
    });

    it('above the max → 1 − 2 × overshoot / max', () => {
      // 4,500 × 13.92 = 62,640 ; 1 − 2 × 2,640 / 60,000 = 1 − 0.088 = 0.912
      const { detail } = salary('BE', yearly(50000, 60000), wants(4500, 'month'));
      expect(detail).toMatchObject({ rule: 'aboveMax', expectation: { annual: 62640 } });
      expect(detail.subScore).toBeCloseTo(0.912, 12);
    });

    it('annualizes a monthly range too', () => {
      // max 4,000 × 13.92 = 55,680 ; expectation 60,000 a year: 1 − 2 × 4,320 / 55,680 = 0.844827…
      const { detail } = salary('BE', monthly(3000, 4000), wants(60000, 'year'));
      expect(detail.posting?.annualMax).toBe(55680);
      expect(detail.subScore).toBeCloseTo(1 - (2 * 4320) / 55680, 12);
    });
  });

  describe('elsewhere (France), a month is 1/12 of a year', () => {
    it('within the range → 1', () => {
      // 4,500 × 12 = 54,000 ≤ 60,000 (× 13.92 would have been 62,640, above)
      expect(salary('FR', yearly(50000, 60000), wants(4500, 'month')).detail).toMatchObject({
        monthsPerYear: 12,
        expectation: { annual: 54000 },
        subScore: 1,
      });
    });

    it('above the max', () => {
      // 5,500 × 12 = 66,000 ; 1 − 2 × 6,000 / 60,000 = 0.8
      expect(salary('FR', yearly(50000, 60000), wants(5500, 'month')).detail.subScore).toBeCloseTo(0.8, 12);
    });
  });

  it('compares currency codes without case', () => {
    expect(salary('FR', yearly(50000, 60000), wants(5500, 'month', 'eur')).detail.rule).toBe('aboveMax');
  });

  it('gives 1 at exactly the max and below the min', () => {
    expect(salary('FR', yearly(50000, 60000), wants(60000, 'year')).detail.subScore).toBe(1);
    expect(salary('FR', yearly(50000, 60000), wants(30000, 'year')).detail.subScore).toBe(1);
  });

  it('floors at 0', () => {
    // 1 − 2 × 30,000 / 50,000 = −0.2 → 0 ; at 1.5 × max exactly: 1 − 2 × 0.5 = 0
    expect(salary('FR', yearly(40000, 50000), wants(80000, 'year')).detail.subScore).toBe(0);
    expect(salary('FR', yearly(40000, 50000), wants(75000, 'year')).detail.subScore).toBe(0);
  });

  it('weighs 5 in the score', () => {
    // salary 0.8, experience 1, location 1: 100 × (5×0.8 + 5 + 5) / 15 = 1400/15 = 93.333… → 93.33
    expect(salary('FR', yearly(50000, 60000), wants(5500, 'month')).score).toBe(93.33);
  });

  it.each<[string, SalaryRange | null, SalaryExpectation | null]>([
    ['noPostingSalary', null, wants(4000, 'month')],
    ['noExpectation', yearly(50000, 60000), null],
    ['currencyMismatch', yearly(50000, 60000, 'USD'), wants(4000, 'month')],
  ])('is left out: %s', (rule, range, expectation) => {
    const { detail, score } = salary('FR', range, expectation);
    expect(detail).toMatchObject({ rule, subScore: null });
    expect(score).toBe(100); // experience and location are 1, nothing else compared
  });
});
