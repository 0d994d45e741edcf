import type { LevelReader } from './levelReader.ts';
import type { LevelsReply, LevelsRequest } from './protocol.ts';

/// Recordings the worker reads a slice at a time (`worker.ts`: WAV, and MP3
/// where the browser has WebCodecs): nothing of them runs on the main thread
/// but drawing. Resolves null for what the worker declines.
export const workerLevels: LevelReader = (file, seconds, onProgress, signal) => {
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
    const request: LevelsRequest = { file, seconds };
    worker.postMessage(request);
  });
};
