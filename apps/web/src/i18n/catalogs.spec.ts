import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { mergeCatalogs, type Catalog } from './catalogs';

const root = join(__dirname, 'locales');

function catalogFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? catalogFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

function keysOf(catalog: unknown, prefix = ''): string[] {
  if (typeof catalog !== 'object' || catalog === null) return [prefix];
  return Object.entries(catalog).flatMap(([key, value]) => keysOf(value, prefix ? `${prefix}.${key}` : key));
}

const files = Object.fromEntries(
  catalogFiles(root).map((path) => [`./locales/${relative(root, path)}`, { default: JSON.parse(readFileSync(path, 'utf8')) as Catalog }]),
);

describe('message catalogs', () => {
  const resources = mergeCatalogs(files);

  it('exist for exactly fr, en and nl', () => {
    expect(Object.keys(resources).sort()).toEqual(['en', 'fr', 'nl']);
  });

  it('have the same keys in every language, none empty', () => {
    const english = keysOf(resources.en.translation).sort();
    expect(english.length).toBeGreaterThan(50);
    for (const language of ['fr', 'nl']) {
      expect({ language, keys: keysOf(resources[language].translation).sort() }).toEqual({ language, keys: english });
    }
    for (const language of ['en', 'fr', 'nl']) {
      const empty = keysOf(resources[language].translation).filter((key) => {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language].translation);
        return typeof value !== 'string' || value.trim() === '';
      });
      expect({ language, empty }).toEqual({ language, empty: [] });
    }
  });

  it('refuse a namespace defined by two files', () => {
    expect(() =>
      mergeCatalogs({ './locales/en.json': { default: { app: {} } }, './locales/account/en.json': { default: { app: {} } } }),
    ).toThrow(/defined twice/);
  });
});
