export { correctionLog } from './log.ts';
export type {
  CorrectionChange,
  CorrectionEntry,
  CorrectionGap,
  CorrectionLogOptions,
  Original,
  OriginalBlock,
  OriginalSpeaker,
  SpeakerChange,
} from './log.ts';
export {
  CORRECTION_CSV_COLUMNS,
  UNASSIGNED,
  correctionLogCsv,
  correctionLogMarkdown,
  describeSpeakerChange,
  escapeMarkdown,
} from './export.ts';
export type { CorrectionCsvOptions } from './export.ts';
export { originalFromTranscript } from '../format/original.ts';
