import { expect, test, type Page } from '@playwright/test';
import { draftContains, restorePointReasons } from '../support/appStorage.ts';
import { pasteTextOverChanges } from '../support/pasteText.ts';
import { settle } from '../support/settle.ts';

const blocks = (page: Page) => page.locator('.ProseMirror .block');

async function ready(page: Page) {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
}

async function typeAtEndOf(page: Page, i: number, text: string) {
  await blocks(page).nth(i).locator('.block-text').click();
  await page.keyboard.press('End');
  await settle(page);
  await page.keyboard.type(text);
}

test('killed mid-typing: everything up to the last autosave comes back', async ({ page, context }) => {
  await ready(page);
  await typeAtEndOf(page, 1, ' typed before the crash');
  // Autosave writes the browser copy a moment after typing, without the page going away.
  await expect.poll(() => draftContains(page, 'typed before the crash')).toBe(true);
  await page.close({ runBeforeUnload: false });
  const again = await context.newPage();
  await ready(again);
  await expect(blocks(again).nth(1).locator('.block-text')).toContainText('typed before the crash');
});

test('leaving with changes not saved to a file gives the browser warning', async ({ page }) => {
  await ready(page);
  await typeAtEndOf(page, 1, ' unsaved');
  const dialog = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const shown = await dialog;
  expect(shown.type()).toBe('beforeunload');
  await shown.accept();
});

test('a second tab says so and does not overwrite the first tab', async ({ page, context }) => {
  await ready(page);
  await typeAtEndOf(page, 1, ' first tab work');
  await expect.poll(() => draftContains(page, 'first tab work')).toBe(true);
  const second = await context.newPage();
  await second.goto('/');
  await expect(second.getByRole('status', { name: 'Read-only' })).toContainText(
    'already open in another tab',
  );
  await expect(second.getByRole('textbox', { name: 'Transcript text' })).toHaveAttribute(
    'contenteditable',
    'false',
  );
  await second.close();
  await page.close({ runBeforeUnload: false });
  const third = await context.newPage();
  await ready(third);
  await expect(blocks(third).nth(1).locator('.block-text')).toContainText('first tab work');
});

test('restore points: listed, restored, and the restore can be undone', async ({ page }) => {
  await ready(page);
  await typeAtEndOf(page, 1, ' version one');
  // Opening another file keeps a restore point of the document before it.
  await pasteTextOverChanges(page, '8:00 am\nsomething else entirely');
  await expect(blocks(page)).toHaveCount(1);
  // It is written a moment later, and the dialog lists what is written when it opens.
  await expect.poll(() => restorePointReasons(page)).toContain('Before opening Pasted text');

  await page.getByRole('button', { name: 'Restore points…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore points' });
  await dialog.getByRole('button', { name: /^Restore Before opening Pasted text/ }).click();
  await expect(blocks(page).nth(1).locator('.block-text')).toContainText('version one');
  await page.keyboard.press('Control+z');
  await expect(blocks(page)).toHaveCount(1);
});

test('drafts and restore points are read as our own file, never as another format', async ({ page }) => {
  await ready(page);
  // WebVTT that the file sniffer would open: as a draft or a restore point
  // it is not our file, so the app must not take it for one.
  const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Ann>Not a copy of ours.\n';
  const store = (json: string) =>
    page.evaluate(async (json) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('caption-desk');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['drafts', 'restorePoints'], 'readwrite');
      tx.objectStore('drafts').put(
        { json, savedAt: Date.now(), fileName: 'late.vtt', dirty: false },
        'current',
      );
      tx.objectStore('restorePoints').add({
        createdAt: Date.now(),
        reason: 'Before opening late.vtt',
        title: 'Late',
        json,
      });
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    }, json);
  await store(vtt);

  await page.getByRole('button', { name: 'Restore points…' }).click();
  await page
    .getByRole('dialog', { name: 'Restore points' })
    .getByRole('button', { name: /^Restore Before opening late\.vtt/ })
    .click();
  await expect(page.getByRole('alert')).toContainText('That restore point could not be read.');
  await expect(page.getByText('Not a copy of ours.')).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Counterpoint' })).toBeVisible();
  await expect(page.getByText('Not a copy of ours.')).toHaveCount(0);
  // The app started from that draft (nothing wrote over it) and fell back to the sample.
  const draft = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const request = indexedDB.open('caption-desk');
        request.onsuccess = () => {
          const read = request.result.transaction('drafts').objectStore('drafts').get('current');
          read.onsuccess = () => resolve((read.result as { json: string }).json);
        };
      }),
  );
  expect(draft).toBe(vtt);
});

test('no network requests after the page has loaded', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await ready(page);
  // Loading ends when the network is quiet (the word list chunk included).
  await page.waitForLoadState('networkidle');
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('blob:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await typeAtEndOf(page, 1, ' edited');
  await page.keyboard.press('Alt+1');
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  await download;
  await page.getByRole('button', { name: 'Export…' }).click();
  const exported = page.waitForEvent('download');
  await page
    .getByRole('dialog', { name: /^Export/ })
    .getByRole('button', { name: 'Export' })
    .click();
  await exported;
  // The last work the edits set off is the autosave a moment later.
  await expect.poll(() => draftContains(page, ' edited')).toBe(true);
  expect(requests).toEqual([]);
});

test('hostile text and names are shown as text, never run', async ({ page }) => {
  await ready(page);
  let alerted = false;
  page.on('dialog', (d) => {
    alerted = true;
    void d.dismiss();
  });
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Open pasted text' });
  await paste
    .getByRole('textbox')
    .fill('8:00 am\n<img src=x onerror=alert(1)>: hello <script>alert(2)</script> & =SUM(A1)\n');
  await paste.getByRole('button', { name: 'Open pasted text' }).click();
  await expect(page.locator('.ProseMirror')).toContainText('<script>alert(2)</script>');
  await expect(page.locator('.ProseMirror img, .ProseMirror script')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'New speaker name' }).fill('<b onmouseover=alert(3)>Ann</b>');
  await page.getByRole('button', { name: 'Add speaker' }).click();
  await expect(page.locator('.roster-name', { hasText: '<b onmouseover=alert(3)>Ann</b>' })).toBeVisible();
  // No element anywhere carries an event handler attribute, so nothing can run later either.
  const handlers = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((el) =>
      Array.from(el.attributes, (a) => a.name).filter((name) => name.startsWith('on')),
    ),
  );
  expect(handlers).toEqual([]);
  expect(alerted).toBe(false);
});
