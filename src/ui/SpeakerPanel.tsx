import { useState } from 'react';
import { ROLES, type Role, type Speaker } from '../core/transcript.ts';
import { addSpeaker, renameSpeaker, setSpeakerRole } from '../editor/commands/speakers.ts';
import { newId } from '../core/ids.ts';
import { speakerColor } from '../editor/speakerStyle.ts';
import { useController, useSession } from './session.ts';

/// The roster: every speaker with their shortcut, name and role. Renames
/// and role changes are editor commands, so they are undone like typing.
export function SpeakerPanel() {
  const speakers = useSession((s) => s.speakers);
  return (
    <section className="panel speakers" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Speakers</h2>
      <ul className="speaker-list" aria-label="Speakers">
        {speakers.map((speaker, index) => (
          <SpeakerRow key={speaker.id} speaker={speaker} index={index} />
        ))}
      </ul>
      {speakers.length === 0 && <p className="hint">No speakers yet. Add one below.</p>}
      <AddSpeaker />
      <p className="hint">
        Alt+1 … Alt+9 assign, Alt+0 clears, Alt+S opens the picker, F8 goes to the next gap.
      </p>
    </section>
  );
}

function SpeakerRow({ speaker, index }: { speaker: Speaker; index: number }) {
  const controller = useController();
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    const name = (draft ?? '').trim();
    if (draft !== null && name && name !== speaker.name)
      controller.run(renameSpeaker(speaker.id, name), false);
    setDraft(null);
  };
  return (
    <li className="speaker-row" style={{ '--speaker': speakerColor(speaker, index) } as React.CSSProperties}>
      <span className="speaker-key" title={index < 9 ? `Alt+${index + 1}` : undefined}>
        {index < 9 ? index + 1 : ''}
      </span>
      <input
        className="speaker-name-input"
        aria-label={`Name of speaker ${index + 1}`}
        value={draft ?? speaker.name}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            commit();
            controller.focus();
          } else if (e.key === 'Escape') {
            setDraft(null);
            controller.focus();
          }
        }}
      />
      <select
        aria-label={`Role of ${speaker.name}`}
        value={speaker.role}
        onChange={(e) => controller.run(setSpeakerRole(speaker.id, e.currentTarget.value as Role), false)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {role}
          </option>
        ))}
      </select>
    </li>
  );
}

function AddSpeaker() {
  const controller = useController();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('guest');
  return (
    <form
      className="add-speaker"
      aria-label="Add speaker"
      onSubmit={(e) => {
        e.preventDefault();
        const clean = name.trim();
        if (!clean) return;
        controller.run(addSpeaker({ id: newId('s'), name: clean, role }), false);
        setName('');
      }}
    >
      <input
        aria-label="New speaker name"
        placeholder="New speaker name"
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
      />
      <select
        aria-label="New speaker role"
        value={role}
        onChange={(e) => setRole(e.currentTarget.value as Role)}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {r}
          </option>
        ))}
      </select>
      <button type="submit">Add speaker</button>
    </form>
  );
}
