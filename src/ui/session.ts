import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SessionState, SessionStore } from '../store/session.ts';
import type { DocumentController } from './controller.ts';

export interface Session {
  store: SessionStore;
  controller: DocumentController;
}

export const SessionContext = createContext<Session | null>(null);

export function useSessionContext(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside <SessionContext.Provider>');
  return session;
}

/// Subscribes a component to one slice of session state.
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useSessionContext().store, selector);
}

export function useController(): DocumentController {
  return useSessionContext().controller;
}
