/// Truecasing a whole transcript: the truecaser set up with the transcript's
/// own names (the roster and the people its captions introduce) and memory,
/// and the cased copy that exports with *Capitalize* write.
import { suggestSpeakers } from '../suggest/index.ts';
import type { Block, Span, Transcript } from '../transcript.ts';
import type { CaseLexicon } from './lexicon.ts';
import { Truecaser } from './truecase.ts';

/// The names the fixer writes as the transcript spells them: every roster
/// name, and the people the captions introduce (the speaker suggestions'
/// candidates, `Andrei Lankov`), so `jenny town` is `Jenny Town` in every turn.
/// `introduced`: the candidates' names when the caller already has them (the
/// app keeps the suggestions), else they are read from the captions here.
export function transcriptNames(t: Transcript, introduced?: readonly string[]): string[] {
  const names = t.speakers
    .map((s) => s.name)
    .filter((name) => /\p{Lu}/u.test(name) && !/^Speaker \d+$/.test(name));
  // The programme's own title and network (`Counterpoint`), as its header spells them.
  for (const name of [t.meta.title, t.meta.network])
    if (name !== undefined && /\p{Lu}/u.test(name)) names.push(name);
  if (introduced) names.push(...introduced);
  else {
    for (const candidate of suggestSpeakers(t).candidates) {
      if (!candidate.key.startsWith('role:')) names.push(candidate.name);
    }
  }
  return names;
}

export function transcriptTruecaser(
  t: Transcript,
  lexicon: CaseLexicon,
  introduced?: readonly string[],
): Truecaser {
  return new Truecaser({
    lexicon,
    names: transcriptNames(t, introduced),
    ...(t.casing ? { memory: t.casing } : {}),
  });
}

/// The text of a block's spans, and the ranges that are gap or sound tags.
export function spansTextAndTags(spans: readonly Span[]): {
  text: string;
  tags: { from: number; to: number }[];
} {
  let text = '';
  const tags: { from: number; to: number }[] = [];
  for (const span of spans) {
    const from = text.length;
    text += span.text;
    if (span.gap || span.sound) tags.push({ from, to: text.length });
  }
  return { text, tags };
}

/// A copy of `t` with its text cased; speakers, times, gaps and every other
/// field as they are. The transcript itself is not changed.
export function casedTranscript(t: Transcript, lexicon: CaseLexicon): Transcript {
  const caser = transcriptTruecaser(t, lexicon);
  const blocks = t.blocks.map((block): Block => {
    const { text, tags } = spansTextAndTags(block.spans);
    const cased = caser.apply(text, tags);
    if (cased === text) return block;
    // Case changes keep every length, so each span takes its own slice back.
    let at = 0;
    const spans = block.spans.map((span) => {
      const piece = cased.slice(at, at + span.text.length);
      at += span.text.length;
      return piece === span.text ? span : { ...span, text: piece };
    });
    return { ...block, spans };
  });
  return { ...t, blocks };
}
