import { useState } from 'react';
import { ROLES, type Role, type Speaker } from '../../core/transcript.ts';
import { addSpeaker, setSpeakerRole, updateSpeaker } from '../../editor/commands/speakers.ts';
import { newId } from '../../core/ids.ts';
import { speakerNumbers } from '../../core/speakerNumbers.ts';
import { speakerColor } from '../../editor/speakerStyle.ts';
import type { BlockFilter } from '../../store/session.ts';
import { formatDuration } from './formatDuration.ts';
import { useActions, useController, useEditable, useSession } from '../appContext.ts';

/// The roster: every speaker with their shortcut, colour, name, role, number
/// of blocks and talk time. Every change is an editor command, so it is
/// undone like typing.
export function SpeakerPanel() {
  const speakers = useSession((s) => s.speakers);
  const unassigned = useSession((s) => s.stats.unassigned);
  const numbers = speakerNumbers(speakers);
  return (
    <section className="panel speakers" aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">Speakers</h2>
      <FilterSelect speakers={speakers} unassigned={unassigned} />
      <ul className="speaker-list" aria-label="Speakers">
        {speakers.map((speaker, i) => (
          <SpeakerRow key={speaker.id} speaker={speaker} number={numbers[i]!} />
        ))}
      </ul>
      {speakers.length === 0 && <p className="hint">No speakers yet. Add one below.</p>}
      <AddSpeaker />
      <KeyHelp />
    </section>
  );
}

function filterValue(filter: BlockFilter): string {
  return filter.kind === 'speaker' ? `speaker:${filter.speakerId}` : filter.kind;
}

function FilterSelect({ speakers, unassigned }: { speakers: readonly Speaker[]; unassigned: number }) {
  const actions = useActions();
  const filter = useSession((s) => s.filter);
  return (
    <label className="filter">
      Show{' '}
      <select
        value={filterValue(filter)}
        onChange={(e) => {
          const value = e.currentTarget.value;
          actions.setFilter(
            value === 'all' || value === 'unassigned' || value === 'attention'
              ? { kind: value }
              : { kind: 'speaker', speakerId: value.slice('speaker:'.length) },
          );
        }}
      >
        <option value="all">all turns</option>
        <option value="unassigned">unassigned turns ({unassigned})</option>
        <option value="attention">turns that need attention</option>
        {speakers.map((s) => (
          <option key={s.id} value={`speaker:${s.id}`}>
            only {s.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function SpeakerRow({ speaker, number }: { speaker: Speaker; number: number }) {
  const controller = useController();
  const actions = useActions();
  const stats = useSession((s) => s.stats.bySpeaker[speaker.id]);
  const editable = useEditable();
  const color = speakerColor(speaker, number);
  const blocks = stats?.blocks ?? 0;
  return (
    <li className="speaker-row" style={{ '--speaker': color } as React.CSSProperties}>
      <div className="speaker-line">
        <span className="speaker-key" title={number <= 9 ? `Alt+${number}` : undefined}>
          {number <= 9 ? number : ''}
        </span>
        <input
          type="color"
          className="speaker-color"
          disabled={!editable}
          aria-label={`Colour of ${speaker.name}`}
          defaultValue={color}
          key={color}
          onBlur={(e) => {
            const value = e.currentTarget.value;
            if (value !== color) controller.run(updateSpeaker(speaker.id, { color: value }), false);
          }}
        />
        <span className="roster-name" title={speaker.name}>
          {speaker.name}
        </span>
        <select
          aria-label={`Role of ${speaker.name}`}
          disabled={!editable}
          value={speaker.role}
          onChange={(e) => controller.run(setSpeakerRole(speaker.id, e.currentTarget.value as Role), false)}
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div className="speaker-line secondary">
        <span className="speaker-stats">
          {blocks === 1 ? '1 turn' : `${blocks} turns`}
          {stats && stats.seconds > 0 ? ` · ${formatDuration(stats.seconds)}` : ''}
        </span>
        <span className="speaker-actions">
          <button
            type="button"
            aria-label={`Rename ${speaker.name}`}
            disabled={!editable}
            onClick={() => actions.openDialog({ kind: 'speaker', mode: 'rename', speakerId: speaker.id })}
          >
            Rename
          </button>
          <button
            type="button"
            aria-label={`Merge ${speaker.name}`}
            disabled={!editable}
            onClick={() => actions.openDialog({ kind: 'speaker', mode: 'merge', speakerId: speaker.id })}
          >
            Merge
          </button>
          <button
            type="button"
            aria-label={`Delete ${speaker.name}`}
            disabled={!editable}
            onClick={() => actions.openDialog({ kind: 'speaker', mode: 'delete', speakerId: speaker.id })}
          >
            Delete
          </button>
        </span>
      </div>
    </li>
  );
}

function AddSpeaker() {
  const controller = useController();
  const editable = useEditable();
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
      <button type="submit" disabled={!editable}>
        Add speaker
      </button>
    </form>
  );
}

const KEYS: Array<[string, string]> = [
  ['Alt+1…9', 'assign speaker by number'],
  ['Alt+0', 'unassign'],
  ['Alt+S', 'speaker picker'],
  ['Alt+P', 'same speaker as previous'],
  ['Alt+A', 'accept suggested speaker'],
  ['Alt+Enter', 'split here, pick speaker'],
  ['Alt+N', 'next unassigned (Shift: previous)'],
  ['F8', 'next gap (Shift: previous)'],
  ['Alt+U', 'gap unresolvable'],
  ['Ctrl+Enter', 'reviewed, next'],
  ['Alt+D', 'dismiss suspect word'],
  ['Ctrl+H', 'find and replace'],
  ['Alt+K', 'people directory'],
];

function KeyHelp() {
  return (
    <dl className="key-help" aria-label="Keyboard shortcuts">
      {KEYS.map(([key, what]) => (
        <div key={key}>
          <dt>
            <kbd>{key}</kbd>
          </dt>
          <dd>{what}</dd>
        </div>
      ))}
    </dl>
  );
}
