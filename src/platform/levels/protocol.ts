/// Messages between the page and the level strip's worker (`worker.ts`).

export interface LevelsRequest {
  file: File;
}

export type LevelsReply =
  /// The file is not a WAV the worker reads; the page tries another reader.
  | { kind: 'declined' }
  /// The peaks so far (a copy, `LEVEL_BUCKETS` long) and how much is read, 0..1.
  | { kind: 'progress'; peaks: Float32Array; fraction: number; seconds: number }
  | { kind: 'done'; peaks: Float32Array; seconds: number }
  | { kind: 'failed'; message: string };
