/**
 * Where to go after signing in: only a path on this site. `next` comes from the URL, so anyone can
 * craft a link to /signin?next=…; an absolute URL, a protocol-relative `//host` or a backslash
 * trick (`/\host`, which browsers read as `//host`) would send the person elsewhere after they
 * typed their password: an open redirect. Anything doubtful falls back to `fallback`.
 */
export function safeNext(next: string | null | undefined, fallback = '/me/profile'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return fallback;
  // Control characters (tab, newline) are stripped by URL parsers and could turn `/\t/host` into `//host`.
  if ([...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return fallback;
  try {
    const base = 'https://embauche.invalid';
    const url = new URL(next, base);
    if (url.origin !== base) return fallback;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return fallback;
  }
}
