import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AuthFailure } from './auth-errors';
import { useRateLimitWait } from './use-wait';

afterEach(() => vi.useRealTimers());

describe('useRateLimitWait', () => {
  it('waits exactly as long as Retry-After said, then lets the person try again', () => {
    vi.useFakeTimers();
    const failure: AuthFailure = { kind: 'rateLimited', retryAfterSeconds: 30 };
    const { result } = renderHook(({ f }) => useRateLimitWait(f), { initialProps: { f: failure as AuthFailure | undefined } });
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(29_000));
    expect(result.current).toBe(true);
    act(() => vi.advanceTimersByTime(1_000));
    expect(result.current).toBe(false);
  });

  it('never waits for other failures', () => {
    const { result, rerender } = renderHook(({ f }) => useRateLimitWait(f), { initialProps: { f: { kind: 'credentials' } as AuthFailure | undefined } });
    expect(result.current).toBe(false);
    rerender({ f: undefined });
    expect(result.current).toBe(false);
  });
});
