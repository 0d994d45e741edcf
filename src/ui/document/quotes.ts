import { quoteAt } from '../../editor/queries/quoteAt.ts';
import type { SessionStore } from '../../store/session.ts';
import type { EditorHost } from './editorHost.ts';

/// Copy as sourced quote (Alt+Q, or a turn's quote button): the selected
/// words or the turn, cited, with the link to its moment, as plain text and
/// as HTML, so it pastes well in a word processor or a CMS.
export class Quotes {
  constructor(
    private readonly host: EditorHost,
    private readonly store: SessionStore,
  ) {}

  /// The turn at `blockPos` (the position before it), or the selection.
  async copy(blockPos?: number): Promise<void> {
    const notify = this.store.getState().actions.notify;
    const quote = quoteAt(this.host.editorState, blockPos);
    if (!quote) {
      notify('info', 'Nothing to quote here: put the cursor in a turn with words.');
      return;
    }
    try {
      await writeClipboard(quote.text, quote.html);
      notify('info', 'Quote copied');
    } catch {
      notify('error', 'The quote could not be copied: the browser refused the clipboard.');
    }
  }
}

/// Both flavours where the browser can write them, else the text alone.
async function writeClipboard(text: string, html: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return;
    } catch {
      // Some browsers refuse an HTML flavour; the text alone still helps.
    }
  }
  await navigator.clipboard.writeText(text);
}
