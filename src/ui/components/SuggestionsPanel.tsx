import { personKey } from '../../core/directory/person.ts';
import { useController, useEditable, useSession } from '../appContext.ts';

/// Who the captions say speaks where: dim names on unassigned blocks
/// (Alt+A accepts one), accepted all at once here, never applied silently;
/// and people from the directory this transcript names.
export function SuggestionsPanel() {
  const controller = useController();
  const editable = useEditable();
  const count = useSession((s) => s.suggestionCount);
  const offers = useSession((s) => s.directoryOffers);
  const introduced = useSession((s) => s.candidates);
  // A person the directory knows is offered once, as the directory has them.
  const offered = new Set(offers.map((o) => personKey(o.name)));
  const candidates = introduced.filter((c) => !offered.has(personKey(c.name)));
  if (count === 0 && candidates.length === 0 && offers.length === 0) return null;
  return (
    <section className="panel suggestions" aria-labelledby="suggestions-heading">
      <h2 id="suggestions-heading">Suggestions</h2>
      {count > 0 && (
        <p>
          {count === 1 ? '1 unassigned turn has' : `${count} unassigned turns have`} a suggested speaker,
          shown dimmed with a question mark. <kbd>Alt+A</kbd> accepts the one at the cursor.{' '}
          <button type="button" onClick={() => controller.suggest.acceptAll()} disabled={!editable}>
            Accept all suggestions
          </button>
        </p>
      )}
      {offers.length > 0 && (
        <>
          <p className="hint">From your directory of people, named in this transcript:</p>
          <ul className="candidate-list" aria-label="People from the directory">
            {offers.map((o) => (
              <li key={o.personId}>
                <div>
                  <strong>{o.description}</strong>
                  <div className="hint">{o.evidence}</div>
                </div>
                <span className="offer-actions">
                  <button
                    type="button"
                    aria-label={`Use ${o.description}`}
                    disabled={!editable}
                    onClick={() => controller.directory.accept(o.personId)}
                  >
                    Use
                  </button>
                  <button
                    type="button"
                    aria-label={`Dismiss ${o.name}`}
                    onClick={() => controller.directory.dismiss(o.personId)}
                  >
                    Dismiss
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {candidates.length > 0 && (
        <>
          <p className="hint">Introduced in the captions, not yet in the roster:</p>
          <ul className="candidate-list" aria-label="Suggested speakers">
            {candidates.map((c) => (
              <li key={c.key}>
                <div>
                  <strong>{c.name}</strong> <span className="speaker-role">{c.role}</span>
                  {c.affiliation && <div className="hint">{c.affiliation}</div>}
                </div>
                <button
                  type="button"
                  aria-label={`Add ${c.name}`}
                  disabled={!editable}
                  onClick={() => controller.suggest.addCandidate(c.key)}
                >
                  Add
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
