import { useEffect, useRef, useState } from 'react';
import type { SearchQuery } from '../../editor/search/query.ts';
import { useController, useEditable, useSession } from '../appContext.ts';

/// Find and replace over the text: plain or regular expression, match case,
/// optionally one speaker's blocks. Never touches speakers, times or gaps.
export function FindPanel() {
  const controller = useController();
  const search = useSession((s) => s.search);
  const editable = useEditable();
  const speakers = useSession((s) => s.speakers);
  const [replacement, setReplacement] = useState('');
  const findInput = useRef<HTMLInputElement>(null);
  useEffect(() => findInput.current?.focus(), []);
  const update = (patch: Partial<SearchQuery>) => controller.find.set({ ...search.query, ...patch });
  const status = search.query.text
    ? search.count === 0
      ? 'No matches'
      : search.current
        ? `${search.current} of ${search.count}`
        : `${search.count} ${search.count === 1 ? 'match' : 'matches'}`
    : '';
  return (
    <section className="panel find" aria-labelledby="find-heading">
      <h2 id="find-heading">Find and replace</h2>
      <label className="field">
        Find
        <input
          id="find-input"
          ref={findInput}
          value={search.query.text}
          onChange={(e) => update({ text: e.currentTarget.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              controller.find.next(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape') controller.focus();
          }}
        />
      </label>
      <label className="field">
        Replace with
        <input
          value={replacement}
          onChange={(e) => setReplacement(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              controller.find.replace(replacement);
            } else if (e.key === 'Escape') controller.focus();
          }}
        />
      </label>
      <div className="find-options">
        <label>
          <input
            type="checkbox"
            checked={search.query.regex}
            onChange={(e) => update({ regex: e.currentTarget.checked })}
          />{' '}
          Regular expression
        </label>
        <label>
          <input
            type="checkbox"
            checked={search.query.caseSensitive}
            onChange={(e) => update({ caseSensitive: e.currentTarget.checked })}
          />{' '}
          Match case
        </label>
        <label>
          In{' '}
          <select
            value={search.query.speakerId ?? ''}
            onChange={(e) => update({ speakerId: e.currentTarget.value || null })}
          >
            <option value="">all speakers</option>
            {speakers.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="find-status" role="status" aria-live="polite">
        {status}
      </p>
      {search.message && <p className="hint">{search.message}</p>}
      <div className="find-actions">
        {/* Unavailable without matches, yet focusable: Replace all, pressed
            from the keyboard, ends with no matches, and a disabled button
            would drop the focus to the page. */}
        {(
          [
            ['Previous', false, () => controller.find.next(-1)],
            ['Next', false, () => controller.find.next(1)],
            ['Replace', true, () => controller.find.replace(replacement)],
            ['Replace all', true, () => controller.find.replaceAll(replacement)],
          ] as const
        ).map(([label, changes, act]) => (
          <button
            key={label}
            type="button"
            aria-disabled={search.count === 0 || (changes && !editable)}
            onClick={() => {
              if (search.count > 0 && (editable || !changes)) act();
            }}
          >
            {label}
          </button>
        ))}
      </div>
      <p className="hint">
        Enter finds the next match, Shift+Enter the previous. Matches inside gaps are not replaced. The
        browser’s own find (Ctrl+F) still searches the whole page.
      </p>
    </section>
  );
}
