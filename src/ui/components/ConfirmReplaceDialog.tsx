import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// Opening a file over a document with unsaved changes asks first: those
/// changes exist nowhere else once the browser copy is overwritten.
export function ConfirmReplaceDialog() {
  const pending = useSession((s) => (s.dialog?.kind === 'confirm-replace' ? s.dialog : null));
  const controller = useController();
  if (!pending) return null;
  return (
    <Modal
      title="Replace the open transcript?"
      onClose={() => void controller.opener.resolvePendingOpen('cancel')}
    >
      <p>
        The open transcript has changes that are not saved to a file. Opening <strong>{pending.name}</strong>{' '}
        replaces it.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={() => void controller.opener.resolvePendingOpen('cancel')}>
          Cancel
        </button>
        <button type="button" onClick={() => void controller.opener.resolvePendingOpen('replace')}>
          Discard changes and open
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void controller.opener.resolvePendingOpen('save-first')}
        >
          Save, then open
        </button>
      </div>
    </Modal>
  );
}
