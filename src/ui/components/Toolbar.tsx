import { useRef } from 'react';
import { OPEN_ACCEPT } from '../../core/import/formats.ts';
import { goToGap } from '../../editor/commands/gaps.ts';
import { useActions, useController, useEditable, useSession } from '../appContext.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { TeamStatusBadge } from './TeamStatusBadge.tsx';
import { redo, undo } from '../../editor/commands/undo.ts';

export function Toolbar() {
  const controller = useController();
  const actions = useActions();
  // A shared transcript is shared already.
  const team = useSession((s) => s.team !== null);
  const input = useRef<HTMLInputElement>(null);
  const gapsOpen = useSession((s) => s.stats.gapsOpen);
  const loading = useSession((s) => s.loading);
  const editable = useEditable();
  const history = useSession((s) => s.history);

  return (
    <div className="toolbar" role="toolbar" aria-label="Document">
      <span className="brand" aria-hidden="true">
        Caption Desk
      </span>
      <button type="button" onClick={() => input.current?.click()} disabled={loading !== null || !editable}>
        Open
      </button>
      <input
        ref={input}
        type="file"
        accept={OPEN_ACCEPT}
        hidden
        aria-label="Open transcript file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void controller.opener.openFile(file);
        }}
      />
      <button type="button" onClick={() => actions.openDialog({ kind: 'paste' })} disabled={!editable}>
        Paste text…
      </button>
      <button type="button" onClick={() => void controller.saver.save()} title="Ctrl+S">
        Save
      </button>
      <button type="button" onClick={() => actions.openDialog({ kind: 'export' })}>
        Export…
      </button>
      <button
        type="button"
        onClick={() => actions.openDialog({ kind: 'share' })}
        disabled={!editable || team}
      >
        Share with team…
      </button>
      <button type="button" onClick={() => void controller.restorePoints.show()} disabled={!editable}>
        Restore points…
      </button>
      <button
        type="button"
        onClick={() => actions.openDialog({ kind: 'casing' })}
        title="Alt+C: on the selection, or the whole transcript"
        disabled={!editable}
      >
        Fix capitalization…
      </button>
      <button
        type="button"
        onClick={() => actions.openDialog({ kind: 'people' })}
        title="Alt+K: the directory of people across transcripts"
      >
        People…
      </button>
      <span className="toolbar-sep" />
      {/* aria-disabled, not disabled: the last undo must not drop the focus. */}
      <button
        type="button"
        onClick={() => history.undo && controller.run(undo)}
        title={history.undo ? 'Ctrl+Z' : NOTHING_TO_UNDO}
        disabled={!editable}
        aria-disabled={!history.undo}
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => history.redo && controller.run(redo)}
        title={history.redo ? 'Ctrl+Shift+Z' : 'Nothing to redo'}
        disabled={!editable}
        aria-disabled={!history.redo}
      >
        Redo
      </button>
      <span className="toolbar-sep" />
      <button
        type="button"
        onClick={() => controller.run(goToGap(-1))}
        title="Shift+F8"
        disabled={gapsOpen === 0}
      >
        Previous gap
      </button>
      <span className="gap-count" role="status" aria-live="polite" aria-label="Open gaps">
        {gapsOpen === 1 ? '1 gap open' : `${gapsOpen} gaps open`}
      </span>
      <button type="button" onClick={() => controller.run(goToGap(1))} title="F8" disabled={gapsOpen === 0}>
        Next gap
      </button>
      <span className="toolbar-fill" />
      {loading && (
        <span className="loading" role="status">
          <progress aria-label={`Opening ${loading.name}`} /> Opening {loading.name}: {loading.stage}…
        </span>
      )}
      <TeamStatusBadge />
      <SaveStatus />
    </div>
  );
}

/// Why Undo is unavailable: the history is kept in the page, so a reload or
/// a newly opened transcript starts it empty.
export const NOTHING_TO_UNDO =
  'Nothing to undo: the undo history starts when a transcript is opened or the page is reloaded.';
