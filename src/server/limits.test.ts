import { OutgoingMessage } from '@hocuspocus/server';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { syncUpdateSize } from './limits';

/// An update of about `bytes` bytes.
function update(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

describe('syncUpdateSize', () => {
  it('reads the size of the update in a sync Update message as Hocuspocus encodes it', () => {
    for (const [name, bytes] of [
      ['short-doc', 10],
      ['a-document-name-of-sixty-four-characters-0123456789-abcdefghijkl', 300_000],
    ] as const) {
      const payload = update(bytes);
      const message = new OutgoingMessage(name).createSyncMessage().writeUpdate(payload).toUint8Array();
      expect(syncUpdateSize(message)).toBe(payload.byteLength);
    }
  });

  it('is null for messages that carry no update', () => {
    const doc = new Y.Doc() as Parameters<OutgoingMessage['writeFirstSyncStepFor']>[0];
    expect(
      syncUpdateSize(
        new OutgoingMessage('some-doc').createSyncMessage().writeFirstSyncStepFor(doc).toUint8Array(),
      ),
    ).toBeNull();
    expect(syncUpdateSize(new OutgoingMessage('some-doc').writeQueryAwareness().toUint8Array())).toBeNull();
    expect(syncUpdateSize(new OutgoingMessage('some-doc').writeSyncStatus(true).toUint8Array())).toBeNull();
    expect(syncUpdateSize(new Uint8Array())).toBeNull();
  });
});
