/**
 * One uploaded file → a draft profile: type by content, limits, text, lines,
 * extraction. Runs inside a parse worker thread (cv-parse.worker.ts); the
 * bytes are never written anywhere nor logged.
 */
import { SkillCatalog } from '@embauche/skills/skill-catalog';
import type { CvDraft } from './cv.types';
import { CvErrorCode, CvImportError } from './cv-errors';
import { CV_LIMITS } from './cv-limits';
import { readDocxLines } from './docx-text';
import { extractDraft } from './extract-draft';
import { sniffCvFormat } from './file-type';
import { buildLines } from './lines';
import { readPdfText } from './pdf-text';

export async function parseCv(bytes: Buffer, today: Date, catalog: SkillCatalog = SkillCatalog.fromBundledData()): Promise<CvDraft> {
  if (bytes.length > CV_LIMITS.maxFileBytes) throw new CvImportError(CvErrorCode.TooLarge);
  const format = sniffCvFormat(bytes);
  if (format === 'pdf') {
    // A copy: pdf.js takes over (detaches) the buffer it is given, and the caller may still need its bytes.
    const text = await readPdfText(new Uint8Array(bytes));
    const { lines, twoColumn } = buildLines(text.runs, text.pages);
    return extractDraft({ format, pages: text.pages.length, lines, twoColumn, today }, catalog);
  }
  const docx = await readDocxLines(bytes);
  if (docx.lines.length === 0) throw new CvImportError(CvErrorCode.NoText);
  return extractDraft({ format, pages: docx.pages, lines: docx.lines, twoColumn: false, today }, catalog);
}
