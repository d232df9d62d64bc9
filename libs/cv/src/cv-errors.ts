/**
 * Why a CV was refused. Each refusal is a problem+json with its own `code`
 * and an HTTP status (the API's CV problem filter maps them); the parse
 * worker returns the code, since class identity does not cross threads.
 */
import { DomainError } from '@embauche/common/errors/domain-errors';
import { CV_LIMITS } from './cv-limits';

/** The CV refusals' codes (each a problem+json `code`; CV_PROBLEMS gives its status and detail). */
export const CvErrorCode = {
  FileMissing: 'cv_file_missing',
  TooManyFiles: 'cv_too_many_files',
  TooLarge: 'cv_too_large',
  UnsupportedType: 'cv_unsupported_type',
  TooManyPages: 'cv_too_many_pages',
  DocxTooLarge: 'cv_docx_too_large',
  NoText: 'cv_no_text',
  Unreadable: 'cv_unreadable',
  ParseTimeout: 'cv_parse_timeout',
  Busy: 'cv_busy',
} as const;

export const CV_PROBLEMS = {
  [CvErrorCode.FileMissing]: { status: 400, detail: 'Send the CV as multipart/form-data with one file field' },
  [CvErrorCode.TooManyFiles]: { status: 400, detail: 'Send exactly one file' },
  [CvErrorCode.TooLarge]: { status: 413, detail: `The file is larger than ${CV_LIMITS.maxFileBytes / 1024 / 1024} MB` },
  [CvErrorCode.UnsupportedType]: { status: 415, detail: 'The file is neither a PDF nor a Word document (.docx), judging by its content' },
  [CvErrorCode.TooManyPages]: { status: 422, detail: `The CV has more than ${CV_LIMITS.maxPages} pages` },
  [CvErrorCode.DocxTooLarge]: { status: 413, detail: `The Word document expands to more than ${CV_LIMITS.maxDocxUncompressedBytes / 1024 / 1024} MB` },
  [CvErrorCode.NoText]: { status: 422, detail: 'The PDF has no text layer: it looks like a scanned image. Export the CV as a text PDF or a Word document' },
  [CvErrorCode.Unreadable]: { status: 422, detail: 'The file could not be read as a PDF or a Word document (damaged, encrypted or malformed)' },
  [CvErrorCode.ParseTimeout]: { status: 422, detail: `Reading the CV took longer than ${CV_LIMITS.parseTimeoutMs / 1000} s; it was stopped` },
  [CvErrorCode.Busy]: { status: 503, detail: 'Too many CVs are being read right now; retry in a few seconds' },
} as const;

export type CvProblemCode = (typeof CvErrorCode)[keyof typeof CvErrorCode];

export class CvImportError extends DomainError {
  readonly status: number;
  constructor(
    override readonly code: CvProblemCode,
    options?: { cause?: unknown },
  ) {
    super(code, CV_PROBLEMS[code].detail);
    this.status = CV_PROBLEMS[code].status;
    // Kept for whoever debugs a parse thread's failure; the problem filter never sends it.
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
