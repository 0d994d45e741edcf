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
  const startClock = useSession((s) => s.meta.startClock);
  const input = useRef<HTMLInputElement>(null);
  const media = useRef<HTMLMediaElement | null>(null);
  const playhead = useRef<HTMLSpanElement>(null);
  const slider = useRef<HTMLInputElement>(null);
  const duration = useRef<HTMLSpanElement>(null);
  const programme = useRef<HTMLSpanElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const note = useRef<HTMLSpanElement>(null);

  // The player writes these elements itself as the media plays: React
  // renders them once and never per playback tick.
  useEffect(() => {
    player.attach(media.current, {
      playhead: playhead.current,
      slider: slider.current,
      duration: duration.current,
      programme: programme.current,
      canvas: canvas.current,
      note: note.current,
    });
  }, [player, kind, name]);

  // Programme time moves with the header's start clock and the media offset.
  useEffect(() => player.refresh(), [player, startClock, offset]);

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
          <div className="media-seek">
            <span className="media-time" ref={playhead} aria-label="Playhead">
              0:00.0
            </span>
            <div className="media-track">
              <canvas className="media-levels" ref={canvas} role="img" aria-label="Level strip" />
              <input
                ref={slider}
                className="media-slider"
                type="range"
                aria-label="Seek"
                title="Arrow keys: 5 s; Page Up and Page Down: 1 minute; Home and End"
                min={0}
                step="any"
                defaultValue={0}
              />
            </div>
            <span className="media-time" ref={duration} aria-label="Duration">
              0:00.0
            </span>
            <span
              className="media-programme"
              ref={programme}
              aria-label="Programme time"
              title="Programme time (the clock on the page) at the playhead / at the end of the recording"
            />
            <span className="media-levels-note" ref={note} />
          </div>
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
