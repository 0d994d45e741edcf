import { useEffect, useId, useRef, useState } from 'react';
import { personKey, type DirectoryPerson } from '../../core/directory/person.ts';
import { ROLES, type Role } from '../../core/transcript.ts';
import { useController, useSession } from '../appContext.ts';
import { Modal } from './Modal.tsx';

/// Rows shown at once: a desk's directory can hold thousands of people, and
/// the search finds the rest.
const SHOWN = 200;

type Panel = { kind: 'edit'; id: string } | { kind: 'merge'; id: string } | null;
type Message = { kind: 'ok' | 'error'; text: string; undo?: DirectoryPerson };

/// The directory of people across transcripts (Alt+K): search, edit, merge,
/// delete (with Undo), export and import as a JSON file.
export function PeopleDialog() {
  const open = useSession((s) => s.dialog?.kind === 'people');
  return open ? <People /> : null;
}

function People() {
  const controller = useController();
  const directory = controller.directory;
  const people = useSession((s) => s.people);
  const [query, setQuery] = useState('');
  const [panel, setPanel] = useState<Panel>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const importInput = useRef<HTMLInputElement>(null);
  const searchField = useRef<HTMLInputElement>(null);
  // The Delete button goes with its row: the focus goes to Undo.
  const undoButton = useRef<HTMLButtonElement>(null);
  const close = () => controller.closeDialog('people');
  const table = useRef<HTMLDivElement>(null);

  /// An edit or merge form closes: its message shows, and the focus goes
  /// back to the row's first button (the person kept, after a merge), or
  /// to the search field when the row has gone.
  const finish = (text: string | null) => {
    const id = panel?.id;
    setPanel(null);
    if (text) setMessage({ kind: 'ok', text });
    requestAnimationFrame(() => {
      const row = [...(table.current?.querySelectorAll<HTMLElement>('[data-person]') ?? [])].find(
        (el) => el.dataset['person'] === id,
      );
      (row ?? searchField.current)?.focus();
    });
  };

  // Once the deletion's message with its Undo is on screen (not a frame
  // after the promise: React may not have drawn it yet).
  const undoShown = message?.undo !== undefined;
  useEffect(() => {
    if (undoShown) undoButton.current?.focus();
  }, [undoShown, message]);

  useEffect(() => {
    directory.load().catch(() =>
      setMessage({
        kind: 'error',
        text: 'This browser will not keep the directory (IndexedDB is unavailable).',
      }),
    );
  }, [directory]);

  const all = people ?? [];
  const matches = all.filter((p) => matchesQuery(p, query));
  const shown = matches.slice(0, SHOWN);
  const person = (id: string) => all.find((p) => p.id === id);
  const editing = panel && person(panel.id);

  const run = async (work: () => Promise<Message | null>) => {
    try {
      const result = await work();
      if (result) setMessage(result);
    } catch (error) {
      setMessage({ kind: 'error', text: `The directory could not be changed: ${String(error)}` });
    }
  };

  return (
    <Modal title="People" onClose={close} wide>
      <p className="hint">
        Everyone you have named in a transcript, across programmes. Kept in this browser only: export the
        directory to share it with your desk, import a colleague’s to merge it in.
      </p>
      <div className="people-tools">
        <label>
          Search people{' '}
          <input
            ref={searchField}
            type="search"
            autoFocus
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            placeholder="name, role, affiliation, programme"
          />
        </label>
        <span className="toolbar-fill" />
        <button
          type="button"
          onClick={() =>
            void run(async () => {
              const text = await directory.exportFile();
              return text === null ? null : { kind: text.startsWith('Exported') ? 'ok' : 'error', text };
            })
          }
          disabled={all.length === 0}
        >
          Export…
        </button>
        <button type="button" onClick={() => importInput.current?.click()}>
          Import…
        </button>
        <input
          ref={importInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Import a directory file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file)
              void run(async () => {
                const result = await directory.importFile(file);
                return { kind: result.ok ? 'ok' : 'error', text: result.message };
              });
          }}
        />
      </div>
      {message && (
        <p
          className={message.kind === 'error' ? 'form-error' : 'people-message'}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}{' '}
          {message.undo && (
            <button
              type="button"
              ref={undoButton}
              aria-label={`Undo: put ${message.undo.name} back`}
              onClick={() => {
                const back = message.undo!;
                void run(async () => {
                  await directory.restore(back);
                  return { kind: 'ok', text: `${back.name} is back in the directory.` };
                });
              }}
            >
              Undo
            </button>
          )}
        </p>
      )}
      {panel?.kind === 'edit' && editing && <EditPerson person={editing} onDone={(text) => finish(text)} />}
      {panel?.kind === 'merge' && editing && (
        <MergePerson
          person={editing}
          others={all.filter((p) => p.id !== editing.id)}
          onDone={(text) => finish(text)}
        />
      )}
      {people === null ? (
        <p role="status">Reading the directory…</p>
      ) : all.length === 0 ? (
        <p>
          Nobody yet. The people you name in a transcript (a full name, or a name you give a speaker) appear
          here.
        </p>
      ) : (
        <>
          <p className="hint" role="status" aria-live="polite">
            {query.trim() ? `${count(matches.length)} of ${all.length} match` : count(all.length)}
            {matches.length > SHOWN && `; the first ${SHOWN} are shown, search to find the others`}
          </p>
          <div className="people-scroll" ref={table}>
            <table className="people">
              <caption className="sr-only">People in the directory</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Affiliation</th>
                  <th scope="col">Programmes</th>
                  <th scope="col">First seen</th>
                  <th scope="col">Last seen</th>
                  <th scope="col">
                    <span className="sr-only">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {shown.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">
                      {p.name}
                      {p.aliases.length > 0 && <div className="hint">also {p.aliases.join(', ')}</div>}
                    </th>
                    <td>{p.role}</td>
                    <td>{p.affiliation ?? ''}</td>
                    <td>{programmes(p)}</td>
                    <td>{p.firstSeen}</td>
                    <td>{p.lastSeen}</td>
                    <td className="people-actions">
                      <button
                        type="button"
                        aria-label={`Edit ${p.name}`}
                        data-person={p.id}
                        onClick={() => setPanel({ kind: 'edit', id: p.id })}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        aria-label={`Merge ${p.name}`}
                        disabled={all.length < 2}
                        onClick={() => setPanel({ kind: 'merge', id: p.id })}
                      >
                        Merge…
                      </button>
                      <button
                        type="button"
                        aria-label={`Delete ${p.name}`}
                        onClick={() =>
                          void run(async () => {
                            if (panel?.id === p.id) setPanel(null);
                            const removed = await directory.remove(p.id);
                            return removed && { kind: 'ok', text: `Deleted ${removed.name}.`, undo: removed };
                          })
                        }
                      >
                        Delete
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={close}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function EditPerson({
  person,
  onDone,
}: {
  person: DirectoryPerson;
  onDone: (message: string | null) => void;
}) {
  const { directory } = useController();
  const [name, setName] = useState(person.name);
  const [role, setRole] = useState<Role>(person.role);
  const [affiliation, setAffiliation] = useState(person.affiliation ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="people-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void directory.edit(person.id, { name, role, affiliation }).then(
          (why) => (why ? setProblem(why) : onDone(`Saved ${name.trim()}.`)),
          (error: unknown) => setProblem(String(error)),
        );
      }}
    >
      <h3 id={`${id}-title`}>Edit {person.name}</h3>
      <label>
        Name <input autoFocus value={name} maxLength={300} onChange={(e) => setName(e.currentTarget.value)} />
      </label>
      <label>
        Role{' '}
        <select value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        Affiliation{' '}
        <input value={affiliation} maxLength={300} onChange={(e) => setAffiliation(e.currentTarget.value)} />
      </label>
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}

function MergePerson({
  person,
  others,
  onDone,
}: {
  person: DirectoryPerson;
  others: readonly DirectoryPerson[];
  onDone: (message: string | null) => void;
}) {
  const { directory } = useController();
  // The likeliest other record of the same person: one sharing the first name.
  const first = personKey(person.name).split(' ')[0];
  const [otherId, setOtherId] = useState(
    (others.find((p) => personKey(p.name).split(' ')[0] === first) ?? others[0])?.id ?? '',
  );
  const [keep, setKeep] = useState<'this' | 'other'>('this');
  const other = others.find((p) => p.id === otherId);
  const id = useId();
  return (
    <form
      className="people-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        if (!other) return;
        const [kept, gone] = keep === 'this' ? [person, other] : [other, person];
        void directory.merge(kept.id, gone.id).then(
          () => onDone(`Merged ${gone.name} into ${kept.name}.`),
          (error: unknown) => onDone(String(error)),
        );
      }}
    >
      <h3 id={`${id}-title`}>Merge {person.name}</h3>
      <label>
        With{' '}
        <select autoFocus value={otherId} onChange={(e) => setOtherId(e.currentTarget.value)}>
          {others.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
              {p.affiliation ? ` (${p.affiliation})` : ''}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>Keep the name</legend>
        <label>
          <input
            type="radio"
            name={`${id}-keep`}
            checked={keep === 'this'}
            onChange={() => setKeep('this')}
          />{' '}
          {person.name}
        </label>
        <label>
          <input
            type="radio"
            name={`${id}-keep`}
            checked={keep === 'other'}
            onChange={() => setKeep('other')}
          />{' '}
          {other?.name ?? ''}
        </label>
      </fieldset>
      <p className="hint">
        The other name becomes an alias; programmes and dates are combined. This cannot be undone.
      </p>
      <div className="modal-actions">
        <button type="button" onClick={() => onDone(null)}>
          Cancel
        </button>
        <button type="submit" className="primary" disabled={!other}>
          Merge
        </button>
      </div>
    </form>
  );
}

function matchesQuery(p: DirectoryPerson, query: string): boolean {
  const words = personKey(query).split(' ').filter(Boolean);
  if (words.length === 0) return true;
  const haystack = personKey(
    [
      p.name,
      p.role,
      p.affiliation ?? '',
      ...p.aliases,
      ...p.appearances.map((a) => `${a.title ?? ''} ${a.network ?? ''}`),
    ].join(' '),
  );
  return words.every((w) => haystack.includes(w));
}

/// `Inside Story (3), Newshour`: each programme once, with how often.
function programmes(p: DirectoryPerson): string {
  const counts = new Map<string, number>();
  for (const a of p.appearances) {
    const title = a.title ?? a.network ?? 'untitled';
    counts.set(title, (counts.get(title) ?? 0) + 1);
  }
  return [...counts].map(([title, n]) => (n > 1 ? `${title} (${n})` : title)).join(', ');
}

function count(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}
