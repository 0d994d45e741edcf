import { useController, useEditable, useSession } from '../appContext.ts';

/// Who the captions say speaks where: dim names on unassigned blocks
/// (Alt+A accepts one), accepted all at once here, never applied silently.
export function SuggestionsPanel() {
  const controller = useController();
  const editable = useEditable();
  const count = useSession((s) => s.suggestionCount);
  const candidates = useSession((s) => s.candidates);
  if (count === 0 && candidates.length === 0) return null;
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
