import { markdownToHtml } from '@embauche/templates/markdown-to-html';
import { useMemo } from 'react';

// As the public job page (apps/web/src/postings/job-screen.tsx): the description's headings move under the screen's h1 and h2.
const demoteHeadings = (html: string) => html.replace(/<(\/?)h([1-6])>/g, (_tag, slash: string, level: string) => `<${slash}h${Math.min(Number(level) + 2, 6)}>`);

/** A posting's markdown description, rendered by the API's own renderer (it escapes every character first). */
export function DescriptionView({ markdown, language }: { markdown: string; language: string }) {
  const html = useMemo(() => demoteHeadings(markdownToHtml(markdown)), [markdown]);
  return <div lang={language} className="prose-posting mt-4" data-testid="description" dangerouslySetInnerHTML={{ __html: html }} />;
}
