import type { Page } from '@playwright/test';

/// What the app keeps in IndexedDB, read from the page: what a test waits for
/// before the page goes away or a list of it is shown, in place of waiting
/// out a delay. The names are the app's (`src/platform/db.ts`).

interface Stored {
  reason: string | null;
  /// The user's file a browser copy says it was last saved to.
  fileName: string | null;
  /// Whether the value's document JSON holds the text asked about.
  holds: boolean;
}

/// Each value of one store, reduced in the page (a day of captions is
/// megabytes of JSON). Never creates the database: an empty one would keep
/// the app from creating its stores.
function readStore(page: Page, store: string, text: string): Promise<Stored[]> {
  return page.evaluate(
    ({ store, text }) =>
      new Promise<Stored[]>((resolve, reject) => {
        const request = indexedDB.open('caption-desk');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => (request.error?.name === 'AbortError' ? resolve([]) : reject(request.error));
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(store)) {
            db.close();
            resolve([]);
            return;
          }
          const all = db.transaction(store).objectStore(store).getAll();
          all.onsuccess = () => {
            db.close();
            resolve(
              (all.result as { reason?: unknown; json?: unknown; fileName?: unknown }[]).map((value) => ({
                reason: typeof value.reason === 'string' ? value.reason : null,
                fileName: typeof value.fileName === 'string' ? value.fileName : null,
                holds: typeof value.json === 'string' && value.json.includes(text),
              })),
            );
          };
          all.onerror = () => {
            db.close();
            reject(all.error);
          };
        };
      }),
    { store, text },
  );
}

/// Whether the browser copy that autosave writes holds `text` yet.
export async function draftContains(page: Page, text: string): Promise<boolean> {
  return (await readStore(page, 'drafts', text)).some((d) => d.holds);
}

/// The file the browser copy was written after saving to, once it has been.
export async function draftSavedTo(page: Page): Promise<string | null> {
  return (await readStore(page, 'drafts', '')).find((d) => d.fileName !== null)?.fileName ?? null;
}

/// The reasons of the restore points taken so far, oldest first.
export async function restorePointReasons(page: Page): Promise<string[]> {
  return (await readStore(page, 'restorePoints', '')).map((p) => p.reason ?? '');
}
