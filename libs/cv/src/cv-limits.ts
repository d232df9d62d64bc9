/** The bounds on an uploaded CV; each refusal has its own problem code (cv-errors.ts). */
export const CV_LIMITS = {
  /** Bytes of the uploaded file. */
  maxFileBytes: 5 * 1024 * 1024,
  maxPages: 10,
  /** Sum of the uncompressed sizes a DOCX's zip directory declares: a zip bomb stops here. */
  maxDocxUncompressedBytes: 40 * 1024 * 1024,
  maxDocxEntries: 2000,
  /** A parse that takes longer is stopped (its worker thread is terminated). */
  parseTimeoutMs: 10_000,
  /** Below this many letters and digits a PDF is taken as scanned images. */
  minTextCharacters: 40,
  /** Worker threads parsing at once, and uploads allowed to wait for one. */
  threads: 2,
  queue: 8,
  /** Heap of each parse thread: a hostile file exhausts its thread, not the API. */
  threadHeapMb: 256,
  /** Added to the parse threads' nice value (Linux; ignored elsewhere). */
  threadNice: 10,
} as const;
