import { describe, expect, it } from 'vitest';
import { isLastActiveAdmin } from './last-admin';

const admin = (active = true) => ({ role: 'admin' as const, active });
const recruiter = (active = true) => ({ role: 'recruiter' as const, active });

describe('isLastActiveAdmin', () => {
  it('is the only active admin, whoever else there is', () => {
    const only = admin();
    expect(isLastActiveAdmin(only, [only, recruiter(), recruiter(false)])).toBe(true);
  });

  it('is not when another admin is active', () => {
    const a = admin();
    expect(isLastActiveAdmin(a, [a, admin()])).toBe(false);
  });

  it('does not count deactivated admins as a fallback', () => {
    const a = admin();
    expect(isLastActiveAdmin(a, [a, admin(false)])).toBe(true);
  });

  it('never holds for a non-admin or a deactivated admin (changing them leaves the admins as they are)', () => {
    const r = recruiter();
    const off = admin(false);
    expect(isLastActiveAdmin(r, [admin(), r])).toBe(false);
    expect(isLastActiveAdmin(off, [admin(), off])).toBe(false);
  });
});
