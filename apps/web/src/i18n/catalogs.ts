/**
 * The message catalogs: `locales/<lang>.json` for the shared strings and `locales/<area>/<lang>.json`
 * per area of the app (account, applications, …), so areas grow without touching each other's
 * files. Each file holds top-level namespaces of keys (`{ "profile": { … } }`); an area must not
 * redefine a namespace another file has (catalogs.spec.ts checks, and that fr/en/nl agree).
 */
export type Catalog = Record<string, unknown>;

export function languageOf(path: string): string {
  const match = /([a-z]{2})\.json$/.exec(path);
  if (!match) throw new Error(`Not a catalog file: ${path}`);
  return match[1];
}

export function mergeCatalogs(files: Record<string, { default: Catalog }>): Record<string, { translation: Catalog }> {
  const resources: Record<string, { translation: Catalog }> = {};
  for (const [path, module] of Object.entries(files)) {
    const language = languageOf(path);
    const translation = (resources[language] ??= { translation: {} }).translation;
    for (const [namespace, keys] of Object.entries(module.default)) {
      if (namespace in translation) throw new Error(`Namespace "${namespace}" is defined twice for ${language} (${path})`);
      translation[namespace] = keys;
    }
  }
  return resources;
}
