import type { Page } from '@playwright/test';

/// Lets the page catch up with what the browser just did: a click or a
/// caret key moves the DOM selection, and the editor reads it on the
/// `selectionchange` that follows, a task the browser may run after the
/// next frame. A key pressed before then acts where the caret was. Two
/// frames and a task after them cover it, on a loaded machine too.
export function settle(page: Page): Promise<unknown> {
  return page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r)))),
  );
}
