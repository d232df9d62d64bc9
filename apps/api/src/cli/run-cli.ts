import { EnvironmentError } from '@embauche/common';
import { ServiceUnreachableError } from '@embauche/database';

/** Runs a command-line task: known failures print one line and exit 1, never a stack trace. */
export function runCli(task: () => Promise<void>): void {
  task().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof EnvironmentError || error instanceof ServiceUnreachableError) {
        console.error(error.message);
      } else {
        console.error(error);
      }
      process.exit(1);
    },
  );
}
