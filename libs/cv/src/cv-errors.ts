/**
 * Why a CV was refused. Each refusal is a problem+json with its own `code`
 * and an HTTP status (the API's CV problem filter maps them); the parse
 * worker returns the code, since class identity does not cross threads.
 */
import { DomainError } from '@embauche/common/errors/domain-errors';
import { CV_LIMITS } from './cv-limits';

export const CV_PROBLEMS = {
  cv_file_missing: { status: 400, detail: 'Send the CV as multipart/form-data with one file field' },
  cv_too_many_files: { status: 400, detail: 'Send exactly one file' },
  cv_too_large: { status: 413, detail: `The file is larger than ${CV_LIMITS.maxFileBytes / 1024 / 1024} MB` },
  cv_unsupported_type: { status: 415, detail: 'The file is neither a PDF nor a Word document (.docx), judging by its content' },
  cv_too_many_pages: { status: 422, detail: `The CV has more than ${CV_LIMITS.maxPages} pages` },
  cv_docx_too_large: { status: 413, detail: `The Word document expands to more than ${CV_LIMITS.maxDocxUncompressedBytes / 1024 / 1024} MB` },
  cv_no_text: { status: 422, detail: 'The PDF has no text layer: it looks like a scanned image. Export the CV as a text PDF or a Word document' },
  cv_unreadable: { status: 422, detail: 'The file could not be read as a PDF or a Word document (damaged, encrypted or malformed)' },
  cv_parse_timeout: { status: 422, detail: `Reading the CV took longer than ${CV_LIMITS.parseTimeoutMs / 1000} s; it was stopped` },
  cv_busy: { status: 503, detail: 'Too many CVs are being read right now; retry in a few seconds' },
} as const;

export type CvProblemCode = keyof typeof CV_PROBLEMS;

export class CvImportError extends DomainError {
  readonly status: number;
  constructor(
    readonly code: CvProblemCode,
    options?: { cause?: unknown },
  ) {
    super(CV_PROBLEMS[code].detail);
    this.status = CV_PROBLEMS[code].status;
    // Kept for whoever debugs a parse thread's failure; the problem filter never sends it.
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
