import type { LevelReader } from './levelReader.ts';
import type { LevelsReply } from './protocol.ts';

/// WAV of any length, read in slices by a worker (`worker.ts`): nothing of
/// it runs on the main thread but drawing. Declines files that are not WAV.
export const wavLevels: LevelReader = (file, _seconds, onProgress, signal) => {
  if (typeof Worker === 'undefined') return Promise.resolve(null);
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    const finish = (outcome: Awaited<ReturnType<LevelReader>>) => {
      worker.terminate();
      resolve(outcome);
    };
    signal.addEventListener('abort', () => finish({ ok: false, message: 'cancelled' }));
    worker.onmessage = (event: MessageEvent<LevelsReply>) => {
      const reply = event.data;
      if (reply.kind === 'declined') finish(null);
      else if (reply.kind === 'progress') onProgress(reply.peaks, reply.fraction);
      else if (reply.kind === 'done') finish({ ok: true, peaks: reply.peaks });
      else finish({ ok: false, message: `the file could not be read (${reply.message})` });
    };
    worker.onerror = (event) => finish({ ok: false, message: event.message || 'the level reader failed' });
    worker.postMessage({ file });
  });
};
