import type { CrossPage, Target } from './crossPage.ts';

/// Waits until `body` (run in the page) returns something truthy, polling;
/// the limit is for a condition that never comes, not a delay.
export async function until<T>(page: CrossPage, what: string, body: string, ...args: unknown[]): Promise<T> {
  const deadline = Date.now() + 30_000;
  let last: unknown;
  for (;;) {
    try {
      last = await page.run<T>(body, ...args);
      if (last) return last as T;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline)
      throw new Error(`${page.browser}: timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/// The text of every turn on screen, in order.
export const TURN_TEXTS = `return [...document.querySelectorAll('.ProseMirror .block .block-text')].map((e) => e.textContent);`;

export async function turnTexts(page: CrossPage): Promise<string[]> {
  return page.run<string[]>(TURN_TEXTS);
}

export function untilText(page: CrossPage, css: string, text: string | RegExp): Promise<unknown> {
  const pattern =
    typeof text === 'string'
      ? { source: '', flags: '', exact: text }
      : { source: text.source, flags: text.flags };
  return until(
    page,
    `${css} to read ${String(text)}`,
    `const [css, p] = arguments;
     return [...document.querySelectorAll(css)].some((e) => {
       const t = (e.textContent || '').replace(/\\s+/g, ' ').trim();
       return p.exact !== undefined ? t === p.exact : new RegExp(p.source, p.flags).test(t);
     });`,
    css,
    pattern,
  );
}

/// Lets the browser deliver `selectionchange` after a click or caret key
/// (the editor reads the caret from it) before the next key: two frames
/// and a task.
export function settle(page: CrossPage): Promise<unknown> {
  return page.run(
    `return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));`,
  );
}

/// Puts the caret `offset` characters into turn `i` through the DOM selection.
export async function caretAt(page: CrossPage, i: number, offset: number): Promise<void> {
  await page.click({ css: '.ProseMirror .block .block-text', nth: i });
  await page.run(
    `const [i, n] = arguments;
     const el = document.querySelectorAll('.ProseMirror .block .block-text')[i];
     const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
     let left = n;
     for (let node = walker.nextNode(); node; node = walker.nextNode()) {
       if (left <= node.length) { getSelection().collapse(node, left); return true; }
       left -= node.length;
     }
     return false;`,
    i,
    offset,
  );
  await settle(page);
}

/// Records downloads instead of letting the browser save them: the app
/// saves and exports by download where there is no File System Access API.
export const CAPTURE_DOWNLOADS = `
  if (window.__downloads) return true;
  window.__downloads = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (blob) => { const url = create(blob); blobs.set(url, blob); return url; };
  HTMLAnchorElement.prototype.click = function () {
    const blob = blobs.get(this.href);
    if (blob) blob.text().then((text) => window.__downloads.push({ name: this.download, text }));
  };
  return true;`;

export async function nextDownload(page: CrossPage, count: number): Promise<{ name: string; text: string }> {
  return until(
    page,
    `download ${count}`,
    `const [n] = arguments; return window.__downloads?.[n - 1] ?? null;`,
    count,
  );
}

export function byRole(role: string, name: string | RegExp, exact = true): Target {
  return { role, name, exact };
}
