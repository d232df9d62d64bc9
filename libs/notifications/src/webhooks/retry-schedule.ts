/** Parses "0,5000,300000" into delays in milliseconds. */
export function parseSchedule(text: string): number[] {
  return text.split(',').map((part) => Number(part.trim()));
}

/**
 * When the next attempt is due after `attemptsMade` attempts, or null when the
 * schedule is exhausted. Each delay is jittered by ±20 % so receivers that
 * came back are not hit by every retry at once; a Retry-After (429, 503)
 * moves the attempt later, never earlier.
 */
export function nextDelayMs(schedule: readonly number[], attemptsMade: number, retryAfterMs: number | null, random = Math.random): number | null {
  if (attemptsMade >= schedule.length) return null;
  const base = schedule[attemptsMade];
  const jittered = Math.round(base * (0.8 + 0.4 * random()));
  return Math.max(jittered, retryAfterMs ?? 0);
}

/** Retry-After in milliseconds: seconds or an HTTP date; null when absent or unreadable. Capped at one day. */
export function retryAfterMs(header: string | string[] | undefined, now = Date.now()): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  if (!value) return null;
  const seconds = /^\d+$/.test(value.trim()) ? Number(value.trim()) * 1000 : Date.parse(value) - now;
  if (!Number.isFinite(seconds) || seconds < 0) return null;
  return Math.min(seconds, 24 * 3600 * 1000);
}
