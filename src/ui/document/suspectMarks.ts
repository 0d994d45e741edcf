import { knownNamesOf, loadWordList } from '../../core/suspects/index.ts';
import { forEachBlock } from '../../editor/queries/blocks.ts';
import { getRoster } from '../../editor/queries/metaAndRoster.ts';
import { setSuspectOptions } from '../../editor/plugins/suspects.ts';
import type { EditorHost } from './editorHost.ts';

/// Soft marks on likely caption errors. The word list is a separate chunk,
/// fetched once with the page.
export class SuspectMarks {
  private wordList: Promise<(w: string) => boolean> | null = null;

  constructor(private readonly host: EditorHost) {}

  /// For a newly loaded document. Names the roster has, and unknown words
  /// the document repeats, are not suspect.
  async start(): Promise<void> {
    this.wordList ??= loadWordList();
    let isWord: (w: string) => boolean;
    try {
      isWord = await this.wordList;
    } catch {
      return; // No word list (a failed chunk load): no marks, nothing else affected.
    }
    const doc = this.host.editorState.doc;
    const texts: string[] = [];
    forEachBlock(doc, (block) => void texts.push(block.textContent));
    const knownNames = knownNamesOf(texts, { isWord, speakerNames: getRoster(doc).map((s) => s.name) });
    this.host.run((state, dispatch) => {
      dispatch?.(setSuspectOptions(state.tr, { isWord, knownNames }));
      return true;
    }, false);
  }
}
