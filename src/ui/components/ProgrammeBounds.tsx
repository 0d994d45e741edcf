import { detectProgrammeBounds, trimOutsideProgramme } from '../../editor/commands/boundaries.ts';
import { useController, useEditable, useSession } from '../appContext.ts';

/// The programme's boundaries: what the lines in the text mean, Trim to
/// programme (one undo step), and detection on demand.
export function ProgrammeBounds() {
  const bounds = useSession((s) => s.meta.bounds);
  const editable = useEditable();
  const controller = useController();
  const lines = [bounds?.start && 'start', bounds?.end && 'end'].filter(Boolean);
  return (
    <div className="programme-bounds" role="group" aria-label="Programme boundaries">
      <span className="hint">
        {lines.length === 0
          ? 'No programme boundaries: every turn is part of the programme.'
          : 'Turns outside the programme are dimmed, and left out of talk time, progress and exports.'}
      </span>
      <button
        type="button"
        disabled={!editable || lines.length === 0}
        onClick={() => controller.run(trimOutsideProgramme)}
      >
        Trim to programme
      </button>
      <button
        type="button"
        disabled={!editable}
        onClick={() => controller.run(detectProgrammeBounds(), false)}
      >
        Find boundaries
      </button>
    </div>
  );
}
