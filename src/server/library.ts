/// Library entries read from a team document's Yjs state, walking the XML
/// fragment as y-prosemirror stores our schema (src/editor/schema.ts):
/// `meta` (attribute `meta`), `roster`, then `chunk`s of `block`s whose
/// attributes are the node's (a null attribute is left out) and whose text is
/// one XmlText with the gap mark as a formatting attribute `gap`.

import * as Y from 'yjs';
import { FRAGMENT, type LibraryEntry, type TeamProgress } from '../core/team/library.ts';

export type DocumentSummary = Omit<LibraryEntry, 'doc' | 'present' | 'updatedAt'>;

export function summarize(doc: Y.Doc): DocumentSummary {
  const summary: DocumentSummary = {
    title: '',
    network: '',
    date: '',
    progress: { turns: 0, reviewed: 0, openGaps: 0, unassigned: 0 },
  };
  for (const node of doc.getXmlFragment(FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement)) continue;
    if (node.nodeName === 'meta') readMeta(node, summary);
    else if (node.nodeName === 'chunk') {
      for (const block of node.toArray()) {
        if (block instanceof Y.XmlElement && block.nodeName === 'block') countBlock(block, summary.progress);
      }
    }
  }
  return summary;
}

/// The summary of a stored document's updates, without opening it.
export function summarizeUpdates(parts: Uint8Array[]): DocumentSummary {
  const doc = new Y.Doc();
  for (const part of parts) Y.applyUpdate(doc, part);
  const summary = summarize(doc);
  doc.destroy();
  return summary;
}

function readMeta(node: Y.XmlElement, summary: DocumentSummary): void {
  const meta: unknown = node.getAttribute('meta');
  if (!meta || typeof meta !== 'object') return;
  const record = meta as Record<string, unknown>;
  summary.title = text(record['title']);
  summary.network = text(record['network']);
  summary.date = text(record['date']);
}

function countBlock(block: Y.XmlElement, progress: TeamProgress): void {
  progress.turns += 1;
  if (block.getAttribute('reviewed') === (true as unknown as string)) progress.reviewed += 1;
  const speaker: unknown = block.getAttribute('speakerId');
  if (typeof speaker !== 'string' || speaker === '') progress.unassigned += 1;
  const openGaps = new Set<string>();
  for (const child of block.toArray()) {
    if (!(child instanceof Y.XmlText)) continue;
    for (const op of child.toDelta() as { attributes?: { gap?: { id?: unknown; status?: unknown } } }[]) {
      const gap = op.attributes?.gap;
      if (gap?.status === 'open') openGaps.add(String(gap.id));
    }
  }
  progress.openGaps += openGaps.size;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
