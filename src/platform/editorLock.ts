/// One editing tab at a time. The first tab holds a Web Lock for as long as
/// it lives; a second tab finds it taken and must not write the shared
/// browser copy, or it would overwrite the first tab's work.
const LOCK = 'caption-desk-editor';

let claim: Promise<boolean> | null = null;

/// Resolves true when this tab may edit, false when another tab does. One
/// claim per page, however many times it is asked.
export function claimEditing(): Promise<boolean> {
  claim ??= request();
  return claim;
}

function request(): Promise<boolean> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks.request(LOCK, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(false);
        return undefined;
      }
      resolve(true);
      // Held until the page goes away.
      return new Promise<void>(() => undefined);
    });
  });
}
