/**
 * PDF → positioned text runs with pdf.js (pdfjs-dist 5.6, legacy build: 5.7+
 * and 6.x want Node 22). No fonts are loaded, no script is evaluated: only
 * the text layer is read.
 */
import type { PageBox, PositionedText } from './cv.types';
import { CvErrorCode, CvImportError } from './cv-errors';
import { CV_LIMITS } from './cv-limits';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

export interface PdfText {
  pages: PageBox[];
  runs: PositionedText[];
}

export async function readPdfText(bytes: Uint8Array): Promise<PdfText> {
  const lib = await (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    doc = await lib.getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw new CvImportError(CvErrorCode.Unreadable);
  }
  try {
    if (doc.numPages > CV_LIMITS.maxPages) throw new CvImportError(CvErrorCode.TooManyPages);
    const pages: PageBox[] = [];
    const runs: PositionedText[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      pages.push({ page: n, width: viewport.width, height: viewport.height });
      const content = await page.getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, baseline] = item.transform as number[];
        // Rotated text (a vertical sidebar label) is left out: it has no reading position among the lines.
        if (Math.abs(b) > Math.abs(a) * 0.1) continue;
        const height = item.height || Math.abs(a);
        runs.push({ text: item.str, page: n, x, y: viewport.height - baseline - height, width: item.width, height });
      }
      page.cleanup();
    }
    const characters = runs.reduce((sum, run) => sum + run.text.replace(/[^\p{L}\p{N}]/gu, '').length, 0);
    if (characters < CV_LIMITS.minTextCharacters) throw new CvImportError(CvErrorCode.NoText);
    return { pages, runs };
  } finally {
    await doc.destroy();
  }
}
