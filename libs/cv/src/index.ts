export * from './cv.types';
export { CV_LIMITS } from './cv-limits';
export { CV_PROBLEMS, CvErrorCode, CvImportError, type CvProblemCode } from './cv-errors';
export { CvParserPool, type CvParserPoolOptions } from './cv-parser-pool';
export { parseCv } from './parse-cv';
export { extractDraft } from './extract-draft';
