import type { Node } from 'prosemirror-model';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import type * as Y from 'yjs';
import { withTimesFingerprints } from './timesRepair.ts';

/// Puts a document into an empty shared fragment, as it is about to be
/// shared: every node and mark with its attributes, and the fingerprint of
/// each timed block's text (timesRepair.ts). One Yjs transaction.
export function fillFragment(fragment: Y.XmlFragment, doc: Node): void {
  if (fragment.length > 0) throw new Error('The shared document is not empty.');
  const filled = withTimesFingerprints(doc);
  if (fragment.doc) fragment.doc.transact(() => prosemirrorToYXmlFragment(filled, fragment));
  else prosemirrorToYXmlFragment(filled, fragment);
}
