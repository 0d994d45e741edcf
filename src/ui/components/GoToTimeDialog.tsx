import { useState } from 'react';
import { formatProgrammeSpan } from '../../core/clock.ts';
import { NO_TIMES } from '../document/goToTime.ts';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

/// Go to the turn speaking at a clock time or an offset (Alt+J): the way
/// to any place in a day of captions from the keyboard.
export function GoToTimeDialog() {
  const open = useSession((s) => s.dialog?.kind === 'go-to-time');
  const startClock = useSession((s) => s.meta.startClock);
  const duration = useSession((s) => s.timeline.duration);
  const timed = useSession((s) => s.timeline.segments.length > 0);
  const controller = useController();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  if (!open) return null;
  const close = () => {
    setProblem(null);
    controller.closeDialog('go-to-time');
  };
  return (
    <Modal title="Go to time" onClose={close}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const result = controller.goToTime(text);
          if (result.ok) close();
          else setProblem(result.message);
        }}
      >
        <label className="field">
          Time
          <input
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setProblem(null);
            }}
            aria-describedby="go-to-time-hint"
            aria-invalid={problem !== null}
            autoComplete="off"
          />
        </label>
        <p className="hint" id="go-to-time-hint">
          {!timed
            ? NO_TIMES
            : `${
                startClock === undefined
                  ? 'An offset from the start, such as 00:12:30.'
                  : 'A clock time, such as 5:31 pm or 17:31, or an offset from the start, such as 00:12:30.'
              } This programme runs ${formatProgrammeSpan(startClock, duration)}.`}
        </p>
        {problem && (
          <p className="form-error" role="alert">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Go
          </button>
        </div>
      </form>
    </Modal>
  );
}
