import type { Node } from 'prosemirror-model';

/// Something worked out from a block's content for one setting (a search
/// pattern, a word list), remembered per block node. Blocks are immutable and
/// an edit leaves every block it did not touch the same node, so after an
/// edit only the touched blocks are worked out again. Both keys are held
/// weakly: an old pattern or document goes with its results.
export class BlockCache<K extends object, T> {
  private readonly byKey = new WeakMap<K, WeakMap<Node, T>>();

  constructor(private readonly compute: (block: Node, key: K) => T) {}

  has(block: Node, key: K): boolean {
    return this.forKey(key).has(block);
  }

  get(block: Node, key: K): T {
    const forKey = this.forKey(key);
    let value = forKey.get(block);
    if (value === undefined) forKey.set(block, (value = this.compute(block, key)));
    return value;
  }

  private forKey(key: K): WeakMap<Node, T> {
    let forKey = this.byKey.get(key);
    if (!forKey) this.byKey.set(key, (forKey = new WeakMap()));
    return forKey;
  }
}
