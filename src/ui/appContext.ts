import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SessionActions, SessionState, SessionStore } from '../store/session.ts';
import type { DocumentController } from './document/DocumentController.ts';

/// What every component of one editor instance shares: the session store
/// (UI state and projections) and the controller that owns the document.
export interface AppServices {
  store: SessionStore;
  controller: DocumentController;
}

export const AppContext = createContext<AppServices | null>(null);

export function useApp(): AppServices {
  const app = useContext(AppContext);
  if (!app) throw new Error('useApp outside <AppContext.Provider>');
  return app;
}

/// Subscribes a component to one slice of session state.
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useApp().store, selector);
}

/// The store's setters; the same object for the store's whole life.
export function useActions(): SessionActions {
  return useApp().store.getState().actions;
}

/// False in a read-only tab: controls that would change the document are disabled.
export function useEditable(): boolean {
  return !useSession((s) => s.readOnly);
}

export function useController(): DocumentController {
  return useApp().controller;
}
