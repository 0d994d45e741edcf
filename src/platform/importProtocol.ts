import type { OpenResult } from '../core/import/detect.ts';

export type ImportStage = 'reading' | 'parsing';

export interface WorkerRequest {
  file: File;
}

export type WorkerReply = { kind: 'progress'; stage: ImportStage } | { kind: 'done'; result: OpenResult };
