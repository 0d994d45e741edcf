import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importOtr, looksLikeOtr, otrParagraphs, parseOtrTime } from './otr.ts';

function open(text: string): Transcript {
  const result = importOtr({ text, media: '' });
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

describe('importOtr', () => {
  it('recognises the shape', () => {
    expect(looksLikeOtr({ text: '', media: '' })).toBe(true);
    expect(looksLikeOtr({ text: '<p>hi</p>' })).toBe(true);
    expect(looksLikeOtr({ text: 'plain words' })).toBe(false);
  });

  it('reads seconds and clock timestamps', () => {
    expect(parseOtrTime('12.3')).toBe(12.3);
    expect(parseOtrTime('01:02')).toBe(62);
    expect(parseOtrTime('1:02:03')).toBe(3723);
    expect(parseOtrTime('1:02:03.5')).toBe(3723.5);
    for (const bad of ['', 'soon', '1:60', '-3', '1:2:3:4']) expect(parseOtrTime(bad), bad).toBeNull();
  });

  it('breaks blocks at p, div and br; a timestamp alone times the next paragraph', () => {
    const t = open(
      'first<br>second<div>third</div><p><span class="timestamp" data-timestamp="5">00:05</span></p><p>fourth</p>',
    );
    expect(t.blocks.map((b) => [b.start, blockText(b)])).toEqual([
      [null, 'first'],
      [null, 'second'],
      [null, 'third'],
      [5, 'fourth'],
    ]);
  });

  it('reads the label when data-timestamp is missing, and never takes the label for text', () => {
    const t = open(
      '<p><span class="timestamp">1:00:00</span>Late <span class="timestamp" data-timestamp="x">oops</span>words</p>',
    );
    expect(t.blocks.map((b) => [b.start, blockText(b)])).toEqual([[3600, 'Late words']]);
  });

  it('treats markup as data: scripts, handlers and links are never text or run', () => {
    const paragraphs = otrParagraphs(
      '<p onclick="alert(1)">a<script>document.write("x")</script><img src=x onerror=alert(1)>b<style>p{}</style></p>',
    );
    expect(paragraphs).toEqual([
      [
        { kind: 'text', text: 'a' },
        { kind: 'text', text: 'b' },
      ],
    ]);
  });

  it('says when there is no text', () => {
    expect(importOtr({ text: '<p><br></p>', media: 'a.mp3' })).toEqual({
      ok: false,
      message: 'This oTranscribe file has no transcript text in it.',
    });
    expect(importOtr({ media: 'a.mp3' })).toEqual({
      ok: false,
      message: 'This oTranscribe file has no "text".',
    });
  });
});
