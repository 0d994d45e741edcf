import { useState } from 'react';
import type { PlainTextOptions } from '../core/export/text.ts';
import { Modal } from './Modal.tsx';
import { useController, useSession } from './session.ts';

type Timestamps = PlainTextOptions['timestamps'];

export function ExportDialog() {
  const open = useSession((s) => s.exportOpen);
  const controller = useController();
  const [timestamps, setTimestamps] = useState<Timestamps>('none');
  if (!open) return null;
  return (
    <Modal title="Export plain text" onClose={() => controller.closeDialogs()}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          controller.exportPlainText({ timestamps });
          controller.closeDialogs();
        }}
      >
        <p>One paragraph per turn, as “Name (role): text”.</p>
        <fieldset>
          <legend>Timestamps</legend>
          {(
            [
              ['none', 'None'],
              ['clock', 'Clock time (5:31 am)'],
              ['offset', 'Offset from start (00:01:00)'],
            ] as const
          ).map(([value, label]) => (
            <label key={value}>
              <input
                type="radio"
                name="timestamps"
                value={value}
                checked={timestamps === value}
                onChange={() => setTimestamps(value)}
              />{' '}
              {label}
            </label>
          ))}
        </fieldset>
        <div className="modal-actions">
          <button type="button" onClick={() => controller.closeDialogs()}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Export
          </button>
        </div>
      </form>
    </Modal>
  );
}
