import { useEffect, useState } from 'react';
import type { LibraryEntry } from '../../core/team/library.ts';
import type { TeamLink } from '../../core/team/link.ts';
import { fetchLibrary } from '../../platform/team/teamApi.ts';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// The team library: every transcript the desk link opens, with who is in
/// it and how far its review has come, so an editor picks the next piece of
/// work. Everything shown is text from the network, rendered as text.
export function LibraryDialog() {
  const dialog = useSession((s) => (s.dialog?.kind === 'library' ? s.dialog : null));
  if (!dialog) return null;
  return <Library desk={dialog.desk} />;
}

function Library({ desk }: { desk: TeamLink }) {
  const controller = useController();
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    let live = true;
    fetchLibrary(desk.server, desk.token).then(
      (list) => live && (setEntries(list), setProblem(null)),
      (error: Error) => live && setProblem(error.message),
    );
    return () => {
      live = false;
    };
  }, [desk, reload]);
  const close = () => controller.closeDialog('library');

  return (
    <Modal title="Team library" onClose={close}>
      <p className="hint">Transcripts on {desk.server}.</p>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      {entries === null && !problem && <p role="status">Loading the library…</p>}
      {entries?.length === 0 && <p>Nothing is shared yet. Open a transcript and choose Share with team.</p>}
      {entries && entries.length > 0 && (
        <table className="library">
          <caption className="sr-only">Shared transcripts</caption>
          <thead>
            <tr>
              <th scope="col">Transcript</th>
              <th scope="col">Date</th>
              <th scope="col">In it now</th>
              <th scope="col">Progress</th>
              <th scope="col">
                <span className="sr-only">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.doc}>
                <th scope="row">
                  {e.title || 'Untitled transcript'}
                  {e.network && <span className="hint"> · {e.network}</span>}
                </th>
                <td>{e.date}</td>
                <td>{e.present.length ? e.present.join(', ') : 'nobody'}</td>
                <td>
                  {e.progress.reviewed} of {e.progress.turns} reviewed · {e.progress.openGaps}{' '}
                  {e.progress.openGaps === 1 ? 'gap' : 'gaps'} open · {e.progress.unassigned} without speaker
                </td>
                <td>
                  <button
                    type="button"
                    aria-label={`Open ${e.title || 'Untitled transcript'}`}
                    onClick={() => {
                      close();
                      void controller.openFromLibrary(desk, e.doc);
                    }}
                  >
                    Open
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <div className="modal-actions">
        <button type="button" onClick={() => setReload((n) => n + 1)}>
          Refresh
        </button>
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}
