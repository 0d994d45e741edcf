import { isHistoryTransaction } from 'prosemirror-history';
import { Plugin, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { emptyCasingMemory, rememberWord } from '../../core/casing/memory.ts';
import { isRemoteChange } from '../collab/origin.ts';
import { META_POS, getCasingMemory } from '../queries/metaAndRoster.ts';

/// Meta flag on the fixer's own transaction, which must not teach itself.
export const CASING_META = 'casing';

const LETTER = /[\p{L}\p{N}'’]/u;

/// Remembers a word the user capitalized or lowercased by hand (typed over
/// with the same letters in another case) in the transcript's case memory,
/// in the same undo step, so the fixer uses it the next time in every turn.
export function casingLearnPlugin(): Plugin {
  return new Plugin({
    appendTransaction(transactions, _oldState, newState) {
      const learned: string[] = [];
      for (const tr of transactions) {
        // A colleague's change arrives with the memory their editor appended;
        // appending again here would never reach the shared document.
        if (!tr.docChanged || isHistoryTransaction(tr) || tr.getMeta(CASING_META) || isRemoteChange(tr))
          continue;
        learned.push(...handCased(tr));
      }
      if (learned.length === 0) return null;
      let memory = getCasingMemory(newState.doc) ?? emptyCasingMemory();
      for (const word of learned) memory = rememberWord(memory, word);
      return newState.tr.setNodeAttribute(META_POS, 'casing', memory);
    },
  });
}

/// Words whose case one transaction changed and nothing else.
function handCased(tr: Transaction): string[] {
  const words: string[] = [];
  tr.steps.forEach((step, i) => {
    if (!(step instanceof ReplaceStep)) return;
    const before = tr.docs[i]!;
    const { from, to } = step as unknown as { from: number; to: number };
    const inserted = step.slice.content.textBetween(0, step.slice.content.size);
    const removed = before.textBetween(from, to);
    if (inserted.length === 0 || inserted === removed || inserted.toLowerCase() !== removed.toLowerCase())
      return;
    const after = i + 1 < tr.docs.length ? tr.docs[i + 1]! : tr.doc;
    const $pos = after.resolve(from);
    const parent = $pos.parent;
    if (!parent.isTextblock) return;
    const text = parent.textContent;
    let start = $pos.parentOffset;
    let end = start + inserted.length;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    while (end < text.length && LETTER.test(text[end]!)) end++;
    const word = text.slice(start, end).replace(/’/g, "'");
    if (/\p{L}/u.test(word)) words.push(word);
  });
  return words;
}
