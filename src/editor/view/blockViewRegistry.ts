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

  /// Replaces the suggestions; only views whose hint changed touch the DOM.
  setHints(hints: ReadonlyMap<string, BlockHint>): void {
    this.hints = hints;
    for (const view of this.views) view.refreshHint();
  }
}

/// What the registry and the block views plugin ask of a live block view
/// (BlockView).
export interface RegisteredBlockView {
  /// Redraws the header after the roster or the programme clock changed.
  refresh(context: BlockContext): void;
  /// Redraws the header if this block's suggestion changed.
  refreshHint(): void;
}
