/**
 * The piscina task: runs in a worker thread, off the API's event loop.
 * Errors come back as codes (class identity does not cross threads); anything
 * unexpected is "unreadable", never a 500 with a file's details.
 */
import type { CvDraft } from './cv.types';
import { CvErrorCode, CvImportError, type CvProblemCode } from './cv-errors';
import { parseCv } from './parse-cv';

export interface CvParseTask {
  bytes: Uint8Array;
  /** ISO date: "present" in a work period means this day. */
  today: string;
}

export type CvParseResult = { ok: true; draft: CvDraft } | { ok: false; code: CvProblemCode };

export default async function parseTask(task: CvParseTask): Promise<CvParseResult> {
  try {
    const bytes = Buffer.from(task.bytes.buffer, task.bytes.byteOffset, task.bytes.byteLength);
    return { ok: true, draft: await parseCv(bytes, new Date(task.today)) };
  } catch (error) {
    return { ok: false, code: error instanceof CvImportError ? error.code : CvErrorCode.Unreadable };
  }
}
