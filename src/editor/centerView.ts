import type { Transaction } from 'prosemirror-state';

/// Transaction meta: the command moved to a target the user asked for (the
/// next gap, unassigned turn, match, turn to review), so the view brings
/// that turn to the middle, not just inside the edge where the browser
/// would leave it (`view/centerViewPlugin.ts`).
export const CENTER_VIEW = 'centerView';

/// Marks a navigation transaction to be centred; returns it for chaining.
export function centerView(tr: Transaction): Transaction {
  return tr.setMeta(CENTER_VIEW, true).scrollIntoView();
}
