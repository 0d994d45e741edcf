import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { speakerNumbers } from '../../core/speakerNumbers.ts';
import type { Speaker } from '../../core/transcript.ts';
import type { PickerRequest } from '../../store/session.ts';
import { useController, useSession } from '../appContext.ts';

type Choice =
  { kind: 'speaker'; speaker: Speaker; number: number } | { kind: 'new'; name: string } | { kind: 'none' };

/// Type to filter, arrows to move, Enter to assign, Escape to leave.
export function SpeakerPicker() {
  const request = useSession((s) => s.picker);
  if (!request) return null;
  // Keyed so each opening starts with a clean filter.
  return <PickerDialog key={`${request.blockPos}:${request.anchor.top}`} request={request} />;
}

function PickerDialog({ request }: { request: PickerRequest }) {
  const controller = useController();
  const speakers = useSession((s) => s.speakers);
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();

  const choices = useMemo<Choice[]>(() => {
    const q = filter.trim().toLowerCase();
    const numbers = speakerNumbers(speakers);
    const matches: Choice[] = speakers
      .map((speaker, i) => ({ kind: 'speaker' as const, speaker, number: numbers[i]! }))
      .filter((c) => !q || c.speaker.name.toLowerCase().includes(q) || c.speaker.role.includes(q));
    if (q && !speakers.some((s) => s.name.toLowerCase() === q))
      matches.push({ kind: 'new', name: filter.trim() });
    if (!q) matches.push({ kind: 'none' });
    return matches;
  }, [filter, speakers]);

  useEffect(() => input.current?.focus(), []);

  const choose = (choice: Choice | undefined) => {
    if (!choice) return;
    if (choice.kind === 'speaker') controller.picker.pick({ speakerId: choice.speaker.id });
    else if (choice.kind === 'none') controller.picker.pick({ speakerId: null });
    else controller.picker.pick({ newName: choice.name });
  };

  const activeIndex = Math.min(active, choices.length - 1);
  const top = Math.min(request.anchor.bottom + 4, window.innerHeight - 320);
  return (
    <div className="picker-backdrop" onMouseDown={() => controller.picker.close()}>
      <div
        className="picker"
        role="dialog"
        aria-label="Choose speaker"
        style={{ left: Math.max(8, request.anchor.left), top: Math.max(8, top) }}
        onMouseDown={(e) => e.stopPropagation()}
      >
        <input
          ref={input}
          role="combobox"
          aria-label="Filter speakers"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={choices.length ? `${listId}-${activeIndex}` : undefined}
          placeholder="Type a name…"
          value={filter}
          onChange={(e) => {
            setFilter(e.currentTarget.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, choices.length - 1));
            else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
            else if (e.key === 'Enter') choose(choices[activeIndex]);
            else if (e.key === 'Escape') controller.picker.close();
            else return;
            e.preventDefault();
          }}
        />
        <ul id={listId} role="listbox" aria-label="Speakers">
          {choices.map((choice, i) => (
            <li
              key={choice.kind === 'speaker' ? choice.speaker.id : choice.kind}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === activeIndex}
              className={i === activeIndex ? 'active' : undefined}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(choice);
              }}
            >
              {choice.kind === 'speaker' && (
                <>
                  <span className="speaker-key">{choice.number <= 9 ? choice.number : ''}</span>
                  <span className="picker-name" title={choice.speaker.name}>
                    {choice.speaker.name}
                  </span>{' '}
                  <span className="speaker-role">{choice.speaker.role}</span>
                </>
              )}
              {choice.kind === 'new' && <>New speaker “{choice.name}”</>}
              {choice.kind === 'none' && <span className="muted">Unassigned</span>}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
