import { createHash } from 'node:crypto';
import { escapeHtml } from '@embauche/templates/markdown-to-html';

export interface JobPageHead {
  title: string;
  description: string;
  canonicalUrl: string;
  language: string;
  jsonLd: object;
}

/** JSON inside <script>: `<` escaped so no text in a posting can close the element. */
const jsonForScript = (value: object) => JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');

/** The first sentences of a Markdown description as plain text, for <meta name="description">. */
export function metaDescription(markdown: string, max = 160): string {
  const text = markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/^[-*]\s+/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

/**
 * The built index.html with what a crawler needs put into <head>: title, meta description,
 * canonical link and the JobPosting JSON-LD (data, not script: CSP does not run it).
 */
export function withJobHead(html: string, head: JobPageHead): string {
  const tags = [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    `<link rel="canonical" href="${escapeHtml(head.canonicalUrl)}" />`,
    `<meta property="og:title" content="${escapeHtml(head.title)}" />`,
    `<meta property="og:description" content="${escapeHtml(head.description)}" />`,
    `<meta property="og:url" content="${escapeHtml(head.canonicalUrl)}" />`,
    `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>`,
  ].join('\n    ');
  return replaceHead(html, tags).replace(/<html lang="[^"]*"/, `<html lang="${escapeHtml(head.language)}"`);
}

/** The 404 page: the app renders its own "no longer available" screen; robots are told not to index. */
export function withNotFoundHead(html: string): string {
  return replaceHead(html, '<title>Not found · Embauche</title>\n    <meta name="robots" content="noindex" />');
}

function replaceHead(html: string, tags: string): string {
  return html
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', `  ${tags}\n  </head>`);
}

/** `'sha256-…'` sources for every inline script the build left in index.html (none today; Vite emits files). */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)) {
    hashes.push(`'sha256-${createHash('sha256').update(match[1]).digest('base64')}'`);
  }
  return hashes;
}
