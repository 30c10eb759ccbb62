const PREFIX = "[CSP Portal Guide]";

/** Our problems go to the console with a prefix, never to the page as an exception. */
export function logProblem(message: string, error?: unknown): void {
  if (error === undefined) console.warn(PREFIX, message);
  else console.warn(PREFIX, message, error);
}
