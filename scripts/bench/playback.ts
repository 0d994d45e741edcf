/// Typing while the media plays (`key p50/p95/max playing`): the issue's
/// target is that p95 during playback on a 10-hour transcript stays within
/// 10 % of p95 without playback.
///
/// A generated WAV (mono, 8 kHz, 16-bit PCM, MEDIA_SECONDS of a quiet tone)
/// is opened through the media bar's "Media…" button. The caret goes to the
/// end of the middle block, as for the keystrokes without playback, and
/// Shift+Alt+T ("this turn starts now") lines the media up so that turn
/// starts at 0:00 of the recording: the turn being played, highlighted and
/// followed, is the one being typed in, as when transcribing. Ctrl+Space
/// plays, the same keystrokes are typed and timed, and Ctrl+Space pauses
/// again so later steps run without playback. Checked: the audio element is
/// playing before and after the typing, its time advanced meanwhile, and a
/// `.block.playing` exists.

import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { makeWav } from '../../tests/support/wav.ts';
import { BenchError, nextFrames, placeCaretInMiddleBlock, type Metrics, type Session } from './common.ts';
import { summarise, typeTimed, TYPED_PLAYING } from './keystrokes.ts';

const MEDIA_SECONDS = 15 * 60;
const MEDIA_NAME = 'bench-tone.wav';
const WAIT_MS = 30_000;

/// Writes the WAV into `dir` (~14 MB, well under a second); returns its path.
export function writeMedia(dir: string): string {
  const file = path.join(dir, MEDIA_NAME);
  writeFileSync(file, makeWav(MEDIA_SECONDS, 8000));
  return file;
}

interface PlayState {
  paused: boolean;
  time: number;
  /// Index among `.ProseMirror .block` of the `.block.playing`, or -1.
  playing: number;
}

async function playState(page: Page): Promise<PlayState> {
  return page.evaluate(() => {
    const audio = document.querySelector('audio');
    if (audio === null) return { paused: true, time: -1, playing: -1 };
    const blocks = Array.from(document.querySelectorAll('.ProseMirror .block'));
    const playing = document.querySelector('.ProseMirror .block.playing');
    return {
      paused: audio.paused,
      time: audio.currentTime,
      playing: playing === null ? -1 : blocks.indexOf(playing),
    };
  });
}

export async function measureKeystrokesPlaying(session: Session): Promise<Metrics> {
  const { page, input, samples } = session;
  await openMedia(page, input.media);
  const caretBlock = await placeCaretInMiddleBlock(page);

  // "This turn starts now" with the playhead at 0:00: the caret's turn is played first.
  await page.keyboard.press('Shift+Alt+T');
  await page
    .locator('.media-bar')
    .getByText(/^offset -?\d+\.\d\d s$/)
    .waitFor({ timeout: 10_000 })
    .catch(() => {
      throw new BenchError(
        'playback: Shift+Alt+T ("This turn starts now") in the middle block set no media offset ' +
          '(no "offset N s" in the media bar); does that block have a start time?',
      );
    });

  await page.keyboard.press('Control+Space');
  await page
    .waitForFunction(
      () => {
        const audio = document.querySelector('audio');
        return audio !== null && !audio.paused && audio.currentTime > 0.2;
      },
      undefined,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new BenchError('playback: Ctrl+Space with the caret in the text did not start the audio.');
    });
  await nextFrames(page);
  const start = await playState(page);
  if (start.paused || start.playing < 0) {
    throw new BenchError(
      `playback: before typing the audio is ${start.paused ? 'paused' : 'playing'} and ` +
        `${start.playing < 0 ? 'no' : 'a'} \`.block.playing\` exists; expected playing and one.`,
    );
  }
  // Not the caret's turn itself when several turns share its start (blockAt
  // takes the last), but close by: otherwise following would scroll away.
  if (Math.abs(start.playing - caretBlock) > 10) {
    throw new BenchError(
      `playback: the turn played is block ${start.playing}, far from the caret's (${caretBlock}); ` +
        'the alignment with Shift+Alt+T did not take.',
    );
  }

  samples['keyPlaying'] = await typeTimed(page, TYPED_PLAYING);

  const end = await playState(page);
  if (end.paused || end.playing < 0) {
    throw new BenchError(
      `playback: after typing the audio is ${end.paused ? 'paused' : 'playing'} and ` +
        `${end.playing < 0 ? 'no' : 'a'} \`.block.playing\` exists; typing must not stop playback.`,
    );
  }
  if (end.time - start.time < 2) {
    throw new BenchError(
      `playback: the media time went from ${start.time.toFixed(1)} s to ${end.time.toFixed(1)} s ` +
        'while typing; it did not really play.',
    );
  }

  await page.keyboard.press('Control+Space');
  await page
    .waitForFunction(() => document.querySelector('audio')?.paused === true, undefined, { timeout: WAIT_MS })
    .catch(() => {
      throw new BenchError('playback: Ctrl+Space did not pause the audio again.');
    });
  return {
    ...summarise(samples['keyPlaying'], 'keyPlaying'),
    playedSeconds: end.time - start.time,
  };
}

/// Media… in the media bar, the file chooser, the WAV; waits for its metadata.
async function openMedia(page: Page, file: string): Promise<void> {
  const bar = page.locator('.media-bar');
  const button = bar.getByRole('button', { name: 'Media…', exact: true });
  await button.waitFor({ state: 'visible', timeout: 10_000 }).catch(() => {
    throw new BenchError('playback: no button named "Media…" in `.media-bar`.');
  });
  const chooser = page.waitForEvent('filechooser', { timeout: 10_000 });
  chooser.catch(() => undefined);
  await button.click();
  const fileChooser = await chooser.catch(() => {
    throw new BenchError('playback: clicking "Media…" opened no file chooser.');
  });
  await fileChooser.setFiles(file);
  await page
    .waitForFunction(
      ([name, seconds]) => {
        const audio = document.querySelector('audio');
        const shown = document.querySelector('.media-bar .media-name')?.textContent === name;
        return shown && audio !== null && audio.readyState >= 1 && Math.abs(audio.duration - seconds) < 1;
      },
      [MEDIA_NAME, MEDIA_SECONDS] as const,
      { timeout: WAIT_MS },
    )
    .catch(() => {
      throw new BenchError(
        `playback: after choosing ${MEDIA_NAME} the media bar does not show it, or the <audio> ` +
          `never loaded its metadata (${MEDIA_SECONDS} s).`,
      );
    });
}
