import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { arbTranscript } from '../../../tests/support/arbitraries.ts';
import { parseDocument } from '../format/document.ts';
import type { Transcript } from '../transcript.ts';
import { exportCsv } from './csv.ts';
import { exportDocx } from './docx.ts';
import { EXPORT_FORMATS, GAP_MODES, exportTranscript } from './index.ts';
import { escapeMarkdown, exportMarkdown } from './markdown.ts';
import { defuseSrt, exportSrt } from './srt.ts';
import { exportPlainText } from './text.ts';
import { exportTtml } from './ttml.ts';
import { exportWebVtt } from './webvtt.ts';

// A hand-built programme with everything an export must get right: a host,
// a guest whose roster name is hostile markup, a reporter with word timings,
// an unnamed interviewee, an unassigned turn with hostile text and no time,
// open, corrected and unresolvable gaps, sound tags, estimated times, story
// breaks (one on an empty turn), text that looks like Markdown and formulas.
const fixtures = fileURLToPath(new URL('../../../tests/fixtures/exports/', import.meta.url));
const golden = (name: string) => `${fixtures}${name}`;

function programme(): Transcript {
  const opened = parseDocument(readFileSync(golden('night-desk.json'), 'utf8'));
  if (!opened.ok) throw new Error(opened.message);
  return opened.transcript;
}

const HOSTILE = '<script>alert(1)</script> & =SUM(A1) --> "quotes"';
const GUEST = 'Ann <b>&</b> "Bo"';

describe('golden exports of the night desk programme', () => {
  const t = programme();

  it('plain text, with each gap option', async () => {
    await expect(exportPlainText(t, { timestamps: 'clock' })).toMatchFileSnapshot(
      golden('night-desk.keep.txt'),
    );
    await expect(exportPlainText(t, { timestamps: 'offset', gaps: 'mark' })).toMatchFileSnapshot(
      golden('night-desk.mark.txt'),
    );
    await expect(
      exportPlainText(t, { timestamps: 'none', gaps: 'clean', mergeTurns: true }),
    ).toMatchFileSnapshot(golden('night-desk.clean.txt'));
  });

  it('Markdown', async () => {
    await expect(exportMarkdown(t, { timestamps: 'clock' })).toMatchFileSnapshot(golden('night-desk.md'));
    await expect(
      exportMarkdown(t, { timestamps: 'none', gaps: 'clean', speakers: 'name' }),
    ).toMatchFileSnapshot(golden('night-desk.clean.md'));
  });

  it('SubRip', async () => {
    await expect(exportSrt(t)).toMatchFileSnapshot(golden('night-desk.srt'));
    await expect(exportSrt(t, { gaps: 'clean' })).toMatchFileSnapshot(golden('night-desk.clean.srt'));
  });

  it('WebVTT', async () => {
    await expect(exportWebVtt(t)).toMatchFileSnapshot(golden('night-desk.vtt'));
    await expect(exportWebVtt(t, { gaps: 'mark', speakers: 'name-and-role' })).toMatchFileSnapshot(
      golden('night-desk.mark.vtt'),
    );
  });

  it('TTML', async () => {
    await expect(exportTtml(t)).toMatchFileSnapshot(golden('night-desk.ttml'));
  });

  it('CSV', async () => {
    await expect(exportCsv(t)).toMatchFileSnapshot(golden('night-desk.csv'));
    await expect(exportCsv(t, { gaps: 'clean' })).toMatchFileSnapshot(golden('night-desk.clean.csv'));
  });

  it('Word: the paragraphs of the document, with their formatting', async () => {
    const xml = documentXml(await exportDocx(t, { timestamps: 'clock' }));
    await expect(describeDocx(xml)).toMatchFileSnapshot(golden('night-desk.docx.txt'));
  });
});

describe('escaping: text from the transcript is data in every format', () => {
  const t = programme();

  it('WebVTT escapes text and the voice name', () => {
    const vtt = exportWebVtt(t);
    expect(vtt).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(vtt).toContain('&amp; =SUM(A1) --&gt; "quotes"');
    expect(vtt).toContain('<v Ann <b&gt;&amp;</b&gt; "Bo">');
    expect(vtt).toContain('not a list &amp;amp; not_emphasis');
    expect(vtt).not.toContain('<script');
    expect(
      vtt
        .split('\n')
        .filter((line) => line.includes('-->'))
        .every((line) => /^[\d:.]+ --> [\d:.]+$/.test(line)),
    ).toBe(true);
  });

  it('SubRip defuses tags, overrides and arrows', () => {
    const srt = exportSrt(t);
    expect(srt).toContain('‹script›alert(1)‹/script›');
    expect(srt).toContain('Ann ‹b›&‹/b› "Bo": ');
    expect(srt).not.toMatch(/<[a-z/]/i);
    expect(
      srt
        .split('\r\n')
        .filter((line) => line.includes('-->'))
        .every((line) => /^[\d:,]+ --> [\d:,]+$/.test(line)),
    ).toBe(true);
    expect(defuseSrt('{\\an8}x')).toBe('{ \\an8}x');
    expect(defuseSrt('a-->b--->c')).toBe('a--›b---›c');
    expect(defuseSrt('3<5 a < b <i>x')).toBe('3<5 a < b ‹i›x');
  });

  it('Markdown escapes everything that could become markup, a link or HTML', () => {
    const md = exportMarkdown(t, { timestamps: 'none' });
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\& =SUM(A1) --\\> "quotes"');
    expect(md).toContain('**Ann \\<b\\>\\&\\</b\\> "Bo" (guest):**');
    expect(md).toContain('\\*really\\* \\[a link\\](http://x.test)');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. one')).toBe('1\\. one');
    expect(escapeMarkdown('# heading')).toBe('\\# heading');
    expect(escapeMarkdown('> quote')).toBe('\\> quote');
    expect(escapeMarkdown('=== under')).toBe('\\=== under');
    expect(escapeMarkdown('`code` ~~gone~~ $x$ |a|')).toBe('\\`code\\` \\~\\~gone\\~\\~ \\$x\\$ \\|a\\|');
    expect(escapeMarkdown('- mid', false)).toBe('- mid');
  });

  it('CSV quotes and defuses formulas, and reads back to the same cells', () => {
    const csv = exportCsv(t);
    expect(
      csv.startsWith('\ufeffstart,end,speaker,role,text,start_seconds,end_seconds,estimated,clock\r\n'),
    ).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data;
    expect(rows[0]).toEqual([
      'start',
      'end',
      'speaker',
      'role',
      'text',
      'start_seconds',
      'end_seconds',
      'estimated',
      'clock',
    ]);
    const hostile = rows.find((row) => row[4]!.includes('<script>'))!;
    expect(hostile[4]).toBe(HOSTILE);
    expect(hostile.slice(2, 4)).toEqual(['', '']);
    const guest = rows.find((row) => row[2] === GUEST)!;
    expect(guest[3]).toBe('guest');
    // Cells that start like a formula get a leading apostrophe.
    expect(rows.map((row) => row[4]!).filter((text) => /^'/.test(text))).toEqual([
      "'- i live on 5th street. # not a heading, *really* [a link](http://x.test) [crosstalk] 1. not a list &amp; not_emphasis",
      "'+1 to the vote, @everyone. see you next week.",
    ]);
    for (const row of rows.slice(1)) expect(row[4]).not.toMatch(/^[=+\-@\t\r]/);
    expect(exportCsv(t, { bom: false }).startsWith('start,')).toBe(true);
  });

  it('Word writes text runs: escaped XML, no markup of ours from the text', async () => {
    const bytes = await exportDocx(t, { timestamps: 'clock' });
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(String.fromCharCode(bytes[0]!, bytes[1]!)).toBe('PK');
    const xml = documentXml(bytes);
    expect(xml).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; =SUM(A1) --&gt; &quot;quotes&quot;');
    expect(xml).toContain('Ann &lt;b&gt;&amp;&lt;/b&gt; &quot;Bo&quot; (guest)');
    expect(xml).not.toContain('<script');
    expect(xml).not.toContain('<b>');
  });

  it('Word keeps control characters out of the XML', async () => {
    const t2 = programme();
    t2.blocks[0]!.spans = [{ text: 'bell\u0007 nul\u0000 vertical\u000btab' }];
    t2.meta.title = 'Title\u0001';
    const xml = documentXml(await exportDocx(t2, { timestamps: 'none' }));
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    expect(xml).toContain('bell nul vertical tab');
  });
});

describe('exportTranscript', () => {
  const t = programme();

  it('lists every format once, with what the UI and CLI need', () => {
    expect(EXPORT_FORMATS.map((f) => f.id)).toEqual([
      'txt',
      'md',
      'docx',
      'srt',
      'vtt',
      'ttml',
      'csv',
      'json',
    ]);
    for (const f of EXPORT_FORMATS) {
      expect(f.label).not.toBe('');
      expect(f.extension).toMatch(/^[a-z]+$/);
      expect(f.mime).toMatch(/^[a-z]+\/[a-z.+-]+/);
    }
  });

  it('writes every format with its defaults', async () => {
    expect(await exportTranscript(t, 'txt')).toBe(exportPlainText(t, { timestamps: 'none' }));
    expect(await exportTranscript(t, 'md')).toBe(exportMarkdown(t, { timestamps: 'clock' }));
    expect(await exportTranscript(t, 'srt')).toBe(exportSrt(t));
    expect(await exportTranscript(t, 'vtt', { gaps: 'clean' })).toBe(exportWebVtt(t, { gaps: 'clean' }));
    expect(await exportTranscript(t, 'csv')).toBe(exportCsv(t));
    const json = await exportTranscript(t, 'json');
    expect(typeof json === 'string' && parseDocument(json).ok).toBe(true);
    const docx = await exportTranscript(t, 'docx', { timestamps: 'none', speakers: 'name' });
    expect(docx).toBeInstanceOf(Uint8Array);
    expect(documentXml(docx as Uint8Array)).toContain('>Maya Okafor:<');
  });

  it('takes names from the roster: a rename shows in every format', async () => {
    const renamed = programme();
    renamed.speakers[0]!.name = 'Maya O.';
    for (const f of EXPORT_FORMATS) {
      const out = await exportTranscript(renamed, f.id);
      const text = typeof out === 'string' ? out : documentXml(out);
      expect(text, f.id).toContain('Maya O.');
      expect(text, f.id).not.toContain('Maya Okafor');
    }
  });
});

describe('any transcript', () => {
  it('exports to every format without throwing; CSV reads back to one row per turn with text', async () => {
    await fc.assert(
      fc.asyncProperty(arbTranscript, fc.constantFrom(...GAP_MODES), async (t, gaps) => {
        for (const f of EXPORT_FORMATS) {
          if (f.id === 'docx') continue; // slow; one run below
          const out = await exportTranscript(t, f.id, { gaps, timestamps: 'clock', mergeTurns: true });
          expect(typeof out).toBe('string');
        }
        const rows = Papa.parse<string[]>(exportCsv(t, { gaps, bom: false }), { skipEmptyLines: true }).data;
        const withText = t.blocks.filter(
          (b) => exportPlainText({ ...t, meta: {}, blocks: [b] }, { timestamps: 'none', gaps }) !== '',
        );
        expect(rows).toHaveLength(withText.length + 1);
        for (const row of rows) expect(row).toHaveLength(9);
      }),
      { numRuns: 200 },
    );
  });

  it('makes a Word document of any transcript', async () => {
    await fc.assert(
      fc.asyncProperty(arbTranscript, async (t) => {
        const xml = documentXml(await exportDocx(t, { timestamps: 'offset' }));
        // eslint-disable-next-line no-control-regex -- no control characters is what is checked
        expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }),
      { numRuns: 25 },
    );
  });
});

function documentXml(bytes: Uint8Array): string {
  const file = unzipSync(bytes)['word/document.xml'];
  if (!file) throw new Error('no word/document.xml');
  return strFromU8(file);
}

/// One line per paragraph: its style and alignment, then its runs, bold as
/// **text** and coloured runs as {colour:text}, text unescaped.
function describeDocx(xml: string): string {
  const lines: string[] = [];
  for (const [, paragraph] of xml.matchAll(/<w:p>(.*?)<\/w:p>/g)) {
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(paragraph!)?.[1];
    const centred = paragraph!.includes('<w:jc w:val="center"/>');
    const keep = paragraph!.includes('<w:keepNext/>');
    const runs = [...paragraph!.matchAll(/<w:r>(.*?)<\/w:r>/g)].map(([, run]) => {
      const text = unescapeXml([...run!.matchAll(/<w:t[^>]*>(.*?)<\/w:t>/g)].map((m) => m[1]).join(''));
      const colour = /<w:color w:val="([^"]+)"\/>/.exec(run!)?.[1];
      if (run!.includes('<w:b/>')) return `**${text}**`;
      return colour ? `{${colour}:${text}}` : text;
    });
    const tags = [style, centred ? 'centre' : '', keep ? 'keep-next' : ''].filter(Boolean).join(',');
    lines.push(`${tags ? `[${tags}] ` : ''}${runs.join('')}`);
  }
  return `${lines.join('\n')}\n`;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) =>
    name === 'lt' ? '<' : name === 'gt' ? '>' : name === 'quot' ? '"' : name === 'apos' ? "'" : '&',
  );
}
