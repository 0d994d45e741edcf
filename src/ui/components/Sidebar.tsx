import { useRef, type KeyboardEvent } from 'react';
import type { SidebarTab } from '../../store/session.ts';
import { FindPanel } from './FindPanel.tsx';
import { GapsPanel } from './GapsPanel.tsx';
import { useActions, useSession } from '../appContext.ts';
import { SpeakerPanel } from './SpeakerPanel.tsx';
import { SuggestionsPanel } from './SuggestionsPanel.tsx';

const TABS: Array<[SidebarTab, string]> = [
  ['speakers', 'Speakers'],
  ['gaps', 'Gaps'],
  ['find', 'Find'],
];

/// Tools beside the text, one at a time: speakers, gaps, find and replace.
/// A WAI-ARIA tab list: arrow keys move between tabs.
export function Sidebar() {
  const tab = useSession((s) => s.sidebarTab);
  const actions = useActions();
  const tabs = useRef<Array<HTMLButtonElement | null>>([]);
  const onKey = (e: KeyboardEvent) => {
    const i = TABS.findIndex(([id]) => id === tab);
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    e.preventDefault();
    const next = TABS[(i + step + TABS.length) % TABS.length]![0];
    actions.setSidebarTab(next);
    tabs.current[TABS.findIndex(([id]) => id === next)]?.focus();
  };
  return (
    <aside className="sidebar" id="tools" aria-label="Tools">
      <div role="tablist" aria-label="Tools" className="tabs" onKeyDown={onKey}>
        {TABS.map(([id, label], i) => (
          <button
            key={id}
            ref={(el) => {
              tabs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`tab-${id}`}
            aria-controls={`panel-${id}`}
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => actions.setSidebarTab(id)}
          >
            {label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tab-panel">
        {tab === 'speakers' && (
          <>
            <SpeakerPanel />
            <SuggestionsPanel />
          </>
        )}
        {tab === 'gaps' && <GapsPanel />}
        {tab === 'find' && <FindPanel />}
      </div>
    </aside>
  );
}
