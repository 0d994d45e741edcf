import { useState } from 'react';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// For text copied from a transcript page: paste it here to open it. Text
/// pasted outside the transcript arrives here too, to be confirmed, because
/// opening it replaces the open document.
export function PasteDialog() {
  const dialog = useSession((s) => (s.dialog?.kind === 'paste' ? s.dialog : null));
  if (!dialog) return null;
  return <PasteForm initial={dialog.text ?? ''} />;
}

function PasteForm({ initial }: { initial: string }) {
  const controller = useController();
  const [text, setText] = useState(initial);
  return (
    <Modal title="Open pasted text" onClose={() => controller.closeDialog('paste')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          // Closed first: opening may ask whether to replace unsaved work.
          controller.closeDialog('paste');
          controller.opener.openText(text, 'Pasted text');
        }}
      >
        <label htmlFor="paste-text">Paste the transcript page text (Ctrl+V):</label>
        <textarea id="paste-text" rows={12} value={text} onChange={(e) => setText(e.currentTarget.value)} />
        <p className="hint">
          Opening it replaces the open transcript; a restore point keeps the one open now.
        </p>
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
