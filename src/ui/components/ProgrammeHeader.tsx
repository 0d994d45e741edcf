import { useState, type ReactNode } from 'react';
import { formatClock } from '../../core/clock.ts';
import type { ProgrammeMeta } from '../../core/transcript.ts';
import { setMetaField, type EditableMetaKey } from '../../editor/commands/meta.ts';
import { useController, useEditable, useSession } from '../appContext.ts';
import { SAMPLE } from '../sample.ts';
import { SourceField } from './SourceField.tsx';
import { ProgrammeBounds } from './ProgrammeBounds.tsx';
import { archiveIdentifier, webAddress } from '../../core/source/turnLink.ts';

/// The programme's title and details, editable in place: the Archive's slot
/// name is often not the programme. Each field is one undo step.
export function ProgrammeHeader() {
  const meta = useSession((s) => s.meta);
  const editable = useEditable();
  const [editing, setEditing] = useState(false);
  const range =
    meta.startClock !== undefined
      ? `${formatClock(meta.startClock)}${meta.endClock !== undefined ? `–${formatClock(meta.endClock)}` : ''}${meta.timeZone ? ` ${meta.timeZone}` : ''}`
      : '';
  const details = [meta.network, meta.date, range].filter(Boolean).join(' · ');
  return (
    <header className="programme">
      <div className="programme-title">
        <h1>{meta.title || meta.source || 'Untitled transcript'}</h1>
        <button
          type="button"
          aria-expanded={editing}
          aria-controls="programme-fields"
          disabled={!editable}
          onClick={() => setEditing((e) => !e)}
        >
          {editing ? 'Done' : 'Edit details'}
        </button>
      </div>
      {(details || meta.link) && (
        <p className="programme-details">
          {details}
          {meta.link && <SourceLinkText address={meta.link.address} separated={details !== ''} />}
        </p>
      )}
      {editing && <ProgrammeFields meta={meta} />}
      <ProgrammeBounds />
      {meta.source === SAMPLE.name && (
        <p className="sample-note" role="note">
          <strong>Sample programme</strong>, written for Caption Desk to try things on. Open your own
          transcript with <em>Open</em> or <em>Paste text…</em>
        </p>
      )}
    </header>
  );
}

/// The source as a link to open in a new tab (only an http(s) address is
/// ever made a link), named by its Archive identifier where it has one.
function SourceLinkText({ address, separated }: { address: string; separated: boolean }) {
  const href = webAddress(address);
  const name = archiveIdentifier({ address }) ?? address;
  return (
    <>
      {separated && ' · '}
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer" title="The programme's source">
          {name}
        </a>
      ) : (
        name
      )}
    </>
  );
}

function ProgrammeFields({ meta }: { meta: ProgrammeMeta }) {
  return (
    <fieldset id="programme-fields" className="programme-fields">
      <legend className="sr-only">Programme details</legend>
      <MetaField field="title" label="Title" value={meta.title ?? ''} wide />
      <MetaField field="network" label="Network" value={meta.network ?? ''} />
      <MetaField field="date" label="Date" type="date" value={meta.date ?? ''} />
      <MetaField field="startClock" label="Starts" type="time" value={timeValue(meta.startClock)} />
      <MetaField field="endClock" label="Ends" type="time" value={timeValue(meta.endClock)} />
      <MetaField field="timeZone" label="Time zone" value={meta.timeZone ?? ''} narrow />
      <SourceField meta={meta} />
    </fieldset>
  );
}

type TextMetaKey = Exclude<EditableMetaKey, 'link' | 'bounds'>;

/// One detail: written to the document when the field is left or Enter is
/// pressed, as one undo step. Keyed on the document's value, so an undo
/// shows in the field at once.
function MetaField(props: {
  field: TextMetaKey;
  label: ReactNode;
  value: string;
  type?: 'text' | 'date' | 'time';
  wide?: boolean;
  narrow?: boolean;
}) {
  const controller = useController();
  const commit = (raw: string) => {
    const text = raw.trim();
    if (text === props.value) return;
    const isClock = props.field === 'startClock' || props.field === 'endClock';
    const value = text === '' ? undefined : isClock ? clockValue(text) : text;
    if (value === null) return;
    controller.run(setMetaField(props.field, value), false);
  };
  return (
    <label className={`field${props.wide ? ' wide' : ''}${props.narrow ? ' narrow' : ''}`}>
      {props.label}
      <input
        key={props.value}
        type={props.type ?? 'text'}
        defaultValue={props.value}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(e.currentTarget.value);
          }
        }}
      />
    </label>
  );
}

/// Minutes after midnight as an `<input type="time">` value (`17:30`).
function timeValue(minutes: number | undefined): string {
  if (minutes === undefined) return '';
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function clockValue(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})/.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}
