/**
 * DOCX → lines with mammoth. A Word document has no fixed pages or
 * positions: its paragraphs are its lines, in order, all on "page 1" unless
 * the document says how many pages it has (docProps/app.xml, written by Word
 * and LibreOffice), which the page limit reads. Headings keep their style as
 * a larger scale, as in a PDF.
 */
import mammoth from 'mammoth';
import type { CvLine } from './cv.types';
import { CvErrorCode, CvImportError } from './cv-errors';
import { CV_LIMITS } from './cv-limits';
import { readZipDirectory, readZipEntry } from './zip-directory';

export async function readDocxLines(bytes: Buffer): Promise<{ lines: CvLine[]; pages: number }> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes }, { includeDefaultStyleMap: true, ignoreEmptyParagraphs: true, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) })).value;
  } catch {
    throw new CvImportError(CvErrorCode.Unreadable);
  }
  const pages = declaredPages(bytes);
  if (pages > CV_LIMITS.maxPages) throw new CvImportError(CvErrorCode.TooManyPages);
  const lines: CvLine[] = [];
  for (const m of html.matchAll(/<(h[1-6]|p|li|td|th)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = decode(m[2].replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (text === '') continue;
    const scale = m[1].startsWith('h') ? 1.5 - Number(m[1][1]) * 0.05 : 1;
    lines.push({ text, page: 1, column: 0, scale });
  }
  return { lines, pages: Math.max(1, pages) };
}

/** `<Pages>` of docProps/app.xml, 0 when absent. */
function declaredPages(bytes: Buffer): number {
  const entry = readZipDirectory(bytes)?.entries.find((e) => e.name === 'docProps/app.xml');
  const xml = entry ? readZipEntry(bytes, entry, 64 * 1024)?.toString('utf8') : undefined;
  const pages = xml ? /<Pages>(\d+)<\/Pages>/.exec(xml) : null;
  return pages ? Number(pages[1]) : 0;
}

function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}
