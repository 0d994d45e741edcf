import { useState } from 'react';
import { formatOffset } from '../../core/clock.ts';
import { proposeArchiveIdentifier } from '../../core/source/archiveIdentifier.ts';
import { archiveIdentifier, webAddress } from '../../core/source/turnLink.ts';
import { parseTimeQuery } from '../../core/timeQuery.ts';
import type { ProgrammeMeta, SourceLink } from '../../core/transcript.ts';
import { setMetaField } from '../../editor/commands/meta.ts';
import { useController } from '../appContext.ts';

const ARCHIVE_PAGE = 'https://archive.org/details/';

/// Where the programme can be watched: a TV News Archive page (pasted, or
/// the identifier the app proposes from the header, accepted with one
/// click), or any other address with the time the programme starts in it.
/// Each change is one undo step; nothing is fetched.
export function SourceField({ meta }: { meta: ProgrammeMeta }) {
  const controller = useController();
  const [error, setError] = useState('');
  const link = meta.link;
  const identifier = archiveIdentifier(link);
  const save = (next: SourceLink | undefined) => controller.run(setMetaField('link', next), false);

  const commitAddress = (raw: string) => {
    const text = raw.trim();
    if (text === (link?.address ?? '')) return setError('');
    if (text === '') {
      setError('');
      return save(undefined);
    }
    if (!archiveIdentifier({ address: text }) && !webAddress(text)) {
      return setError('Paste a web address (https://…): an Archive page or where the programme can be seen.');
    }
    setError('');
    save({ address: text, ...(link?.offset !== undefined ? { offset: link.offset } : {}) });
  };

  const commitOffset = (raw: string) => {
    if (!link) return;
    const text = raw.trim();
    const parsed = text === '' ? null : parseTimeQuery(text);
    if (parsed && !parsed.ok) return setError(`The start time: ${parsed.message}`);
    setError('');
    const offset = parsed?.ok && parsed.seconds > 0 ? parsed.seconds : undefined;
    if (offset === link.offset) return;
    save({ address: link.address, ...(offset !== undefined ? { offset } : {}) });
  };

  return (
    <div className="source-field">
      <label className="field wide">
        Source
        <input
          key={link?.address ?? ''}
          type="url"
          inputMode="url"
          placeholder="https://archive.org/details/…"
          defaultValue={link?.address ?? ''}
          aria-describedby="source-hint"
          aria-invalid={error !== '' || undefined}
          onBlur={(e) => commitAddress(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitAddress(e.currentTarget.value);
            }
          }}
        />
      </label>
      {link && !identifier && (
        <label className="field narrow">
          Programme starts at
          <input
            key={link.offset ?? 0}
            placeholder="0:00:00"
            defaultValue={link.offset ? formatOffset(link.offset) : ''}
            aria-describedby="source-hint"
            onBlur={(e) => commitOffset(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                commitOffset(e.currentTarget.value);
              }
            }}
          />
        </label>
      )}
      <div id="source-hint" className="source-hint">
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : identifier ? (
          <p className="hint">Archive item {identifier}: each turn links to its moment.</p>
        ) : link ? (
          <p className="hint">Each turn links to its moment as {link.address}#t=start,end.</p>
        ) : null}
        {!identifier && <Proposal meta={meta} onAccept={(id) => save({ address: `${ARCHIVE_PAGE}${id}` })} />}
      </div>
    </div>
  );
}

/// The Archive identifier the header points to, with any doubt, or why
/// there is none.
function Proposal({ meta, onAccept }: { meta: ProgrammeMeta; onAccept: (identifier: string) => void }) {
  const proposal = proposeArchiveIdentifier(meta);
  if (proposal.identifier === null) {
    return <p className="hint">No Archive page proposed: {proposal.reason}</p>;
  }
  const id = proposal.identifier;
  return (
    <p className="hint source-proposal">
      {proposal.certain ? 'Archive page from the header: ' : 'Archive page from the header, not certain: '}
      <code>{id}</code>{' '}
      <button type="button" onClick={() => onAccept(id)}>
        Use this page
      </button>
      {proposal.doubts.length > 0 && <span className="source-doubts"> {proposal.doubts.join(' ')}</span>}
    </p>
  );
}
