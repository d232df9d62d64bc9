/**
 * A bounded pool of parse threads (piscina). CV parsing is CPU work of up to
 * seconds on a hostile file; on the API's event loop it would stall every
 * other request. Bounded in threads and queue: past them an upload gets 503
 * at once rather than waiting without end; each task has a deadline, after
 * which its thread is terminated (a stuck pdf.js cannot be interrupted
 * otherwise), and a heap limit, so a zip bomb that lies about its sizes kills
 * one thread, not the API.
 */
import path from 'node:path';
import { Piscina } from 'piscina';
import type { CvDraft } from './cv.types';
import type { CvParseResult, CvParseTask } from './cv-parse.worker';
import { CvErrorCode, CvImportError } from './cv-errors';
import { CV_LIMITS } from './cv-limits';

export interface CvParserPoolOptions {
  threads?: number;
  queue?: number;
  timeoutMs?: number;
  /** The compiled worker file; defaults to the one next to this file. */
  filename?: string;
}

export class CvParserPool {
  private readonly pool: Piscina<CvParseTask, CvParseResult>;
  private readonly timeoutMs: number;

  constructor(options: CvParserPoolOptions = {}) {
    const threads = options.threads ?? CV_LIMITS.threads;
    this.timeoutMs = options.timeoutMs ?? CV_LIMITS.parseTimeoutMs;
    this.pool = new Piscina({
      filename: options.filename ?? path.join(__dirname, 'cv-parse.worker.js'),
      minThreads: 1,
      maxThreads: threads,
      maxQueue: options.queue ?? CV_LIMITS.queue,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: CV_LIMITS.threadHeapMb },
      // Parsing yields the cores to the API's own thread: requests stay fast, CVs wait a little when it is busy.
      niceIncrement: CV_LIMITS.threadNice,
    });
  }

  async parse(bytes: Buffer, today = new Date()): Promise<CvDraft> {
    if (this.pool.queueSize >= this.pool.options.maxQueue) throw new CvImportError(CvErrorCode.Busy);
    const signal = AbortSignal.timeout(this.timeoutMs);
    let result: CvParseResult;
    try {
      // Copied into a transferable buffer: the request's Buffer may share a pooled ArrayBuffer.
      const copy = new Uint8Array(bytes);
      result = await this.pool.run({ bytes: copy, today: today.toISOString() }, { signal, transferList: [copy.buffer] });
    } catch (error) {
      if (signal.aborted) throw new CvImportError(CvErrorCode.ParseTimeout);
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw new CvImportError(CvErrorCode.Busy);
      // A thread that hit its heap limit or crashed: the file, not the server, is the problem.
      throw new CvImportError(CvErrorCode.Unreadable, { cause: error });
    }
    if (!result.ok) throw new CvImportError(result.code);
    return result.draft;
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
