import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The lib directions of STYLE.md and issue 12, checked on the source: a lib never imports an app
 * nor libs/schema (the entity list composed from every domain lib), `matching` imports no other
 * lib, and the lib graph has no cycle. ESLint's no-restricted-imports
 * catches the first two file by file; a cycle needs the whole graph, so it is checked here.
 */
const LIBS = resolve(__dirname);
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+'([^']+)'|require\('([^']+)'\)|import\('([^']+)'\)/g;

type Graph = Map<string, Set<string>>;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'testing' || e.name === 'node_modules' ? [] : sourceFiles(full);
    return e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [full] : [];
  });
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Which lib an import lands in (`@embauche/x…` or a relative path leaving the lib), `app:` for an app, null for a package. */
function target(fromFile: string, spec: string): string | null {
  const alias = /^@embauche\/([a-z-]+)/.exec(spec);
  if (alias) return alias[1];
  if (!spec.startsWith('.')) return null;
  const path = relative(LIBS, resolve(fromFile, '..', spec));
  if (path.startsWith('..')) return path.includes('apps/') ? `app:${path}` : `outside:${path}`;
  return path.split('/')[0];
}

export function libGraph(root = LIBS): { graph: Graph; violations: string[] } {
  const graph: Graph = new Map();
  const violations: string[] = [];
  for (const lib of readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory() && e.name !== 'node_modules')) {
    const edges = new Set<string>();
    graph.set(lib.name, edges);
    for (const file of sourceFiles(join(root, lib.name))) {
      const rel = relative(root, file);
      for (const spec of importsOf(file)) {
        const to = target(file, spec);
        if (!to || to === lib.name) continue;
        if (to.startsWith('app:') || to.startsWith('outside:')) violations.push(`${rel} imports ${spec}: a lib never imports an app`);
        else if (lib.name === 'matching') violations.push(`${rel} imports ${spec}: matching is the leaf, it imports no other lib`);
        else if (to === 'schema') violations.push(`${rel} imports ${spec}: only apps, CLIs and tests compose the schema`);
        else edges.add(to);
      }
    }
  }
  return { graph, violations };
}

/** Every cycle, as `a → b → … → a`, found by depth-first search. */
export function cycles(graph: Graph): string[] {
  const found = new Set<string>();
  const visit = (node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = path.indexOf(next);
      if (at >= 0) {
        const loop = path.slice(at);
        const start = loop.indexOf([...loop].sort()[0]);
        found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '));
      } else visit(next, [...path, next]);
    }
  };
  for (const node of graph.keys()) visit(node, [node]);
  return [...found].sort();
}

describe('lib boundaries', () => {
  it('no lib imports an app or the composed schema, and matching imports no other lib', () => {
    expect(libGraph().violations).toEqual([]);
  });

  it('the lib graph has no cycle', () => {
    expect(cycles(libGraph().graph)).toEqual([]);
  });

  it('reports a cycle when there is one (the check can fail)', () => {
    const graph: Graph = new Map([
      ['candidates', new Set(['scoring'])],
      ['scoring', new Set(['applications'])],
      ['applications', new Set(['candidates'])],
      ['matching', new Set()],
    ]);
    expect(cycles(graph)).toEqual(['applications → candidates → scoring → applications']);
  });

  it('lint fails on a lib importing an app, and on matching importing another lib', () => {
    const lint = (file: string, source: string) =>
      spawnSync(process.execPath, [join(LIBS, '../node_modules/eslint/bin/eslint.js'), '--stdin', '--stdin-filename', file], { cwd: join(LIBS, '..'), input: source, encoding: 'utf8' });
    const intoApp = lint('libs/review/src/fixture.ts', "import { x } from '../../../apps/api/src/main';\nexport const y = x;\n");
    expect(intoApp.status).toBe(1);
    expect(intoApp.stdout).toContain('A lib never imports an app');
    const fromLeaf = lint('libs/matching/src/fixture.ts', "import { x } from '@embauche/skills';\nexport const y = x;\n");
    expect(fromLeaf.status).toBe(1);
    expect(fromLeaf.stdout).toContain('matching is the leaf');
    const intoSchema = lint('libs/review/src/fixture.ts', "import { ENTITIES } from '@embauche/schema';\nexport const y = ENTITIES;\n");
    expect(intoSchema.status).toBe(1);
    expect(intoSchema.stdout).toContain('Only the apps compose the schema');
    expect(lint('libs/review/src/fixture.ts', "import { x } from '@embauche/scoring';\nexport const y = x;\n").status).toBe(0);
  });
});
