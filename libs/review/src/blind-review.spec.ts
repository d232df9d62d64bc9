import { hidesIdentity, reviewsBlind } from './blind-review';

describe('blind review', () => {
  const revealed = new Date('2026-01-01T00:00:00Z');

  it('hides when the read asks for it or the organization reviews blind', () => {
    expect(reviewsBlind({ organization: false })).toBe(false);
    expect(reviewsBlind({ asked: true, organization: false })).toBe(true);
    expect(reviewsBlind({ asked: false, organization: true })).toBe(true);
  });

  it('shows an application that reached interview, for good', () => {
    expect(hidesIdentity({ asked: true, organization: true }, revealed)).toBe(false);
    expect(hidesIdentity({ asked: true, organization: false }, null)).toBe(true);
    expect(hidesIdentity({ organization: false }, null)).toBe(false);
  });
});
