/// A raw Hocuspocus client: a plain `ws` socket speaking the protocol with
/// hand-encoded messages, so a test can send what the real provider never
/// would (an update on a read-only connection) and see exactly what the
/// server answers.
///
/// A message is `varString(document) varUint(type) payload`; types are
/// Hocuspocus's (Sync 0, Auth 2, CLOSE 7, SyncStatus 8), the sync payloads
/// y-protocols' (SyncStep1 0, SyncStep2 1, Update 2).

import WebSocket from 'ws';

const SYNC = 0;
const AUTH = 2;
const CLOSE = 7;
const SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
const AUTH_OK = 2;
export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export class RawTeamClient {
  /// 'read-write' or 'readonly' once authenticated.
  scope = '';
  /// Resolves with the reason when the server closes this document's connection.
  readonly closed: Promise<string>;
  private onClosed: (reason: string) => void = () => {};
  private readonly acks: ((applied: boolean) => void)[] = [];

  private constructor(
    private readonly socket: WebSocket,
    readonly documentName: string,
  ) {
    this.closed = new Promise((done) => (this.onClosed = done));
  }

  /// Connects and authenticates; rejects with the server's reason when refused.
  static open(url: string, documentName: string, token: string): Promise<RawTeamClient> {
    const socket = new WebSocket(url);
    const client = new RawTeamClient(socket, documentName);
    return new Promise((done, fail) => {
      socket.on('error', fail);
      socket.on('open', () => socket.send(client.message(AUTH, [varUint(AUTH_TOKEN), varString(token)])));
      socket.on('close', (_code, reason) => client.onClosed(reason.toString()));
      socket.on('message', (data: Buffer) => {
        const reader = new Reader(new Uint8Array(data));
        if (reader.string() !== documentName) return;
        const type = reader.uint();
        if (type === AUTH) {
          const kind = reader.uint();
          if (kind === AUTH_OK) {
            client.scope = reader.string();
            done(client);
          } else if (kind === AUTH_DENIED) fail(new Error(reader.string()));
        } else if (type === SYNC_STATUS) client.acks.shift()?.(reader.uint() === 1);
        else if (type === CLOSE) client.onClosed(reader.string());
      });
    });
  }

  /// Sends a Yjs update as a sync Update (or SyncStep2) message; resolves with
  /// the server's SyncStatus: whether it applied (and saved) the update.
  send(update: Uint8Array, kind: typeof SYNC_UPDATE | typeof SYNC_STEP_2 = SYNC_UPDATE): Promise<boolean> {
    const acked = new Promise<boolean>((done) => this.acks.push(done));
    this.socket.send(this.message(SYNC, [varUint(kind), varUint(update.byteLength), update]));
    return acked;
  }

  close(): void {
    this.socket.close();
  }

  private message(type: number, parts: Uint8Array[]): Uint8Array {
    return concat([varString(this.documentName), varUint(type), ...parts]);
  }
}

function varUint(value: number): Uint8Array {
  const bytes: number[] = [];
  while (value > 127) {
    bytes.push(0x80 | (value & 0x7f));
    value = Math.floor(value / 128);
  }
  bytes.push(value);
  return Uint8Array.from(bytes);
}

function varString(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return concat([varUint(bytes.byteLength), bytes]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.byteLength, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

class Reader {
  private at = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    let multiplier = 1;
    for (;;) {
      const byte = this.bytes[this.at++] ?? 0;
      value += (byte & 0x7f) * multiplier;
      if (byte < 0x80) return value;
      multiplier *= 128;
    }
  }

  string(): string {
    const length = this.uint();
    const text = new TextDecoder().decode(this.bytes.subarray(this.at, this.at + length));
    this.at += length;
    return text;
  }
}
