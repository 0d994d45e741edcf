import { HocuspocusProvider } from '@hocuspocus/provider';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import type { TeamClaims } from '../../core/team/claims.ts';
import { FRAGMENT } from '../../core/team/library.ts';
import type { TeamStatus } from '../../core/team/status.ts';
import type { TeamLink } from '../../core/team/link.ts';
import { keepPresence } from './presence.ts';
import { readTokenClaims } from './tokenClaims.ts';

/// One shared document: its Yjs document, kept in this browser (IndexedDB,
/// one database per server and document) and synced with the team server
/// through a Hocuspocus provider. Edits made offline are in the browser copy
/// at once, survive a reload, and merge when the server is back.
export class TeamConnection {
  readonly ydoc = new Y.Doc();
  readonly fragment = this.ydoc.getXmlFragment(FRAGMENT);
  readonly provider: HocuspocusProvider;
  readonly claims: TeamClaims | null;
  private readonly local: IndexeddbPersistence;
  private readonly stopPresence: () => void;
  private status: TeamStatus = { state: 'connecting' };
  private serverSynced = false;
  /// Local changes made since the server last had everything.
  private waiting = 0;
  /// Local changes counted as they are made, and the count known to be
  /// written to this browser's copy: a page closed between the two would
  /// lose the difference, so leaving asks first (`hasUnkeptChanges`).
  private made = 0;
  private kept = 0;
  private keeping = false;

  /// `user` is how colleagues see me (awareness `user` field), given before
  /// the connection opens so that it goes with the first sync.
  constructor(
    readonly link: TeamLink,
    user: (claims: TeamClaims | null) => { name: string; color: string },
    private readonly onStatus: (status: TeamStatus) => void,
  ) {
    this.claims = readTokenClaims(link.token);
    this.local = new IndexeddbPersistence(browserCopyName(link), this.ydoc);
    this.provider = new HocuspocusProvider({
      url: link.server,
      name: link.doc,
      token: link.token,
      document: this.ydoc,
      onSynced: ({ state }) => {
        if (!state) return;
        this.serverSynced = true;
        this.waiting = 0;
        this.publish();
      },
      onStatus: () => this.publish(),
      onAwarenessChange: () => this.publish(),
      onUnsyncedChanges: () => this.publish(),
      onAuthenticationFailed: ({ reason }) =>
        this.set({ state: 'refused', reason: reason || 'no reason given' }),
    });
    this.provider.awareness?.setLocalStateField('user', user(this.claims));
    this.stopPresence = keepPresence(this.provider);
    this.ydoc.on('update', (_update: Uint8Array, origin: unknown) => {
      // Changes made here (not from the server, not read from the browser copy).
      if (origin === this.provider || origin === this.local) return;
      if (!this.isConnected()) this.waiting++;
      this.made++;
      this.confirmKept();
      this.publish();
    });
  }

  /// Whether some of my changes are not yet written to this browser's copy.
  get hasUnkeptChanges(): boolean {
    return this.kept < this.made;
  }

  /// y-indexeddb writes each update in its own transaction as it happens but
  /// says nothing when it is written. A read of the same store, begun after
  /// those writes, completes only once they have (IndexedDB runs
  /// transactions on one store in the order they were made), so its
  /// completion marks everything made before it as kept.
  private confirmKept(): void {
    if (this.keeping) return;
    const db = this.local.db;
    if (!db) {
      // Not open yet: the first read stores the whole document, edits
      // made until then included.
      this.keeping = true;
      void this.local.whenSynced.then(() => {
        this.keeping = false;
        this.confirmKept();
      });
      return;
    }
    const upTo = this.made;
    this.keeping = true;
    const done = (stored: boolean) => {
      this.keeping = false;
      if (!stored) return; // the next edit checks again
      this.kept = Math.max(this.kept, upTo);
      if (this.kept < this.made) this.confirmKept();
      else this.publish();
    };
    try {
      const check = db.transaction(['updates'], 'readonly');
      check.oncomplete = () => done(true);
      check.onerror = check.onabort = () => done(false);
    } catch {
      // The database is closing (the document is being left).
      this.keeping = false;
    }
  }

  /// Resolves once there is a document to show: the server's, or (offline)
  /// the one kept in this browser. Rejects when the server refuses the token.
  ready(): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.status.state === 'refused') reject(new Error(this.status.reason));
        else if (this.serverSynced || (this.local.synced && this.fragment.length > 0)) resolve();
        else return false;
        return true;
      };
      if (check()) return;
      const again = () => {
        if (check()) {
          this.provider.off('synced', again);
          this.provider.off('authenticationFailed', again);
        }
      };
      this.provider.on('synced', again);
      this.provider.on('authenticationFailed', again);
      void this.local.whenSynced.then(again);
    });
  }

  /// Whether this browser's copy and the server's first sync are both in.
  get hasServerCopy(): boolean {
    return this.serverSynced;
  }

  destroy(): void {
    this.stopPresence();
    this.provider.destroy();
    void this.local.destroy();
    this.ydoc.destroy();
  }

  private isConnected(): boolean {
    return this.provider.isAuthenticated && this.provider.isSynced;
  }

  private publish(): void {
    // The provider reports its first status while it is being made, before
    // `this.provider` is set: reading it then threw inside the provider's
    // connection attempt, which made it drop that connection and open
    // another a second later, and the server forgot my presence with the
    // first (presence.ts). The status follows once the provider exists.
    if (this.status.state === 'refused' || !this.provider) return;
    if (this.isConnected() && this.provider.unsyncedChanges === 0) this.waiting = 0;
    if (this.isConnected())
      this.set({ state: 'connected', people: this.provider.awareness?.getStates().size ?? 1 });
    else if (this.serverSynced || this.local.synced)
      this.set({
        state: 'offline',
        waiting: Math.max(this.waiting, this.provider.unsyncedChanges),
        kept: !this.hasUnkeptChanges,
      });
    else this.set({ state: 'connecting' });
  }

  private set(status: TeamStatus): void {
    this.status = status;
    this.onStatus(status);
  }
}

/// The browser copy's database: one per server and document.
function browserCopyName(link: TeamLink): string {
  return `caption-desk-team:${link.server}:${link.doc}`;
}
