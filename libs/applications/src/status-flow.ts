import type { ApplicationStatus } from './application.entity';

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

export const TERMINAL: readonly ApplicationStatus[] = ['hired', 'rejected', 'withdrawn'];

/** Where the organization may move an application from, to reach `to`. */
export function sourcesOf(to: ApplicationStatus): ApplicationStatus[] {
  return (Object.keys(TRANSITIONS) as ApplicationStatus[]).filter((from) => TRANSITIONS[from].includes(to));
}

export function isTerminal(status: ApplicationStatus): boolean {
  return TERMINAL.includes(status);
}
