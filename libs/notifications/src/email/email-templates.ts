import en from './templates/en.json';
import fr from './templates/fr.json';
import nl from './templates/nl.json';

export const EMAIL_LANGUAGES = ['fr', 'en', 'nl'] as const;
export type EmailLanguage = (typeof EMAIL_LANGUAGES)[number];

interface Catalog {
  greeting: string;
  greetingAnonymous: string;
  signature: string;
  templates: Record<string, { subject: string; paragraphs: string[] }>;
  reasons: Record<string, string>;
}

/** The templates are data (templates/<language>.json); this file only fills and escapes them. */
const CATALOGS: Record<EmailLanguage, Catalog> = { en, fr, nl };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export function isEmailLanguage(value: unknown): value is EmailLanguage {
  return typeof value === 'string' && (EMAIL_LANGUAGES as readonly string[]).includes(value);
}

export function hasTemplate(template: string): boolean {
  return template in CATALOGS.en.templates;
}

/** Fills `template` in `language`; `values.reason` is a key translated from the catalog's reasons. */
export function renderEmail(template: string, language: EmailLanguage, values: Record<string, string | null>): RenderedEmail {
  const catalog = CATALOGS[language];
  const entry = catalog.templates[template];
  if (!entry) throw new Error(`No email template ${template}`);
  const filled: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null) filled[k] = k === 'reason' ? (catalog.reasons[v] ?? v) : v;
  const fill = (s: string, escape: (v: string) => string) => s.replace(/\{\{(\w+)\}\}/g, (_, key: string) => escape(filled[key] ?? ''));
  const greeting = filled.name ? catalog.greeting : catalog.greetingAnonymous;
  const lines = [greeting, ...entry.paragraphs, catalog.signature];
  return {
    subject: fill(entry.subject, (v) => v),
    text: lines.map((l) => fill(l, (v) => v)).join('\n\n') + '\n',
    html:
      `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(fill(entry.subject, (v) => v))}</title></head><body>` +
      lines.map((l) => `<p>${fill(escapeHtml(l), escapeHtml)}</p>`).join('') +
      '</body></html>',
  };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
