import type { HocuspocusProvider } from '@hocuspocus/provider';

/// Keeps me visible to colleagues across a reconnection.
///
/// When a connection drops, the server removes the awareness states that came
/// over it, under a clock one past the last it had from me. When the provider
/// reconnects it sends my state again under my own clock, which is no newer,
/// so the server and every colleague drop it as outdated: I stay invisible
/// (no name in the library, no caret) until my state has changed twice more.
/// So on every sync with the server my state is sent again with its clock
/// moved past any removal. Returns the function that stops it.
export function keepPresence(provider: HocuspocusProvider): () => void {
  const awareness = provider.awareness;
  if (!awareness) return () => {};
  const rejoin = ({ state }: { state: boolean }) => {
    const local = awareness.getLocalState();
    if (!state || local === null) return;
    const meta = awareness.meta.get(awareness.clientID);
    // One step for the server's removal; setLocalState takes the next.
    if (meta) meta.clock++;
    awareness.setLocalState({ ...local });
  };
  provider.on('synced', rejoin);
  return () => provider.off('synced', rejoin);
}
