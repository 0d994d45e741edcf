import { formatClock } from '../../core/clock.ts';
import { useSession } from '../appContext.ts';
import { SAMPLE } from '../sample.ts';

export function ProgrammeHeader() {
  const meta = useSession((s) => s.meta);
  const range =
    meta.startClock !== undefined
      ? `${formatClock(meta.startClock)}${meta.endClock !== undefined ? `–${formatClock(meta.endClock)}` : ''}${meta.timeZone ? ` ${meta.timeZone}` : ''}`
      : '';
  const details = [meta.network, meta.date, range].filter(Boolean).join(' · ');
  return (
    <header className="programme">
      <h1>{meta.title || meta.source || 'Untitled transcript'}</h1>
      {details && <p className="programme-details">{details}</p>}
      {meta.source === SAMPLE.name && (
        <p className="sample-note" role="note">
          <strong>Sample programme</strong>, written for Caption Desk to try things on. Open your own
          transcript with <em>Open</em> or <em>Paste text…</em>
        </p>
      )}
    </header>
  );
}
