/// Hocuspocus providers in Node for the team server tests and the team
/// benchmark: a real provider on a real WebSocket (`ws`), with what a test
/// waits on (synced, refused, closed) as promises and state.

import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { prosemirrorToYXmlFragment } from 'y-prosemirror';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { FRAGMENT } from '../../src/core/team/library.ts';
import type { Transcript } from '../../src/core/transcript.ts';
import { transcriptToDoc } from '../../src/editor/convert.ts';
import type { TeamRole } from '../../src/core/team/claims.ts';
import type { TeamServerHandle } from './teamServer.ts';

export interface TeamClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  /// Resolves on the first full sync with the server.
  synced: Promise<void>;
  /// Resolves with the server's reason when it refuses the token.
  refused: Promise<string>;
  /// Close reasons the server sent, in order.
  closeReasons: string[];
  destroy(): void;
}

export interface TeamClientOptions {
  /// Shown to others through awareness (`user.name`).
  name?: string;
  doc?: Y.Doc;
}

export function connectClient(
  url: string,
  documentName: string,
  token: string,
  options: TeamClientOptions = {},
): TeamClient {
  const socket = new HocuspocusProviderWebsocket({
    url,
    WebSocketPolyfill: WebSocket,
    // Reconnect fast after a server restart (the durability tests).
    delay: 50,
    minDelay: 50,
    maxDelay: 500,
    jitter: false,
  });
  const doc = options.doc ?? new Y.Doc();
  const closeReasons: string[] = [];
  let onSynced = (): void => {};
  let onRefused = (_reason: string): void => {};
  const synced = new Promise<void>((done) => (onSynced = done));
  const refused = new Promise<string>((done) => (onRefused = done));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    token,
    document: doc,
    onSynced: ({ state }) => {
      if (state) onSynced();
    },
    onAuthenticationFailed: ({ reason }) => onRefused(reason),
    onClose: ({ event }) => {
      if (event.reason) closeReasons.push(event.reason);
    },
  });
  provider.attach();
  let destroyed = false;
  if (options.name) provider.setAwarenessField('user', { name: options.name });
  return {
    provider,
    socket,
    doc,
    synced,
    refused,
    closeReasons,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      // A socket closed while it is still connecting (reconnecting to a
      // restarted server) reports an error after the provider has stopped
      // listening; it is expected here, not a failure.
      (socket.webSocket as unknown as WebSocket | null)?.on('error', () => {});
      provider.destroy();
      socket.destroy();
    },
  };
}

/// The clients a test suite connects to one team server, closed together
/// (`destroyAll` in `afterAll`). `server` is read when a client connects, so
/// a suite can make this before its `beforeAll` starts the server.
export class TeamClients {
  private readonly clients: TeamClient[] = [];

  constructor(private readonly server: () => Pick<TeamServerHandle, 'url' | 'mint'>) {}

  /// A client with the token given (a forged or expired one, say).
  connect(doc: string, token: string, options: TeamClientOptions = {}): TeamClient {
    const client = connectClient(this.server().url, doc, token, options);
    this.clients.push(client);
    return client;
  }

  /// A client with a token the server issued to `name` as `role`.
  async join(doc: string, name: string, role: TeamRole = 'editor'): Promise<TeamClient> {
    return this.connect(doc, await this.server().mint({ doc, role, name }), { name });
  }

  /// A shared document holding `transcript`: an editor's client puts it
  /// there and waits until the server has acknowledged all of it. The
  /// client stays connected (keep editing, or `destroy()` it).
  async share(doc: string, transcript: Transcript, name = 'Setup'): Promise<TeamClient> {
    const client = await this.join(doc, name);
    await client.synced;
    fillTranscript(client.doc, transcript);
    await waitFor(
      () => client.provider.unsyncedChanges === 0,
      `the server to take the transcript of ${doc}`,
      120_000,
    );
    return client;
  }

  destroyAll(): void {
    for (const client of this.clients.splice(0)) client.destroy();
  }
}

/// Waits until `condition()` holds, checking every few milliseconds; fails
/// with `what` after `timeoutMs`.
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/// Writes a transcript into a Yjs document as y-prosemirror stores our schema.
export function fillTranscript(doc: Y.Doc, transcript: Transcript): void {
  prosemirrorToYXmlFragment(transcriptToDoc(transcript), doc.getXmlFragment(FRAGMENT));
}

/// The text of every block, in order (y-prosemirror's layout: chunks of blocks).
export function blockTexts(doc: Y.Doc): string[] {
  const texts: string[] = [];
  for (const node of doc.getXmlFragment(FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'chunk') continue;
    for (const block of node.toArray()) {
      if (block instanceof Y.XmlElement) texts.push(block.toArray().map(plainText).join(''));
    }
  }
  return texts;
}

/// The XmlText of the n-th block (for edits as the editor makes them).
export function blockTextAt(doc: Y.Doc, index: number): Y.XmlText {
  let seen = 0;
  for (const node of doc.getXmlFragment(FRAGMENT).toArray()) {
    if (!(node instanceof Y.XmlElement) || node.nodeName !== 'chunk') continue;
    for (const block of node.toArray()) {
      if (seen++ === index) return (block as Y.XmlElement).get(0) as Y.XmlText;
    }
  }
  throw new Error(`No block ${index}`);
}

function plainText(node: unknown): string {
  if (!(node instanceof Y.XmlText)) return '';
  return (node.toDelta() as { insert: unknown }[])
    .map((op) => (typeof op.insert === 'string' ? op.insert : ''))
    .join('');
}
