import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { StepMap } from 'prosemirror-transform';
import { ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { changedBlocks } from '../queries/changedBlocks.ts';
import { nodes } from '../schema.ts';
import { timedRuns, wordTimes, type TimedRun, type WordTimes } from '../wordTimes/runs.ts';
import { isRemoteChange } from './origin.ts';

export const timesRepairKey = new PluginKey('timesRepair');

/// Word times in a team document. A block's `times` (wordTimes/runs.ts) are
/// offsets into its text, and Yjs keeps an attribute whole, last writer
/// wins: when two people type in the same turn at once, the text merges but
/// the runs that win were counted against a text without the other's typing,
/// and would put times on the wrong words.
///
/// So each block also carries `timesFor`, a fingerprint of its runs and the
/// text they were counted against, which this plugin keeps up to date with every local
/// edit (in the same transaction, so the two travel together). While the
/// editor shows the document, `repairTimes` watches what arrives.
export function timesRepairPlugin(fragment: Y.XmlFragment): Plugin {
  return new Plugin({
    key: timesRepairKey,
    view: () => ({ destroy: repairTimes(fragment) }),
    appendTransaction(transactions, oldState, newState) {
      if (!transactions.some((t) => t.docChanged && !isRemoteChange(t))) return null;
      const tr = fingerprintEdited(oldState.doc, newState.doc, newState.tr);
      return tr.docChanged ? tr : null;
    },
  });
}

/// The origin of the Yjs transactions that mend word times.
const REPAIR = timesRepairKey;

/// Mends word times in blocks whose runs do not fit their text after a
/// change from elsewhere (a colleague's edit, a Yjs undo): this editor's runs
/// from before the change, which fitted the text before it, are mapped
/// through exactly what the change did to that text (the Yjs delta): typing
/// around or inside a word leaves its time on it, a word that lost letters
/// loses its time, and no word takes another's. The mended runs are written
/// at once, with their fingerprint, as a transaction of their own (not in anyone's undo), and
/// go out to everyone. Works on the Yjs document alone, so what the editor
/// then shows is already mended. Returns the function that stops it.
export function repairTimes(fragment: Y.XmlFragment): () => void {
  const observer = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
    // Edits made here carry their own fingerprint; mends are already mended.
    if (transaction.origin === ySyncPluginKey || transaction.origin === REPAIR) return;
    const touched = new Map<Y.XmlElement, { map: StepMap; before: unknown }>();
    const entry = (block: Y.XmlElement) => {
      let found = touched.get(block);
      if (!found) touched.set(block, (found = { map: StepMap.empty, before: block.getAttribute('times') }));
      return found;
    };
    for (const event of events) {
      const target = event.target;
      if (target instanceof Y.XmlText && isBlock(target.parent)) {
        entry(target.parent).map = deltaMap(event.delta as DeltaOp[]);
      } else if (isBlock(target)) {
        const keys = event.changes.keys;
        if (keys.has('times')) entry(target).before = keys.get('times')!.oldValue;
        else if (keys.has('timesFor')) entry(target);
      }
    }
    const mends: Array<{ block: Y.XmlElement; times: WordTimes | null; fingerprint: string | null }> = [];
    for (const [block, { map, before }] of touched) {
      const times = block.getAttribute('times') as unknown as WordTimes | undefined;
      if (!times && !before) continue;
      const text = blockText(block);
      if (times && block.getAttribute('timesFor') === timesFingerprint(text, times)) continue;
      const runs = Array.isArray(before) ? mapRuns(before as WordTimes, map, text.length) : [];
      const mended = wordTimes(runs);
      mends.push({ block, times: mended, fingerprint: mended && timesFingerprint(text, mended) });
    }
    if (mends.length === 0) return;
    const doc = fragment.doc!;
    doc.transact(() => {
      for (const { block, times, fingerprint } of mends) {
        if (times && fingerprint) {
          block.setAttribute('times', times as unknown as string);
          block.setAttribute('timesFor', fingerprint);
        } else {
          block.removeAttribute('times');
          block.removeAttribute('timesFor');
        }
      }
    }, REPAIR);
  };
  fragment.observeDeep(observer);
  return () => fragment.unobserveDeep(observer);
}

function isBlock(type: unknown): type is Y.XmlElement {
  return type instanceof Y.XmlElement && type.nodeName === 'block';
}

/// A block's text as ProseMirror counts it (its one text child).
function blockText(block: Y.XmlElement): string {
  let text = '';
  for (const child of block.toArray()) {
    if (!(child instanceof Y.XmlText)) continue;
    for (const op of child.toDelta() as DeltaOp[]) if (typeof op.insert === 'string') text += op.insert;
  }
  return text;
}

/// A fingerprint of a block's text and its runs together: the text's length
/// and an FNV-1a hash of both. Yjs settles a clash for each attribute on its
/// own, so a block may end up with one editor's `times` and another's
/// `timesFor`; with the runs in the fingerprint, that never passes for a fit.
export function timesFingerprint(text: string, times: WordTimes): string {
  let hash = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) hash = Math.imul(hash ^ s.charCodeAt(i), 0x01000193);
  };
  add(text);
  add(times.join(','));
  return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}

/// The document with every timed block's `timesFor` set, for a document
/// about to be shared (a local document has none).
export function withTimesFingerprints(doc: Node): Node {
  const chunks: Node[] = [];
  doc.forEach((chunk) => {
    if (chunk.type !== nodes.chunk) return void chunks.push(chunk);
    const blocks: Node[] = [];
    chunk.forEach((block) => {
      const want = wantedFingerprint(block);
      const same = want === block.attrs['timesFor'];
      blocks.push(same ? block : block.type.create({ ...block.attrs, timesFor: want }, block.content));
    });
    chunks.push(nodes.chunk.create(chunk.attrs, blocks));
  });
  return nodes.doc.create(doc.attrs, chunks);
}

function wantedFingerprint(block: Node): string | null {
  const times = block.attrs['times'] as WordTimes | null;
  return times ? timesFingerprint(block.textContent, times) : null;
}

/// Local edits: every block they changed records what its runs count against.
function fingerprintEdited(oldDoc: Node, doc: Node, tr: Transaction): Transaction {
  for (const block of changedBlocks(doc, oldDoc)) {
    const want = wantedFingerprint(block.node);
    if (want !== block.node.attrs['timesFor']) tr.setNodeAttribute(block.pos, 'timesFor', want);
  }
  return tr;
}

/// Runs moved through a change of the text: text typed inside a word is part
/// of it, text typed right before or after it is not, and a run that lost
/// any of its characters goes. Stricter than the word-times plugin, which
/// keeps a word that lost a letter timed: Yjs's diff of a text (common start
/// and end) may say a letter of the next word went where the person deleted
/// a whole word, and the run must not then keep a neighbour's time.
export function mapRuns(times: WordTimes, map: StepMap, size: number): TimedRun[] {
  const deleted: Array<[number, number]> = [];
  map.forEach((oldStart, oldEnd) => void (oldEnd > oldStart && deleted.push([oldStart, oldEnd])));
  const runs: TimedRun[] = [];
  for (const run of timedRuns(times)) {
    if (deleted.some(([from, to]) => from < run.to && to > run.from)) continue;
    const from = map.map(run.from, 1);
    const to = Math.min(map.map(run.to, -1), size);
    if (to > from) runs.push({ ...run, from, to });
  }
  return runs;
}

type DeltaOp = { retain?: number | undefined; insert?: unknown; delete?: number | undefined };

/// A Yjs text delta as a ProseMirror step map over the text's offsets.
export function deltaMap(delta: readonly DeltaOp[]): StepMap {
  const ranges: Array<[number, number, number]> = [];
  let pos = 0;
  const change = (oldSize: number, newSize: number) => {
    const last = ranges[ranges.length - 1];
    // Touching changes make one range: a step map's ranges must not overlap.
    if (last && last[0] + last[1] === pos) {
      last[1] += oldSize;
      last[2] += newSize;
    } else {
      ranges.push([pos, oldSize, newSize]);
    }
  };
  for (const op of delta) {
    if (op.retain) pos += op.retain;
    else if (op.delete) {
      change(op.delete, 0);
      pos += op.delete;
    } else if (op.insert !== undefined) {
      change(0, typeof op.insert === 'string' ? op.insert.length : 1);
    }
  }
  return new StepMap(ranges.flat());
}
