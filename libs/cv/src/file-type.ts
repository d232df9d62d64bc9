/**
 * The type of an upload from its bytes, never from its name or the client's
 * content type: a renamed executable is refused whatever it is called.
 */
import { CvErrorCode, CvImportError } from './cv-errors';
import { CV_LIMITS } from './cv-limits';
import { readZipDirectory } from './zip-directory';

export type CvFormat = 'pdf' | 'docx';

export function sniffCvFormat(bytes: Buffer): CvFormat {
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) {
    const zip = readZipDirectory(bytes);
    // Any zip is not a Word document: an .xlsx, a .jar or an archive renamed .docx has no word/document.xml.
    if (!zip || !zip.entries.some((e) => e.name === 'word/document.xml')) throw new CvImportError(CvErrorCode.UnsupportedType);
    if (zip.entries.length > CV_LIMITS.maxDocxEntries || zip.totalUncompressed > CV_LIMITS.maxDocxUncompressedBytes) {
      throw new CvImportError(CvErrorCode.DocxTooLarge);
    }
    return 'docx';
  }
  throw new CvImportError(CvErrorCode.UnsupportedType);
}
