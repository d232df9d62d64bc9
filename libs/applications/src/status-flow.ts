// No imports: the web app reads this file too (the board offers exactly the moves the API allows).
export const APPLICATION_STATUSES = ['applied', 'screening', 'interview', 'offer', 'hired', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** The pipeline of API.md. `withdrawn` is the candidate's own move, from any non-terminal status. */
export const TRANSITIONS: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> = {
  applied: ['screening', 'rejected'],
  screening: ['interview', 'rejected'],
  interview: ['offer', 'rejected'],
  offer: ['hired', 'rejected'],
  hired: [],
  rejected: [],
  withdrawn: [],
};

/** The final statuses: no move leaves them. Every other list of them (SQL included) derives from this one. */
export const TERMINAL: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => TRANSITIONS[s].length === 0);

/** Still in the pipeline: where the candidate may withdraw from. */
export const OPEN: readonly ApplicationStatus[] = APPLICATION_STATUSES.filter((s) => !TERMINAL.includes(s));

/** Where the organization may move an application from, to reach `to`. */
export function sourcesOf(to: ApplicationStatus): ApplicationStatus[] {
  return (Object.keys(TRANSITIONS) as ApplicationStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL.includes(status);
}
