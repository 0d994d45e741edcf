/// One editing tab at a time. The first tab holds a Web Lock for as long as
/// it lives; a second tab finds it taken and must not write the shared
/// browser copy, or it would overwrite the first tab's work. It queues for
/// the lock instead, and may edit once the first tab has gone.
const LOCK = 'caption-desk-editor';

export type EditingClaim =
  | { granted: true }
  /// `whenFree` resolves once the other tab has closed and this one holds the lock.
  | { granted: false; whenFree: Promise<void> };

let claim: Promise<EditingClaim> | null = null;

/// Whether this tab may edit. One claim per page, however many times it is
/// asked. Where the browser has no Web Locks, every tab may edit.
export function claimEditing(): Promise<EditingClaim> {
  claim ??= request();
  return claim;
}

/// Held until the page goes away.
const forever = () => new Promise<void>(() => undefined);

function request(): Promise<EditingClaim> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve({ granted: true });
  return new Promise((resolve) => {
    void locks.request(LOCK, { ifAvailable: true }, (lock) => {
      if (lock) {
        resolve({ granted: true });
        return forever();
      }
      const whenFree = new Promise<void>((free) => {
        void locks.request(LOCK, () => {
          free();
          return forever();
        });
      });
      resolve({ granted: false, whenFree });
      return undefined;
    });
  });
}
