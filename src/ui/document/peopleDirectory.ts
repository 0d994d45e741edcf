import { writeDirectoryFile, readDirectoryFile } from '../../core/directory/directoryFile.ts';
import { dismissalKey } from '../../core/directory/forgotten.ts';
import { directoryOffers, type DirectoryOffer } from '../../core/directory/offers.ts';
import { describePerson, personKey, type DirectoryPerson } from '../../core/directory/person.ts';
import { appearanceOf, namedSpeakers, recordsFromTranscript } from '../../core/directory/record.ts';
import { newId } from '../../core/ids.ts';
import type { Suggestions } from '../../core/suggest/types.ts';
import { adoptPerson } from '../../editor/commands/adoptPerson.ts';
import { getMeta, getRoster } from '../../editor/queries/metaAndRoster.ts';
import {
  addToDirectory,
  deletePerson,
  dismissedOffers,
  dismissOffer,
  listPeople,
  mergeIntoPerson,
  putPerson,
} from '../../platform/directoryStore.ts';
import { readTextFile } from '../../platform/readFile.ts';
import { saveTextFile } from '../../platform/saveFile.ts';
import type { PersonOffer, SessionStore } from '../../store/session.ts';
import { afterNextPaint, IdleDebounce } from '../scheduler.ts';
import type { DocumentHost } from './editorHost.ts';

/// The directory of people across transcripts, kept in this browser
/// (`platform/directoryStore.ts`): recording the people a user names, the
/// offers a newly opened transcript gets, and the People dialog's actions.
export class PeopleDirectory {
  /// Recording waits for a pause in roster work and never runs per keystroke:
  /// the records are compared with the last ones written, and only a change
  /// (a name, a role, the header) is written.
  private readonly later = new IdleDebounce(() => void this.record(), 1500, 10_000);
  private written: string | null = null;
  private offers: DirectoryOffer[] = [];
  private generation = 0;

  constructor(
    private readonly host: DocumentHost,
    private readonly store: SessionStore,
    /// The caption suggestions as last read: introductions give affiliations,
    /// and an accepted person takes the turns suggested for them.
    private readonly suggestions: () => Suggestions,
  ) {}

  // ---- recording ----

  /// The roster or the header changed, or the suggestions were read again.
  requestRecord(): void {
    if (!this.host.isReadOnly) this.later.request();
  }

  /// Writes what is pending now (a save, the page going away).
  flush(): void {
    this.later.flush();
  }

  /// Records the people the open transcript names, if they changed since
  /// the last time. Errors are kept quiet: the directory is a convenience,
  /// and the draft's own status line already tells of a browser without storage.
  async record(): Promise<void> {
    this.later.cancel();
    if (this.host.isReadOnly) return;
    const doc = this.host.editorState.doc;
    const speakers = namedSpeakers(getRoster(doc), this.host.original.speakers ?? []);
    const records = recordsFromTranscript(speakers, this.suggestions().candidates, getMeta(doc), today());
    const fingerprint = JSON.stringify(records);
    if (fingerprint === this.written) return;
    this.written = fingerprint;
    if (records.length === 0) return;
    try {
      this.publishPeople(await addToDirectory(records, 'transcript'));
    } catch {
      this.written = null;
    }
  }

  // ---- offers ----

  /// A newly opened transcript: the old one's offers go, the new one's are
  /// read from the directory once the document is on screen.
  reset(): void {
    this.later.cancel();
    this.written = null;
    this.offers = [];
    this.publishOffers();
    const generation = ++this.generation;
    void afterNextPaint()
      .then(() => listPeople())
      .then(async (people) => {
        if (generation !== this.generation) return;
        this.publishPeople(people);
        const doc = this.host.editorState.doc;
        const roster = getRoster(doc).map((s) => s.name);
        const offers = directoryOffers(people, doc.textBetween(0, doc.content.size, '\n'), roster);
        // Offers dismissed in this programme before (an earlier session) stay dismissed.
        const programme = appearanceOf(getMeta(doc));
        const keys = offers.map((o) => dismissalKey(programme, o.person.id));
        const dismissed = await dismissedOffers(keys.filter((k) => k !== null));
        if (generation !== this.generation) return;
        this.offers = offers.filter((_, i) => keys[i] === null || !dismissed.has(keys[i]!));
        this.publishOffers();
        this.requestRecord();
      })
      .catch(() => undefined);
  }

  /// After an edit: offers the roster has taken up in the meantime go.
  rosterChanged(): void {
    const roster = getRoster(this.host.editorState.doc);
    const before = this.offers.length;
    this.offers = this.offers.filter((o) => !roster.some((s) => s.name === o.person.name));
    if (this.offers.length !== before) this.publishOffers();
    this.requestRecord();
  }

  /// Takes the person in, with the directory's spelling and role: the roster
  /// speaker the transcript called them by is renamed, or a new speaker is
  /// added, and the turns the suggestions gave them are assigned. One undo step.
  accept(personId: string): boolean {
    const offer = this.offers.find((o) => o.person.id === personId);
    if (!offer) return false;
    const { person } = offer;
    const keys = new Set([personKey(person.name), ...person.aliases.map(personKey)]);
    const evidence = offer.evidence.replace(/:$/, '');
    const firstName = personKey(person.name).split(' ')[0]!;
    const roster = getRoster(this.host.editorState.doc);
    const speaker =
      roster.find((s) => personKey(s.name) === evidence) ??
      roster.find((s) => keys.has(personKey(s.name)) || personKey(s.name) === firstName);
    const { candidates, turns } = this.suggestions();
    const theirs = new Set(candidates.filter((c) => keys.has(personKey(c.name))).map((c) => c.key));
    const blocks = turns
      .filter((t) => 'candidateKey' in t.speaker && theirs.has(t.speaker.candidateKey))
      .map((t) => t.blockId);
    const done = this.host.run(adoptPerson(person, speaker?.id ?? newId('s'), blocks), false);
    if (done) this.drop(personId);
    return done;
  }

  /// The user turned the offer down: it goes, and does not come back when
  /// this programme is opened again.
  dismiss(personId: string): void {
    this.drop(personId);
    const key = dismissalKey(appearanceOf(getMeta(this.host.editorState.doc)), personId);
    if (key) void dismissOffer(key).catch(() => undefined);
  }

  private drop(personId: string): void {
    this.offers = this.offers.filter((o) => o.person.id !== personId);
    this.publishOffers();
  }

  // ---- the People dialog ----

  /// Reads the directory again (the dialog opens on what is stored now).
  async load(): Promise<void> {
    this.publishPeople(await listPeople());
  }

  /// Saves a person as the user edited them. A changed name keeps the old
  /// one as an alias, so transcripts that spell it so still find them.
  async edit(
    id: string,
    changes: Pick<DirectoryPerson, 'name' | 'role'> & { affiliation: string },
  ): Promise<string | null> {
    const people = await listPeople();
    const person = people.find((p) => p.id === id);
    if (!person) return 'This person is no longer in the directory.';
    const name = changes.name.replace(/\s+/g, ' ').trim();
    if (!name) return 'A name is needed.';
    if (name.length > 300) return 'A name is at most 300 characters.';
    const clash = people.find((p) => p.id !== id && personKey(p.name) === personKey(name));
    if (clash) return `${clash.name} is already in the directory: merge the two instead.`;
    const { affiliation: _, ...rest } = person;
    const affiliation = changes.affiliation.trim().slice(0, 300);
    const oldKey = personKey(person.name);
    await putPerson({
      ...rest,
      name,
      role: changes.role,
      ...(affiliation ? { affiliation } : {}),
      aliases:
        oldKey !== personKey(name) && !person.aliases.includes(oldKey)
          ? [...person.aliases, oldKey]
          : person.aliases,
    });
    await this.load();
    return null;
  }

  /// Folds `otherId` into `keepId`: the kept one's spelling and id stay.
  async merge(keepId: string, otherId: string): Promise<void> {
    await mergeIntoPerson(keepId, otherId);
    await this.load();
  }

  /// Deletes a person; the dialog keeps them for its Undo.
  async remove(id: string): Promise<DirectoryPerson | null> {
    const person = (await listPeople()).find((p) => p.id === id) ?? null;
    await deletePerson(id);
    await this.load();
    return person;
  }

  async restore(person: DirectoryPerson): Promise<void> {
    await putPerson(person);
    await this.load();
  }

  /// The whole directory as a JSON file, saved where the user says (or
  /// downloaded), to share with a desk.
  async exportFile(): Promise<string | null> {
    const people = await listPeople();
    const outcome = await saveTextFile(
      writeDirectoryFile(people),
      'caption-desk-people.json',
      'application/json',
      null,
      true,
    );
    if (!outcome.ok) return outcome.cancelled ? null : outcome.message;
    return `Exported ${count(people.length)} to ${outcome.target.name}.`;
  }

  /// Merges a directory file into this one. A file that is not a directory,
  /// or breaks any rule, changes nothing and says why.
  async importFile(file: File): Promise<{ ok: boolean; message: string }> {
    const decoded = await readTextFile(file);
    if (!decoded.ok) return { ok: false, message: `${file.name}: ${decoded.message}` };
    const read = readDirectoryFile(decoded.text);
    if (!read.ok) return { ok: false, message: `${file.name}: ${read.message} Nothing was imported.` };
    const before = (await listPeople()).length;
    const after = await addToDirectory(read.people);
    this.publishPeople(after);
    const added = after.length - before;
    const merged = Math.max(0, read.people.length - added);
    return {
      ok: true,
      message: `Imported ${count(read.people.length)} from ${file.name}: ${added} new, ${merged} merged with people already here.`,
    };
  }

  private publishPeople(people: readonly DirectoryPerson[]): void {
    this.store.setState({ people });
  }

  private publishOffers(): void {
    const roster = getRoster(this.host.editorState.doc);
    const directoryOffers: PersonOffer[] = this.offers.map((o) => {
      const speaker = roster.find((s) => personKey(s.name) === o.evidence);
      return {
        personId: o.person.id,
        name: o.person.name,
        description: describePerson(o.person),
        evidence: speaker
          ? `the speaker “${speaker.name}” here`
          : o.evidence.endsWith(':')
            ? `the caption prefix “${o.evidence}”`
            : `named in the captions: “${o.evidence}”`,
      };
    });
    this.store.setState({ directoryOffers });
  }
}

function count(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

/// Today in the user's zone, for people recorded from a programme without a date.
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
