import { QUEUE_JOBS, SCORING_QUEUE, SOURCING_QUEUE, ScoringJob, SourcingJob } from '@embauche/queues/queue-names';
import { NOTIFICATIONS_QUEUE, NotificationJob } from '@embauche/queues/notification-queues';
import { assertEveryJobHasAHandler, jobHandlerProblems } from './job-handlers';

// The processors themselves import ESM-only Nest packages Jest cannot load (STACK-NOTES pitfall 6);
// the worker runs this same check on its real processor instances at every start.
const SCORING_HANDLED_JOBS = Object.values(ScoringJob);
const SOURCING_HANDLED_JOBS = Object.values(SourcingJob);

describe('every declared job has a handler', () => {
  it('holds when each queue has a processor for each of its jobs', () => {
    expect(
      jobHandlerProblems(QUEUE_JOBS, [
        { queue: SCORING_QUEUE, handledJobs: SCORING_HANDLED_JOBS },
        { queue: SOURCING_QUEUE, handledJobs: SOURCING_HANDLED_JOBS },
        { queue: NOTIFICATIONS_QUEUE, handledJobs: Object.values(NotificationJob) },
      ]),
    ).toEqual([]);
  });

  it('names a declared job nobody handles, and a queue with no processor at all', () => {
    const declared = { [SCORING_QUEUE]: [...Object.values(ScoringJob), 'score-everything'], [SOURCING_QUEUE]: Object.values(SourcingJob) };
    expect(jobHandlerProblems(declared, [{ queue: SCORING_QUEUE, handledJobs: SCORING_HANDLED_JOBS }])).toEqual([
      'no handler for scoring/score-everything',
      'no handler for sourcing/sourcing-run',
    ]);
    expect(() => assertEveryJobHasAHandler(declared, [])).toThrow(/Refusing to start: no handler for scoring\/score-application/);
  });

  it('names a handler for a job no producer declares', () => {
    expect(jobHandlerProblems({ q: ['a'] }, [{ queue: 'q', handledJobs: ['a', 'b'] }])).toEqual(['handler for undeclared job q/b']);
  });
});
