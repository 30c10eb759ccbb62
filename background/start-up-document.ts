/**
 * Chromium hands `storage.managed` to extensions only once its own start-up is over, and it calls
 * start-up over when a visible page has loaded and gone quiet for a second, or after three minutes
 * (docs/deployment.md has the sources). A customer whose first tab loads a new portal page every two
 * seconds keeps it from going quiet, and the policy waits minutes. An offscreen document is such a
 * page to Chromium, though the customer never sees it: a blank one, opened while the policy read
 * waits and closed once it is answered, ends the start-up within seconds. Firefox has no offscreen
 * documents and no such wait (its build drops the permission and this file's page).
 */

/** The blank page, in public/; the Firefox build leaves it out. */
export const START_UP_DOCUMENT = "start-up.html";

// A read answered within this is not held back by start-up: no document is opened.
const GRACE_MS = 1000;

interface OffscreenApi {
  createDocument(parameters: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
}

function offscreenApi(): OffscreenApi | undefined {
  return (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;
}

/** `read`, with a blank offscreen document open while it takes longer than a moment (Chromium only). */
export async function whileStartUpHoldsPolicy<T>(read: Promise<T>): Promise<T> {
  const offscreen = offscreenApi();
  if (!offscreen) return read;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const answered = read.then(
    () => true,
    () => true,
  );
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), GRACE_MS);
  });
  const quick = await Promise.race([answered, late]);
  clearTimeout(timer);
  if (quick) {
    // One a stopped worker left open has done its work.
    await offscreen.closeDocument().catch(() => {});
    return read;
  }
  const opened = offscreen
    .createDocument({
      url: START_UP_DOCUMENT,
      // The API asks for a reason from its list; none names this use, and the page parses nothing.
      reasons: ["DOM_PARSER"],
      justification: "Lets the browser finish its start-up so that it hands out the enterprise policy",
    })
    // One is open already (another run, or a worker stopped before closing it): it serves as well.
    .catch(() => {});
  try {
    return await read;
  } finally {
    await opened;
    await offscreen.closeDocument().catch(() => {});
  }
}
