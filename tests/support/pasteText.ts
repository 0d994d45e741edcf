import type { Page } from '@playwright/test';

/// Opens `text` through Paste text…, discarding the open document's
/// unsaved changes when the app asks.
export async function pasteTextOverChanges(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Paste text…' }).click();
  const paste = page.getByRole('dialog', { name: 'Open pasted text' });
  await paste.getByRole('textbox').fill(text);
  await paste.getByRole('button', { name: 'Open pasted text' }).click();
  await page
    .getByRole('dialog', { name: 'Replace the open transcript?' })
    .getByRole('button', { name: 'Discard changes and open' })
    .click();
}
