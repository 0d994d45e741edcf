import { openTranscriptText } from '../core/import/detect.ts';
import { replyResult, type FileOpenResult, type ImportStage, type WorkerReply } from './importProtocol.ts';
import { readTextFile } from './readFile.ts';

/// Reads and parses a user's file in a worker, reporting progress; falls
/// back to the main thread where workers are unavailable.
export async function parseFile(
  file: File,
  onProgress: (stage: ImportStage) => void,
): Promise<FileOpenResult> {
  if (typeof Worker === 'undefined') return parseHere(file, onProgress);
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<FileOpenResult>((resolve, reject) => {
      worker.onmessage = (event: MessageEvent<WorkerReply>) => {
        if (event.data.kind === 'progress') onProgress(event.data.stage);
        else resolve(replyResult(event.data.json));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the import worker failed'));
      worker.postMessage({ file });
    });
  } catch {
    return parseHere(file, onProgress);
  } finally {
    worker.terminate();
  }
}

async function parseHere(file: File, onProgress: (stage: ImportStage) => void): Promise<FileOpenResult> {
  onProgress('reading');
  const read = await readTextFile(file);
  if (!read.ok) return { ok: false, message: read.message };
  onProgress('parsing');
  return { ...openTranscriptText(read.text, file.name), encoding: read.encoding };
}
