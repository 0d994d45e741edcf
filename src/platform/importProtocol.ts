import type { OpenResult } from '../core/import/detect.ts';

export type ImportStage = 'reading' | 'parsing';

export interface WorkerRequest {
  file: File;
}

/// The result travels as JSON text: for a day of word-timed speech (130,000
/// spans) the browser's structured clone takes several times longer to
/// rebuild the objects than JSON.parse does.
export type WorkerReply = { kind: 'progress'; stage: ImportStage } | { kind: 'done'; json: string };

export function replyResult(json: string): OpenResult {
  return JSON.parse(json) as OpenResult;
}
