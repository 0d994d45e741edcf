/// The size limits on what clients send: one update, and the document it
/// would grow. Checked in `beforeHandleMessage`, the one hook Hocuspocus
/// awaits before it applies a message; a refusal closes the connection to
/// that document with the reason, which the provider passes to `onClose`.
/// (The number of connections is checked on authentication, in access.ts.)

import type { Extension, beforeHandleMessagePayload } from '@hocuspocus/server';
import type { TeamLimits } from './config.ts';
import { TeamRefusal } from './tokens.ts';

/// Hocuspocus message and y-protocols sync message types (see
/// @hocuspocus/server types.ts and y-protocols/sync).
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/// A refusal that closes the connection (Hocuspocus reads `code` and `reason`).
export class LimitRefusal extends TeamRefusal {
  readonly code = 4413;
}

export class TeamLimitsExtension implements Extension {
  extensionName = 'TeamLimits';

  constructor(
    private readonly limits: TeamLimits,
    private readonly documentBytes: (documentName: string) => number,
  ) {}

  async beforeHandleMessage({ update: message, documentName, connection }: beforeHandleMessagePayload) {
    if (connection.readOnly) return; // Hocuspocus refuses a viewer's writes itself.
    const size = syncUpdateSize(message);
    if (size === null) return;
    if (size > this.limits.updateBytes)
      throw new LimitRefusal(
        `This change is too large for the team server (${megabytes(size)}; the most is ${megabytes(this.limits.updateBytes)}).`,
      );
    if (this.documentBytes(documentName) + size > this.limits.documentBytes)
      throw new LimitRefusal(
        `This transcript has reached the team server’s size limit (${megabytes(this.limits.documentBytes)}); the change was not saved.`,
      );
  }
}

/// The byte length of the Yjs update a message carries, or null when it is
/// not a sync update (SyncStep1, awareness, auth...).
export function syncUpdateSize(message: Uint8Array): number | null {
  const reader = { bytes: message, at: 0 };
  const nameLength = readVarUint(reader);
  reader.at += nameLength;
  if (readVarUint(reader) !== MESSAGE_SYNC) return null;
  const kind = readVarUint(reader);
  if (kind !== SYNC_STEP_2 && kind !== SYNC_UPDATE) return null;
  return readVarUint(reader);
}

function readVarUint(reader: { bytes: Uint8Array; at: number }): number {
  let value = 0;
  let multiplier = 1;
  for (;;) {
    const byte = reader.bytes[reader.at++];
    if (byte === undefined) return -1;
    value += (byte & 0x7f) * multiplier;
    if (byte < 0x80) return value;
    multiplier *= 128;
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${bytes} bytes`;
}
