import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

export interface DeclaredCode {
  /** `ApplicationErrorCode.PostingClosed`: what a throw site names. */
  reference: string;
  code: string;
  /** The declaring file, relative to the repository. */
  file: string;
}

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : walk(full, keep);
    return keep(full) ? [full] : [];
  });
}

/** Production sources of the apps and libs (no specs, no generated client). */
export function sourceFiles(): string[] {
  return ['apps', 'libs'].flatMap((top) =>
    walk(path.join(ROOT, top), (f) => /\.tsx?$/.test(f) && !/\.spec\.tsx?$/.test(f) && !f.includes(`${path.sep}api-client${path.sep}`)),
  );
}

/**
 * Every error code the libs declare: each `<lib>-errors.ts` (and common's) exports `as const`
 * objects named `…ErrorCode`. Found by walking the tree, so a new lib's codes cannot be left out.
 */
export function declaredErrorCodes(): DeclaredCode[] {
  const files = walk(path.join(ROOT, 'libs'), (f) => /-errors\.ts$/.test(f) && /export const \w+ErrorCode = \{/.test(readFileSync(f, 'utf8')));
  return files.flatMap((file) => {
    const exports = require(file) as Record<string, unknown>;
    return Object.entries(exports)
      .filter(([name, value]) => name.endsWith('ErrorCode') && typeof value === 'object' && value !== null)
      .flatMap(([group, members]) =>
        Object.entries(members as Record<string, string>).map(([member, code]) => ({ reference: `${group}.${member}`, code, file: path.relative(ROOT, file) })),
      );
  });
}

export function readSource(file: string): string {
  return readFileSync(file, 'utf8');
}
