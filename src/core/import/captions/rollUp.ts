/// Roll-up captions: each cue shows the lines of the cue before it again,
/// scrolled up, with new words at the bottom. YouTube's automatic captions
/// are written so (a cue repeats the line before it, and new words carry
/// inline timestamps; a ten-millisecond cue between holds the settled line
/// alone), and so are broadcast roll-up captions converted to SRT or WebVTT,
/// where a cue repeats the previous one or two rows, or a last line grows
/// word by word. Read cue by cue, every word would show two or three times.
///
/// `removeRollUp` recognises such a file and cuts from each cue what the
/// cue before it already showed, so that every word opens once, in order:
/// the cue's first words when they are the words of the previous cue's last
/// lines, from the start of one of those lines to its end. Where several
/// readings fit, the longest that ends at the end of one of the cue's lines
/// wins, and a cut that ends inside a line (a growing line) only when none
/// does. Words that genuinely repeat in speech stay: a roll-up cue repeats
/// only rows that were on screen, so `NO.` / `NO.` on two rows, shown again
/// as the top row above a new one, loses only the row shown before.

/// A cue's timing and its text lines as the file has them (tags and all).
export interface RawCue {
  start: number;
  end: number;
  lines: string[];
}

/// The least share of pairs of consecutive cues (both with text) in which
/// the later one opens with the earlier one's last lines, for a file to be
/// read as roll-up. Pop-on captions, one caption after another, almost
/// never open with the whole last line of the caption before; roll-up
/// captions nearly always do.
const ROLL_UP_SHARE = 0.5;

interface Shown {
  /// The words of each non-blank line, tags removed.
  lines: string[][];
  /// The index into `RawCue.lines` of each of those lines.
  at: number[];
}

/// What to cut from a cue: whole lines, then words of the next line.
interface Cut {
  lines: number;
  words: number;
}

/// Cuts the repeated text from the cues of a roll-up file (see above), in
/// place; leaves any other file as it is. `plain` turns a line into the
/// words a viewer sees (tags and inline timestamps removed). Returns true
/// when the file was read as roll-up.
export function removeRollUp(cues: RawCue[], plain: (line: string) => string): boolean {
  const shown = cues.map((cue) => shownOf(cue, plain));
  const cuts: (Cut | null)[] = [null];
  let pairs = 0;
  let overlapping = 0;
  for (let k = 1; k < cues.length; k++) {
    const before = shown[k - 1]!;
    const cut = before.lines.length && shown[k]!.lines.length ? overlap(before, shown[k]!) : null;
    if (before.lines.length && shown[k]!.lines.length) pairs++;
    if (cut) overlapping++;
    cuts.push(cut);
  }
  if (overlapping < 2 || overlapping < pairs * ROLL_UP_SHARE) return false;
  cues.forEach((cue, k) => {
    const cut = cuts[k];
    if (cut) applyCut(cue, shown[k]!, cut);
  });
  return true;
}

const SPACE_RE = /\s+/;

function shownOf(cue: RawCue, plain: (line: string) => string): Shown {
  const lines: string[][] = [];
  const at: number[] = [];
  cue.lines.forEach((line, i) => {
    const words = plain(line)
      .split(SPACE_RE)
      .filter((w) => w !== '');
    if (words.length) {
      lines.push(words);
      at.push(i);
    }
  });
  return { lines, at };
}

/// The cut for a cue shown after `before` (see the file comment), or null
/// when it does not open with the words of `before`'s last lines.
function overlap(before: Shown, cue: Shown): Cut | null {
  let growing: Cut | null = null;
  // From the longest candidate (all of `before`) to the shortest (its last line).
  for (let j = 0; j < before.lines.length; j++) {
    const cut = prefixCut(cue.lines, before.lines, j);
    if (!cut) continue;
    if (cut.words === 0) return cut;
    growing ??= cut;
  }
  return growing;
}

/// Where the words of `shown`'s lines from `from` on end when they are the
/// first words of `lines`: whole lines and words of the next; null when
/// they are not. Walks both without joining them: this runs for every
/// pair of cues and every candidate.
function prefixCut(lines: readonly string[][], shown: readonly string[][], from: number): Cut | null {
  let s = from;
  let sw = 0;
  const done = (): boolean => s === shown.length;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l]!;
    for (let w = 0; w < line.length; w++) {
      if (done()) return { lines: l, words: w };
      if (line[w] !== shown[s]![sw]) return null;
      if (++sw === shown[s]!.length) {
        s++;
        sw = 0;
      }
    }
    if (done()) return { lines: l + 1, words: 0 };
  }
  return null;
}

function applyCut(cue: RawCue, shown: Shown, cut: Cut): void {
  const keepFrom = cut.lines < shown.at.length ? shown.at[cut.lines]! : cue.lines.length;
  const kept = cue.lines.slice(keepFrom);
  if (cut.words > 0 && kept.length) kept[0] = afterWords(kept[0]!, cut.words);
  cue.lines = kept;
}

// A tag (`<c>`, `<00:00:01.000>`) or an SRT override code (`{\an8}`).
const TAG_RE = /<[^<>]*>|\{\\[^{}]*\}/y;

/// `line` after its first `count` words, tags not counting as words: from
/// the end of the last of them, so that what follows it (spaces, tags, an
/// inline timestamp for the next word) stays.
export function afterWords(line: string, count: number): string {
  let words = 0;
  let inWord = false;
  let end = 0;
  let i = 0;
  while (i < line.length) {
    TAG_RE.lastIndex = i;
    const tag = TAG_RE.exec(line);
    if (tag) {
      i += tag[0].length;
      continue;
    }
    const space = /\s/.test(line[i]!);
    if (!space) {
      if (!inWord) {
        if (words === count) return line.slice(end);
        words++;
      }
      end = i + 1;
    }
    inWord = !space;
    i++;
  }
  return '';
}
