/// The longest silence, in seconds from one caption line's end to the next
/// one's start, that still reads as the same voice going on. Lines cut from
/// one turn follow each other with no gap in our export (each starts where
/// the last ended, unless word timings show a silence) and in most caption
/// tools, or with a few frames to a few hundred milliseconds between them so
/// that a viewer sees the caption change; a second is more than such
/// spacing. A longer blank is the only sign a file without speaker marks
/// gives that one run of speech ended and another may begin, so it ends an
/// unvoiced turn (WebVTT with voices) and a paragraph (captions without
/// any): a wrong boundary costs the user one Backspace, while two speakers
/// wrongly in one turn have to be found and split.
export const VOICE_PAUSE_SECONDS = 1;
