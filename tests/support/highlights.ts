import type { Page } from '@playwright/test';

/// The text of each range painted in a CSS highlight (the find panel's
/// matches are painted with the CSS Custom Highlight API, not elements).
export function paintedHighlight(page: Page, name: string): Promise<string[]> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    return [...(highlight ?? [])].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name);
}
