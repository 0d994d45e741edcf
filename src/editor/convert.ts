import type { Mark, Node } from 'prosemirror-model';
import type { Block, GapStatus, Span, Transcript } from '../core/transcript.ts';
import { forEachBlock } from './queries/blocks.ts';
import { getCasingMemory, getMeta, getRoster } from './queries/metaAndRoster.ts';
import { CHUNK_SIZE, marks, nodes, schema } from './schema.ts';
import { NO_END, timedRuns, type TimedRun, type WordTimes } from './wordTimes/runs.ts';

/// Transcript -> ProseMirror document. The only place that knows both shapes.
export function transcriptToDoc(transcript: Transcript): Node {
  const gapSeq = { n: 0 };
  const blockNodes: Node[] = [];
  for (const block of transcript.blocks) {
    const { content, times } = blockContent(block.spans, gapSeq);
    blockNodes.push(
      nodes.block.create(
        {
          id: block.id,
          speakerId: block.speakerId,
          start: block.start,
          estimated: block.estimated,
          story: block.story === true,
          reviewed: block.reviewed === true,
          times,
        },
        content,
      ),
    );
  }
  if (blockNodes.length === 0) blockNodes.push(nodes.block.create({ id: 'b1' }));
  const chunks: Node[] = [];
  for (let i = 0; i < blockNodes.length; i += CHUNK_SIZE) {
    chunks.push(nodes.chunk.create(null, blockNodes.slice(i, i + CHUNK_SIZE)));
  }
  return nodes.doc.create(null, [
    nodes.meta.create({ meta: transcript.meta, casing: transcript.casing ?? null }),
    nodes.roster.create({ speakers: transcript.speakers }),
    ...chunks,
  ]);
}

// Block nodes are immutable, so the Block built for one is good for as long
// as the node lives: converting a document after an edit rebuilds only the
// blocks the edit touched (and the serializer caches by Block in turn).
const converted = new WeakMap<Node, Block>();

/// ProseMirror document -> Transcript: what is saved and exported. The
/// returned blocks are shared with later calls: treat them as read-only.
export function docToTranscript(doc: Node): Transcript {
  const blocks: Block[] = [];
  forEachBlock(doc, (node) => {
    let block = converted.get(node);
    if (!block) {
      block = blockFromNode(node);
      converted.set(node, block);
    }
    blocks.push(block);
  });
  const casing = getCasingMemory(doc);
  return { meta: getMeta(doc), speakers: [...getRoster(doc)], blocks, ...(casing ? { casing } : {}) };
}

/// A block's text nodes (gap and sound marks) and its timed runs.
/// A block's text nodes and word times. Plain text (no gap or sound mark)
/// is joined into one node before it is made, and the times are written
/// straight into the flat array: a day of word-timed speech has 260,000
/// spans of words and spaces, and a node per span (which ProseMirror then
/// joins again, one new node per join) and a run object per word were most
/// of the time spent turning it into a document.
function blockContent(
  spans: readonly Span[],
  gapSeq: { n: number },
): { content: Node[]; times: WordTimes | null } {
  const content: Node[] = [];
  const times: number[] = [];
  let offset = 0;
  let plain = '';
  for (const span of spans) {
    if (!span.text) continue;
    if (span.gap || span.sound) {
      if (plain !== '') content.push(schema.text(plain));
      plain = '';
      const spanMarks: Mark[] = [];
      if (span.gap) {
        spanMarks.push(
          marks.gap.create({ id: `g${++gapSeq.n}`, tag: span.gap.tag, status: span.gap.status }),
        );
      }
      if (span.sound) spanMarks.push(marks.sound.create());
      content.push(schema.text(span.text, spanMarks));
    } else plain += span.text;
    if (span.time) {
      // A bare anchor (a minute line) belongs to the word it stands before,
      // not to the whole run after it: edits later in the run must not
      // inherit it.
      const anchorOnly = span.time.end === undefined && !span.gap && !span.sound;
      const length = anchorOnly ? anchorLength(span.text, 0, span.text.length) : span.text.length;
      times.push(offset, offset + length, span.time.start, span.time.end ?? NO_END);
    }
    offset += span.text.length;
  }
  if (plain !== '') content.push(schema.text(plain));
  return { content, times: times.length > 0 ? times : null };
}

function blockFromNode(node: Node): Block {
  const spans: Span[] = [];
  for (const span of spansOf(node)) {
    const last = spans[spans.length - 1];
    if (last && sameRun(last, span)) last.text += span.text;
    else spans.push(span);
  }
  const block: Block = {
    id: node.attrs['id'] as string,
    speakerId: node.attrs['speakerId'] as string | null,
    start: node.attrs['start'] as number | null,
    estimated: node.attrs['estimated'] as boolean,
    spans,
  };
  if (node.attrs['story']) block.story = true;
  if (node.attrs['reviewed']) block.reviewed = true;
  return block;
}

/// The block's text cut where marks or timed runs begin and end, as the
/// saved file and the exports read it:
/// - a gap or sound tag is one span, whatever runs fall inside it, with the
///   time of those runs (a correction typed over a timed gap keeps its time,
///   and exports and the correction log see one gap, not two);
/// - an anchor (a run with a start only) is a span of the word it stands
///   before, as `blockContent` reads it back: text typed inside or after
///   that word, with spaces, does not take the anchor along, so save,
///   reopen and save give the same file.
function spansOf(node: Node): Span[] {
  const runs = timedRuns(node.attrs['times'] as WordTimes | null);
  const spans: Span[] = [];
  let r = 0;
  node.forEach((text, offset) => {
    const value = text.text ?? '';
    const end = offset + value.length;
    if (text.marks.length > 0) {
      const span = markedSpan(value, text);
      const time = timeWithin(runs, r, offset, end);
      if (time) span.time = time;
      spans.push(span);
      while (r < runs.length && runs[r]!.to <= end) r++;
      return;
    }
    let at = offset;
    while (at < end) {
      while (r < runs.length && runs[r]!.to <= at) r++;
      const run = runs[r];
      if (run === undefined || run.from > at) {
        const next = Math.min(end, run === undefined ? end : run.from);
        spans.push({ text: value.slice(at - offset, next - offset) });
        at = next;
      } else if (run.end === null) {
        // An anchor that began in a tag before this text went to the tag.
        if (run.from === at) {
          const following = runs[r + 1]?.from ?? end;
          const next = Math.min(end, following, at + anchorLength(value, at - offset, run.to - at));
          spans.push({ text: value.slice(at - offset, next - offset), time: { start: run.start } });
          at = next;
        }
        r++;
      } else {
        const next = Math.min(end, run.to);
        spans.push({
          text: value.slice(at - offset, next - offset),
          time: { start: run.start, end: run.end },
        });
        at = next;
      }
    }
  });
  return spans;
}

// A run of non-space characters, tried at one position.
const WORD = /\S+/y;

/// How much of `text` from `at` an anchor holds: the word it stands before,
/// or, where it stands before white space, `fallback` characters (the
/// anchor's own extent; `blockContent` then takes the whole span).
function anchorLength(text: string, at: number, fallback: number): number {
  WORD.lastIndex = at;
  return WORD.exec(text)?.[0].length ?? Math.max(0, Math.min(fallback, text.length - at));
}

/// The time of a tag's text from `from` to `to`: from the earliest start of
/// the runs inside it (an anchor only where it begins inside) to the latest
/// end, if any has one; undefined when no run falls inside.
function timeWithin(runs: readonly TimedRun[], first: number, from: number, to: number): Span['time'] {
  let start = Infinity;
  let end = -Infinity;
  for (let i = first; i < runs.length && runs[i]!.from < to; i++) {
    const run = runs[i]!;
    if (run.to <= from || (run.end === null && run.from < from)) continue;
    start = Math.min(start, run.start);
    if (run.end !== null) end = Math.max(end, run.end);
  }
  if (start === Infinity) return undefined;
  return end === -Infinity ? { start } : { start, end };
}

function markedSpan(value: string, text: Node): Span {
  const span: Span = { text: value };
  for (const mark of text.marks) {
    if (mark.type === marks.gap) {
      span.gap = { tag: mark.attrs['tag'] as string, status: mark.attrs['status'] as GapStatus };
    } else if (mark.type === marks.sound) {
      span.sound = true;
    }
  }
  return span;
}

// Plain runs that ProseMirror keeps apart only because a neighbour differs
// never need to be two spans; marked runs (gaps, timings) stay separate.
function sameRun(a: Span, b: Span): boolean {
  return !a.gap && !a.sound && !a.time && !b.gap && !b.sound && !b.time;
}
