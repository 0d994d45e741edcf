import { useState } from 'react';
import { likelyMergeTarget } from '../../core/mergeTarget.ts';
import type { Speaker } from '../../core/transcript.ts';
import { countBlocksOf } from '../../editor/queries/countBlocksOf.ts';
import { deleteSpeaker, mergeSpeakers, renameSpeaker } from '../../editor/commands/speakers.ts';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

const blocksText = (n: number) => (n === 1 ? '1 turn' : `${n} turns`);

/// Rename, merge and delete say how many blocks they change before they
/// apply; each is one undo step.
export function SpeakerDialog() {
  const request = useSession((s) => (s.dialog?.kind === 'speaker' ? s.dialog : null));
  const speakers = useSession((s) => s.speakers);
  const controller = useController();
  const speaker = request ? speakers.find((s) => s.id === request.speakerId) : undefined;
  if (!request || !speaker) return null;
  const count = countBlocksOf(controller.editorState, speaker.id);
  const close = () => controller.closeDialog('speaker');
  if (request.mode === 'rename') return <RenameDialog speaker={speaker} count={count} onClose={close} />;
  if (request.mode === 'merge')
    return (
      <MergeDialog
        speaker={speaker}
        others={speakers.filter((s) => s.id !== speaker.id)}
        count={count}
        onClose={close}
      />
    );
  return (
    <Modal title={`Delete ${speaker.name}?`} onClose={close}>
      <p>
        {blocksText(count)} of {speaker.name} will become unassigned. You can undo this.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={close}>
          Cancel
        </button>
        <button
          type="button"
          className="primary danger"
          onClick={() => {
            controller.beforeBigChange(`deleting ${speaker.name}`);
            controller.run(deleteSpeaker(speaker.id), false);
            close();
          }}
        >
          Delete speaker
        </button>
      </div>
    </Modal>
  );
}

function RenameDialog({ speaker, count, onClose }: { speaker: Speaker; count: number; onClose: () => void }) {
  const controller = useController();
  const [name, setName] = useState(speaker.name);
  const clean = name.trim();
  return (
    <Modal title={`Rename ${speaker.name}`} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!clean) return;
          controller.run(renameSpeaker(speaker.id, clean), false);
          onClose();
        }}
      >
        <label>
          New name{' '}
          <input
            autoFocus
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            aria-describedby="rename-effect"
          />
        </label>
        <p id="rename-effect">{blocksText(count)} will show the new name.</p>
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!clean}>
            Rename
          </button>
        </div>
      </form>
    </Modal>
  );
}

function MergeDialog({
  speaker,
  others,
  count,
  onClose,
}: {
  speaker: Speaker;
  others: Speaker[];
  count: number;
  onClose: () => void;
}) {
  const controller = useController();
  const [into, setInto] = useState((likelyMergeTarget(speaker, others) ?? others[0])?.id ?? '');
  const target = others.find((s) => s.id === into);
  return (
    <Modal title={`Merge ${speaker.name}`} onClose={onClose}>
      {others.length === 0 ? (
        <p>There is no other speaker to merge into.</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!target) return;
            controller.beforeBigChange(`merging ${speaker.name} into ${target.name}`);
            controller.run(mergeSpeakers(speaker.id, target.id), false);
            onClose();
          }}
        >
          <label>
            Merge into{' '}
            <select autoFocus value={into} onChange={(e) => setInto(e.currentTarget.value)}>
              {others.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <p>
            {blocksText(count)} of {speaker.name} will move to {target?.name}, and {speaker.name} leaves the
            roster.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="primary">
              Merge
            </button>
          </div>
        </form>
      )}
      {others.length === 0 && (
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </Modal>
  );
}
