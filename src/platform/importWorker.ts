/// Reads and parses a file off the main thread, so opening a day of captions
/// never freezes the page. Posts progress, then the result.
import { openTranscriptText } from '../core/import/detect.ts';
import { readTextFile } from './readFile.ts';
import type { FileOpenResult, WorkerReply, WorkerRequest } from './importProtocol.ts';

const post = (reply: WorkerReply) => (self as unknown as Worker).postMessage(reply);
const done = (result: FileOpenResult) => post({ kind: 'done', json: JSON.stringify(result) });

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { file } = event.data;
  try {
    post({ kind: 'progress', stage: 'reading' });
    const read = await readTextFile(file);
    if (!read.ok) {
      done({ ok: false, message: read.message });
      return;
    }
    post({ kind: 'progress', stage: 'parsing' });
    done({ ...openTranscriptText(read.text, file.name), encoding: read.encoding });
  } catch (error) {
    done({ ok: false, message: `Caption Desk could not read this file (${String(error)}).` });
  }
};
