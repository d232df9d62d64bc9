/**
 * A processor names the jobs it handles; the worker checks at boot that every
 * job a queue may carry (QUEUE_JOBS, shared with the producers) has one. A job
 * name added to a queue without a handler would otherwise fail only when the
 * first such job arrives, retried to its last attempt and recorded as failed.
 */
export interface JobHandlerSet {
  readonly queue: string;
  readonly handledJobs: readonly string[];
}

/** "queue/job" for every declared job with no handler, and every handler of an undeclared job. */
export function jobHandlerProblems(declared: Readonly<Record<string, readonly string[]>>, processors: readonly JobHandlerSet[]): string[] {
  const problems: string[] = [];
  for (const [queue, jobs] of Object.entries(declared)) {
    const handled = new Set(processors.filter((p) => p.queue === queue).flatMap((p) => p.handledJobs));
    for (const job of jobs) if (!handled.has(job)) problems.push(`no handler for ${queue}/${job}`);
  }
  for (const { queue, handledJobs } of processors) {
    for (const job of handledJobs) if (!declared[queue]?.includes(job)) problems.push(`handler for undeclared job ${queue}/${job}`);
  }
  return problems;
}

export function assertEveryJobHasAHandler(declared: Readonly<Record<string, readonly string[]>>, processors: readonly JobHandlerSet[]): void {
  const problems = jobHandlerProblems(declared, processors);
  if (problems.length) throw new Error(`Refusing to start: ${problems.join('; ')}`);
}
