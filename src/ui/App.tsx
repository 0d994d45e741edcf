import { useEffect, useState } from 'react';
import { createSessionStore } from '../store/session.ts';
import { DocumentController } from './document/DocumentController.ts';
import { BlockFilterStyle } from './components/BlockFilterStyle.tsx';
import { ConfirmReplaceDialog } from './components/ConfirmReplaceDialog.tsx';
import { EditorPane } from './components/EditorPane.tsx';
import { GoToTimeDialog } from './components/GoToTimeDialog.tsx';
import { CasingDialog } from './components/CasingDialog.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { MediaBar } from './components/MediaBar.tsx';
import { NoticeBar } from './components/NoticeBar.tsx';
import { PasteDialog } from './components/PasteDialog.tsx';
import { PeopleDialog } from './components/PeopleDialog.tsx';
import { ProgrammeHeader } from './components/ProgrammeHeader.tsx';
import { RestorePointsDialog } from './components/RestorePointsDialog.tsx';
import { ReviewProgress } from './components/ReviewProgress.tsx';
import { AppContext, type AppServices } from './appContext.ts';
import { SpeakerDialog } from './components/SpeakerDialog.tsx';
import { ShareDialog } from './components/ShareDialog.tsx';
import { LibraryDialog } from './components/LibraryDialog.tsx';
import { Sidebar } from './components/Sidebar.tsx';
import { SpeakerPicker } from './components/SpeakerPicker.tsx';
import { TimelineStrip } from './components/TimelineStrip.tsx';
import { Toolbar } from './components/Toolbar.tsx';
import { useGlobalShortcuts } from './hooks/useGlobalShortcuts.ts';
import { SAMPLE } from './sample.ts';

export function App() {
  const [app] = useState<AppServices>(() => {
    const store = createSessionStore();
    return { store, controller: new DocumentController(store) };
  });
  useEffect(() => {
    void app.controller.start(SAMPLE);
    app.controller.restorePoints.start();
  }, [app]);
  useGlobalShortcuts(app.controller, app.store);
  const [toolsOpen, setToolsOpen] = useState(false);

  return (
    <AppContext.Provider value={app}>
      <div className="app">
        {/* The first stop of the Tab order: straight to the text. */}
        <a
          className="skip-link"
          href="#transcript"
          onClick={(e) => {
            e.preventDefault();
            app.controller.focus();
          }}
        >
          Skip to the transcript
        </a>
        <header className="app-header">
          <Toolbar />
          <MediaBar player={app.controller.media} />
        </header>
        <NoticeBar />
        <div className={toolsOpen ? 'workspace tools-open' : 'workspace'}>
          {/* Shown only in a narrow window, where the tools fold away. */}
          <button
            type="button"
            className="tools-toggle"
            aria-expanded={toolsOpen}
            aria-controls="tools"
            onClick={() => setToolsOpen((open) => !open)}
          >
            {toolsOpen ? 'Hide tools' : 'Tools'}
          </button>
          <Sidebar />
          <main className="document" id="transcript" aria-label="Transcript">
            <ProgrammeHeader />
            <ReviewProgress />
            <TimelineStrip />
            <EditorPane />
          </main>
        </div>
        <SpeakerPicker />
        <ExportDialog />
        <CasingDialog />
        <PasteDialog />
        <GoToTimeDialog />
        <ConfirmReplaceDialog />
        <RestorePointsDialog />
        <SpeakerDialog />
        <ShareDialog />
        <LibraryDialog />
        <PeopleDialog />
        <BlockFilterStyle />
      </div>
    </AppContext.Provider>
  );
}
