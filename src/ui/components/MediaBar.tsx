import { useEffect, useRef } from 'react';
import { useActions, useEditable, useSession } from '../appContext.ts';
import { MEDIA_ACCEPT, RATES, type MediaPlayer } from '../media/MediaPlayer.ts';

/// The recording beside the transcript: open, play, skip, speed, follow,
/// and the two ways to line media time up with the transcript.
export function MediaBar({ player }: { player: MediaPlayer }) {
  const actions = useActions();
  const editable = useEditable();
  const name = useSession((s) => s.mediaName);
  const kind = useSession((s) => s.mediaKind);
  const playing = useSession((s) => s.mediaPlaying);
  const rate = useSession((s) => s.mediaRate);
  const follow = useSession((s) => s.mediaFollow);
  const looping = useSession((s) => s.mediaLooping);
  const remembered = useSession((s) => s.meta.media?.name);
  const offset = useSession((s) => s.meta.media?.offset ?? 0);
  const input = useRef<HTMLInputElement>(null);
  const media = useRef<HTMLMediaElement | null>(null);
  const readout = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    player.attach(media.current, readout.current);
  }, [player, kind, name]);

  const askForFile = remembered && remembered !== name;
  return (
    <div className="media-bar" role="region" aria-label="Media">
      <button type="button" onClick={() => input.current?.click()}>
        {askForFile ? `Open ${remembered}…` : 'Media…'}
      </button>
      <input
        ref={input}
        type="file"
        accept={MEDIA_ACCEPT}
        hidden
        aria-label="Open audio or video file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) player.open(file);
        }}
      />
      {askForFile && <span className="hint">This transcript was last played with {remembered}.</span>}
      {name && (
        <>
          <span className="media-name" title={name}>
            {name}
          </span>
          <button type="button" onClick={() => player.back()} title="Alt+,">
            −5 s
          </button>
          <button type="button" onClick={() => player.togglePlay()} title="Ctrl+Space" aria-pressed={playing}>
            {playing ? 'Pause' : 'Play'}
          </button>
          <button type="button" onClick={() => player.forward()} title="Alt+.">
            +5 s
          </button>
          <span className="media-time" ref={readout} aria-label="Playhead">
            0:00.0
          </span>
          <label>
            Speed{' '}
            <select value={rate} onChange={(e) => player.setRate(Number(e.currentTarget.value))}>
              {RATES.map((r) => (
                <option key={r} value={r}>
                  {r}×
                </option>
              ))}
            </select>
          </label>
          <label>
            <input
              type="checkbox"
              checked={follow}
              onChange={(e) => actions.setMediaFollow(e.currentTarget.checked)}
            />{' '}
            Follow
          </label>
          <button
            type="button"
            onClick={() => player.blockStartsNow()}
            title="Shift+Alt+T"
            disabled={!editable}
          >
            This turn starts now
          </button>
          <button
            type="button"
            onClick={() => player.setStartFromPlayhead()}
            title="Alt+T"
            disabled={!editable}
          >
            Set turn start
          </button>
          {offset !== 0 && <span className="hint">offset {offset.toFixed(2)} s</span>}
          {looping && <span className="media-loop">Looping the gap: type to stop</span>}
        </>
      )}
      {kind === 'video' ? (
        <video ref={(el) => void (media.current = el)} className="media-video" playsInline />
      ) : (
        <audio ref={(el) => void (media.current = el)} />
      )}
    </div>
  );
}
