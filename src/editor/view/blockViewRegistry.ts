import type { BlockContext } from './blockContext.ts';

/// A suggested speaker shown, dimmed, on an unassigned block.
export interface BlockHint {
  name: string;
  reason: string;
}

/// The live block views of one editor, and what they show besides the
/// document: speaker suggestions, which are advice and never saved.
export class BlockViewRegistry {
  readonly views = new Set<RegisteredBlockView>();
  hints: ReadonlyMap<string, BlockHint> = new Map();

  /// Replaces the suggestions; only views whose hint changed are redrawn.
  /// Suggestions are read again after every pause in typing and mostly come
  /// back the same, and a day has 20,000 block views: each asked first.
  setHints(hints: ReadonlyMap<string, BlockHint>): void {
    const previous = this.hints;
    this.hints = hints;
    for (const view of this.views) {
      const id = view.blockId();
      if (!sameHint(previous.get(id), hints.get(id))) view.refreshHint();
    }
  }
}

/// What the registry and the block views plugin ask of a live block view
/// (BlockView).
export interface RegisteredBlockView {
  /// Redraws the header after the roster or the programme clock changed.
  refresh(context: BlockContext): void;
  /// The id of the block shown (its hint's key).
  blockId(): string;
  /// Redraws the header after this block's suggestion changed.
  refreshHint(): void;
}

function sameHint(a: BlockHint | undefined, b: BlockHint | undefined): boolean {
  return a === b || (a !== undefined && b !== undefined && a.name === b.name && a.reason === b.reason);
}
