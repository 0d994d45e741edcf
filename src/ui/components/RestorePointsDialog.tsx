import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// Earlier copies of the work, kept in the browser: restoring one replaces
/// the open document and can itself be undone.
export function RestorePointsDialog() {
  const points = useSession((s) => (s.dialog?.kind === 'restore-points' ? s.dialog.points : null));
  const controller = useController();
  if (!points) return null;
  return (
    <Modal title="Restore points" onClose={() => controller.restorePoints.close()}>
      <p className="hint">
        Kept in this browser every 5 minutes while you work, and before opening a file, replace all, merging
        or deleting a speaker. The newest {points.length} are listed.
      </p>
      {points.length === 0 ? (
        <p>No restore points yet.</p>
      ) : (
        <ul className="restore-list" aria-label="Restore points">
          {points.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{new Date(p.createdAt).toLocaleString()}</strong> · {p.reason}
                <span className="hint"> · {p.title}</span>
              </span>
              <button
                type="button"
                aria-label={`Restore ${p.reason}, ${new Date(p.createdAt).toLocaleString()}`}
                onClick={() => void controller.restorePoints.restore(p.id)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={() => controller.restorePoints.close()}>
          Close
        </button>
      </div>
    </Modal>
  );
}
