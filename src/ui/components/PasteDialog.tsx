import { useState } from 'react';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// For text copied from a transcript page: paste it here to open it.
export function PasteDialog() {
  const open = useSession((s) => s.dialog?.kind === 'paste');
  const controller = useController();
  const [text, setText] = useState('');
  if (!open) return null;
  return (
    <Modal title="Open pasted text" onClose={() => controller.closeDialog('paste')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Closed first: opening may ask whether to replace unsaved work.
          controller.closeDialog('paste');
          if (controller.opener.openText(text, 'Pasted text')) setText('');
        }}
      >
        <label htmlFor="paste-text">Paste the transcript page text (Ctrl+V):</label>
        <textarea id="paste-text" rows={12} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <div className="modal-actions">
          <button type="button" onClick={() => controller.closeDialog('paste')}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!text.trim()}>
            Open pasted text
          </button>
        </div>
      </form>
    </Modal>
  );
}
