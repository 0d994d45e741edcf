import type { OpenResult } from '../core/import/detect.ts';
import type { TextEncoding } from '../core/text/decode.ts';

export type ImportStage = 'reading' | 'parsing';

export interface WorkerRequest {
  file: File;
}

/// What opening a file gave, and how its bytes were read as text (absent
/// when they could not be).
export type FileOpenResult = OpenResult & { encoding?: TextEncoding };

/// The result travels as JSON text: for a day of word-timed speech (130,000
/// spans) the browser's structured clone takes several times longer to
/// rebuild the objects than JSON.parse does.
export type WorkerReply = { kind: 'progress'; stage: ImportStage } | { kind: 'done'; json: string };

export function replyResult(json: string): FileOpenResult {
  return JSON.parse(json) as FileOpenResult;
}
