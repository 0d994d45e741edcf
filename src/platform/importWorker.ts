/// Reads and parses a file off the main thread, so opening a day of captions
/// never freezes the page. Posts progress, then the result.
import { openTranscriptText } from '../core/import/detect.ts';
import { readTextFile } from './readFile.ts';
import type { WorkerReply, WorkerRequest } from './importProtocol.ts';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file } = event.data;
  try {
    post({ kind: 'progress', stage: 'reading' });
    const read = await readTextFile(file);
    if (!read.ok) {
      post({ kind: 'done', result: { ok: false, message: read.message } });
      return;
    }
    post({ kind: 'progress', stage: 'parsing' });
    post({ kind: 'done', result: openTranscriptText(read.text, file.name) });
  } catch (error) {
    post({
      kind: 'done',
      result: { ok: false, message: `Caption Desk could not read this file (${String(error)}).` },
    });
  }
};
