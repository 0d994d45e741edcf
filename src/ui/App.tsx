import { useEffect, useState } from 'react';
import { createSessionStore } from '../store/session.ts';
import { DocumentController } from './controller.ts';
import { BlockFilterStyle } from './BlockFilterStyle.tsx';
import { ConfirmReplaceDialog } from './ConfirmReplaceDialog.tsx';
import { EditorPane } from './EditorPane.tsx';
import { GoToTimeDialog } from './GoToTimeDialog.tsx';
import { ExportDialog } from './ExportDialog.tsx';
import { MediaBar } from './media/MediaBar.tsx';
import { MediaPlayer } from './media/MediaPlayer.ts';
import { NoticeBar } from './NoticeBar.tsx';
import { PasteDialog } from './PasteDialog.tsx';
import { ProgrammeHeader } from './ProgrammeHeader.tsx';
import { RestorePointsDialog } from './RestorePointsDialog.tsx';
import { ReviewProgress } from './ReviewProgress.tsx';
import { SessionContext, type Session } from './session.ts';
import { SpeakerDialog } from './SpeakerDialog.tsx';
import { Sidebar } from './Sidebar.tsx';
import { SpeakerPicker } from './SpeakerPicker.tsx';
import { TimelineStrip } from './TimelineStrip.tsx';
import { Toolbar } from './Toolbar.tsx';
import { useGlobalShortcuts } from './useGlobalShortcuts.ts';
import sampleText from '../samples/sample-programme.txt?raw';

export function App() {
  const [session] = useState<Session>(() => {
    const store = createSessionStore();
    const controller = new DocumentController(store);
    controller.media = new MediaPlayer(controller, store);
    return { store, controller };
  });
  useEffect(() => {
    void session.controller.restore({ text: sampleText, name: 'sample-programme.txt' });
    session.controller.restorePoints.start();
  }, [session]);
  useGlobalShortcuts(session.controller);

  return (
    <SessionContext.Provider value={session}>
      <div className="app">
        <header className="app-header">
          <Toolbar />
          <MediaBar player={session.controller.media!} />
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
    </SessionContext.Provider>
  );
}
