import { useState } from 'react';
import {
  EXPORT_FORMATS,
  exportFormat,
  type ExportFormatId,
  type ExportOptions,
  type GapMode,
  type SpeakerLabelStyle,
} from '../../core/export/index.ts';
import type { PlainTextOptions } from '../../core/export/text.ts';
import { Modal } from './Modal.tsx';
import { useController, useSession } from '../appContext.ts';

type Timestamps = PlainTextOptions['timestamps'];

const GAP_LABELS: Record<GapMode, string> = {
  keep: 'Keep gap tags ([indiscernible]); corrections as typed',
  mark: 'Mark corrected text, so readers see it was a gap',
  clean: 'Clean text: no gap or sound tags',
};

const SPEAKER_LABEL_TEXT: Record<SpeakerLabelStyle, string> = {
  'name-and-role': 'Name and role (Sami (host))',
  name: 'Name only',
  none: 'No speaker labels',
};

/// Every format users deliver, with the options each one reads, and the
/// correction log. Names and roles always come from the roster.
/// Caption formats: speaker names alone by default, and `>>` before a turn
/// nobody is assigned to.
const CAPTION_FORMATS: ReadonlySet<string> = new Set(['srt', 'vtt', 'ttml']);

export function ExportDialog() {
  const open = useSession((s) => s.dialog?.kind === 'export');
  const controller = useController();
  const [format, setFormat] = useState<ExportFormatId>('txt');
  const [timestamps, setTimestamps] = useState<Timestamps>('none');
  // Null: the format's own default (names alone in captions, name and role in documents).
  const [chosenSpeakers, setSpeakers] = useState<SpeakerLabelStyle | null>(null);
  const [mergeTurns, setMergeTurns] = useState(false);
  const [gaps, setGaps] = useState<GapMode>('keep');
  const [textOnly, setTextOnly] = useState(false);
  const [withCase, setWithCase] = useState(true);
  const [capitalize, setCapitalize] = useState(false);
  const [links, setLinks] = useState(false);
  const [outside, setOutside] = useState(false);
  const meta = useSession((s) => s.meta);
  if (!open) return null;
  const hasSource = meta.link !== undefined;
  const hasBounds = meta.bounds?.start !== undefined || meta.bounds?.end !== undefined;
  const captions = CAPTION_FORMATS.has(format);
  const speakers = chosenSpeakers ?? (captions ? 'name' : 'name-and-role');
  const reads = new Set<string>(exportFormat(format)?.options ?? []);
  const marksUnassigned = captions && speakers !== 'none';
  const options: ExportOptions = {};
  if (reads.has('timestamps')) options.timestamps = timestamps;
  if (reads.has('speakers')) options.speakers = speakers;
  if (reads.has('mergeTurns')) options.mergeTurns = mergeTurns;
  if (reads.has('gaps')) options.gaps = gaps;
  if (reads.has('capitalize') && capitalize) options.capitalize = true;
  if (reads.has('links') && links && hasSource) options.links = true;
  if (reads.has('outside') && outside) options.outside = true;
  return (
    <Modal title="Export" onClose={() => controller.closeDialog('export')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void controller.saver.exportAs(format, options);
          controller.closeDialog('export');
        }}
      >
        <label className="field">
          Format
          <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ExportFormatId)}>
            {EXPORT_FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label} (.{f.extension})
              </option>
            ))}
          </select>
        </label>
        {reads.has('timestamps') && (
          <fieldset>
            <legend>Timestamps</legend>
            {(
              [
                ['none', 'None'],
                ['clock', 'Clock time (5:31 am)'],
                ['offset', 'Offset from start (00:01:00)'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name="timestamps"
                  checked={timestamps === value}
                  onChange={() => setTimestamps(value)}
                />{' '}
                {label}
              </label>
            ))}
          </fieldset>
        )}
        {reads.has('speakers') && (
          <label className="field">
            Speakers
            <select
              value={speakers}
              aria-describedby={marksUnassigned ? 'export-speakers-hint' : undefined}
              onChange={(e) => setSpeakers(e.currentTarget.value as SpeakerLabelStyle)}
            >
              {Object.entries(SPEAKER_LABEL_TEXT).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </label>
        )}
        {marksUnassigned && (
          <p className="hint" id="export-speakers-hint">
            A turn with no speaker assigned starts with &gt;&gt;, as broadcast captions mark a new speaker.
          </p>
        )}
        {reads.has('mergeTurns') && (
          <label>
            <input
              type="checkbox"
              checked={mergeTurns}
              onChange={(e) => setMergeTurns(e.currentTarget.checked)}
            />{' '}
            Merge consecutive turns of the same speaker
          </label>
        )}
        {reads.has('gaps') && (
          <fieldset>
            <legend>Gaps</legend>
            {(Object.keys(GAP_LABELS) as GapMode[]).map((value) => (
              <label key={value}>
                <input type="radio" name="gaps" checked={gaps === value} onChange={() => setGaps(value)} />{' '}
                {GAP_LABELS[value]}
              </label>
            ))}
          </fieldset>
        )}
        {reads.has('capitalize') && (
          <label>
            <input
              type="checkbox"
              checked={capitalize}
              onChange={(e) => setCapitalize(e.currentTarget.checked)}
            />{' '}
            Capitalize (sentence starts, names, places, acronyms; the transcript stays as it is)
          </label>
        )}
        {reads.has('links') && (
          <label className="export-option">
            <input
              type="checkbox"
              checked={links && hasSource}
              disabled={!hasSource}
              aria-describedby={hasSource ? undefined : 'export-links-hint'}
              onChange={(e) => setLinks(e.currentTarget.checked)}
            />{' '}
            Links to the source (each turn links to its moment)
          </label>
        )}
        {reads.has('links') && !hasSource && (
          <p className="hint" id="export-links-hint">
            Set the programme&rsquo;s source in its header (Edit details) to add links.
          </p>
        )}
        {reads.has('outside') && hasBounds && (
          <label className="export-option">
            <input type="checkbox" checked={outside} onChange={(e) => setOutside(e.currentTarget.checked)} />{' '}
            Include turns outside the programme
          </label>
        )}
        <div className="modal-actions">
          <button type="button" onClick={() => controller.closeDialog('export')}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Export
          </button>
        </div>
        <fieldset className="correction-log">
          <legend>Correction log</legend>
          <p className="hint">
            Every change since import, turn by turn: time, speaker changes (assignments, splits, joins,
            renames, merges), before and after, gaps.
          </p>
          <label>
            <input
              type="checkbox"
              checked={textOnly}
              onChange={(e) => setTextOnly(e.currentTarget.checked)}
            />{' '}
            Text changes only
          </label>
          <label>
            <input
              type="checkbox"
              checked={withCase}
              onChange={(e) => setWithCase(e.currentTarget.checked)}
            />{' '}
            Include changes of capitalization alone
          </label>
          <button
            type="button"
            onClick={() => controller.saver.exportCorrectionLog('csv', { textOnly, ignoreCase: !withCase })}
          >
            Correction log (CSV)
          </button>{' '}
          <button
            type="button"
            onClick={() => controller.saver.exportCorrectionLog('md', { textOnly, ignoreCase: !withCase })}
          >
            Correction log (Markdown)
          </button>
        </fieldset>
      </form>
    </Modal>
  );
}
