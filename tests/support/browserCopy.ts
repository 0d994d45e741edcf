import type { Page } from '@playwright/test';

/// The document's browser copy (the autosaved draft in IndexedDB) as the
/// page would read it on reload, or '' when there is none yet.
export function browserCopy(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const open = indexedDB.open('caption-desk');
        open.onerror = () => resolve('');
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('drafts')) {
            db.close();
            resolve('');
            return;
          }
          const get = db.transaction('drafts').objectStore('drafts').get('current');
          get.onsuccess = () => {
            db.close();
            resolve((get.result as { json?: string } | undefined)?.json ?? '');
          };
          get.onerror = () => resolve('');
        };
      }),
  );
}
