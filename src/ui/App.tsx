import { useEffect, useState } from 'react';
import { createSessionStore } from '../store/session.ts';
import { DocumentController } from './document/DocumentController.ts';
import { BlockFilterStyle } from './components/BlockFilterStyle.tsx';
import { ConfirmReplaceDialog } from './components/ConfirmReplaceDialog.tsx';
import { EditorPane } from './components/EditorPane.tsx';
import { GoToTimeDialog } from './components/GoToTimeDialog.tsx';
import { ExportDialog } from './components/ExportDialog.tsx';
import { MediaBar } from './components/MediaBar.tsx';
import { NoticeBar } from './components/NoticeBar.tsx';
import { PasteDialog } from './components/PasteDialog.tsx';
import { ProgrammeHeader } from './components/ProgrammeHeader.tsx';
import { RestorePointsDialog } from './components/RestorePointsDialog.tsx';
import { ReviewProgress } from './components/ReviewProgress.tsx';
import { AppContext, type AppServices } from './appContext.ts';
import { SpeakerDialog } from './components/SpeakerDialog.tsx';
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

  return (
    <AppContext.Provider value={app}>
      <div className="app">
        <header className="app-header">
          <Toolbar />
          <MediaBar player={app.controller.media} />
        </header>
        <NoticeBar />
        <div className="workspace">
          <Sidebar />
          <main className="document" aria-label="Transcript">
            <ProgrammeHeader />
            <ReviewProgress />
            <TimelineStrip />
            <EditorPane />
          </main>
        </div>
        <SpeakerPicker />
        <ExportDialog />
        <PasteDialog />
        <GoToTimeDialog />
        <ConfirmReplaceDialog />
        <RestorePointsDialog />
        <SpeakerDialog />
        <BlockFilterStyle />
      </div>
    </AppContext.Provider>
  );
}
