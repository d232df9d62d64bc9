/**
 * Test support: the example resumes shipped inside the `@jsonresume/schema`
 * package (its sample and every file of its `examples/` folder), read at test
 * time so an upgrade that adds or changes examples is exercised without
 * anyone copying fixtures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export interface PackagedResume {
  /** Path inside the package, e.g. `examples/new-grad.resume.json`. */
  name: string;
  doc: Record<string, unknown>;
}

export function packagedResumes(): PackagedResume[] {
  const root = dirname(require.resolve('@jsonresume/schema/package.json'));
  const names = [
    'sample.resume.json',
    ...readdirSync(join(root, 'examples'))
      .filter((file) => file.endsWith('.json'))
      .sort()
      .map((file) => `examples/${file}`),
  ];
  return names.map((name) => ({ name, doc: JSON.parse(readFileSync(join(root, name), 'utf8')) as Record<string, unknown> }));
}
