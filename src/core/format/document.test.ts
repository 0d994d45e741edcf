import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../transcript.ts';
import {
  UnsaveableTranscriptError,
  checkTranscript,
  parseDocument,
  readDocumentValue,
  serializeDocument,
} from './document.ts';
import { originalFromTranscript } from './original.ts';
import type { Original } from './original.ts';
import { LIMITS } from './schema.ts';

function sample(): Transcript {
  return {
    meta: {
      title: 'France 24',
      network: 'LINKTV',
      channel: 'LINKTV',
      date: '2023-09-19',
      startClock: 330,
      endClock: 361,
      timeZone: 'PDT',
      source: 'LINKTV_20230919_123000_France_24.txt',
    },
    speakers: [
      { id: 's1', name: 'Sami Zeidan', role: 'host', color: '#1a2b3c' },
      { id: 's2', name: 'Reporter', role: 'reporter' },
    ],
    blocks: [
      {
        id: 'b1',
        speakerId: 's1',
        start: 0,
        estimated: false,
        story: true,
        spans: [
          { text: 'welcome to the show. ', time: { start: 0 } },
          { text: '[indiscernible]', gap: { tag: '[indiscernible]', status: 'open' } },
        ],
      },
      {
        id: 'b2',
        speakerId: 's2',
        start: 72.5,
        estimated: true,
        reviewed: true,
        spans: [
          { text: 'getting a close look ', time: { start: 72.5, end: 74.25 } },
          { text: '[laughter]', sound: true },
        ],
      },
      { id: 'b3', speakerId: null, start: null, estimated: false, spans: [] },
    ],
  };
}

// Tests reach into parsed JSON freely to damage it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type JsonDoc = Record<string, any>;

/// A saved file as text, with `edit` applied to its parsed JSON first.
function savedWith(edit: (doc: JsonDoc) => void): string {
  const doc = JSON.parse(serializeDocument(sample())) as JsonDoc;
  edit(doc);
  return JSON.stringify(doc, null, 2);
}

function failure(text: string): string {
  const result = parseDocument(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.message;
}

describe('serializeDocument', () => {
  it('writes the documented layout: fixed key order, one line per speaker and span', () => {
    const t: Transcript = {
      meta: { title: 'News', startClock: 600 },
      speakers: [{ id: 's1', name: 'Ann', role: 'anchor' }],
      blocks: [
        {
          id: 'b1',
          speakerId: 's1',
          start: 0,
          estimated: false,
          spans: [{ text: 'hello ', time: { start: 0 } }, { text: '"there"' }],
        },
      ],
    };
    expect(serializeDocument(t, { savedAt: '2024-05-01T09:30:00.000Z' })).toBe(
      [
        '{',
        '  "format": "caption-desk",',
        '  "version": 4,',
        '  "savedAt": "2024-05-01T09:30:00.000Z",',
        '  "transcript": {',
        '    "meta": {',
        '      "title": "News",',
        '      "startClock": 600',
        '    },',
        '    "speakers": [',
        '      { "id": "s1", "name": "Ann", "role": "anchor" }',
        '    ],',
        '    "blocks": [',
        '      {',
        '        "id": "b1",',
        '        "speakerId": "s1",',
        '        "start": 0,',
        '        "estimated": false,',
        '        "spans": [',
        '          { "text": "hello ", "time": { "start": 0 } },',
        '          { "text": "\\"there\\"" }',
        '        ]',
        '      }',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('writes an empty transcript compactly', () => {
    expect(serializeDocument({ meta: {}, speakers: [], blocks: [] })).toBe(
      '{\n  "format": "caption-desk",\n  "version": 4,\n  "transcript": {\n    "meta": {},\n    "speakers": [],\n    "blocks": []\n  }\n}\n',
    );
  });

  it('orders keys the same whatever order the object was built in', () => {
    const t = sample();
    const shuffled: Transcript = {
      blocks: t.blocks.map(({ spans, ...rest }) => ({ spans: spans.map((s) => ({ ...s })), ...rest })),
      speakers: t.speakers.map(({ role, color, name, id }) => ({
        role,
        name,
        id,
        ...(color ? { color } : {}),
      })),
      meta: { source: t.meta.source!, title: t.meta.title! },
    };
    const text = serializeDocument(shuffled);
    expect(text.indexOf('"title"')).toBeLessThan(text.indexOf('"source"'));
    expect(text).toContain('{ "id": "s2", "name": "Reporter", "role": "reporter" }');
  });

  it('refuses to write a file that would not open again', () => {
    const t = sample();
    t.blocks[0]!.start = Number.NaN;
    expect(() => serializeDocument(t)).toThrow(UnsaveableTranscriptError);
    expect(() => serializeDocument(t)).toThrow('blocks[0].start must be a finite number of seconds');
    expect(() => serializeDocument(sample(), { savedAt: 'yesterday' })).toThrow(/savedAt/);
  });
});

describe('parseDocument: round trip', () => {
  it('reads back what it wrote', () => {
    const result = parseDocument(serializeDocument(sample(), { savedAt: '2024-05-01T09:30:00Z' }));
    expect(result).toEqual({ ok: true, transcript: sample() });
  });

  it('save, reopen, save again gives identical bytes', () => {
    const first = serializeDocument(sample(), { savedAt: '2024-05-01T09:30:00+02:00' });
    const reopened = parseDocument(first);
    if (!reopened.ok) throw new Error(reopened.message);
    expect(serializeDocument(reopened.transcript, { savedAt: '2024-05-01T09:30:00+02:00' })).toBe(first);
  });

  it('accepts any valid JSON layout, not only ours', () => {
    const compact = JSON.stringify(JSON.parse(serializeDocument(sample())));
    expect(parseDocument(compact)).toEqual({ ok: true, transcript: sample() });
  });

  it('strips a UTF-8 byte order mark', () => {
    expect(parseDocument(`\uFEFF${serializeDocument(sample())}`)).toEqual({ ok: true, transcript: sample() });
  });

  it('reads a file whose line breaks became CRLF', () => {
    const crlf = serializeDocument(sample()).replace(/\n/g, '\r\n');
    expect(parseDocument(crlf)).toEqual({ ok: true, transcript: sample() });
  });

  it('keeps CR, LF and CRLF inside text exactly', () => {
    const t = sample();
    t.blocks[0]!.spans[0]!.text = 'line one\r\nline two\rthree\n';
    const result = parseDocument(serializeDocument(t));
    expect(result.ok && result.transcript.blocks[0]!.spans[0]!.text).toBe('line one\r\nline two\rthree\n');
  });

  it('treats ids named like Object.prototype members as ordinary ids', () => {
    const t = sample();
    t.speakers[0]!.id = '__proto__';
    t.speakers[1]!.id = 'constructor';
    t.blocks[0]!.speakerId = '__proto__';
    t.blocks[1]!.speakerId = 'constructor';
    t.blocks[2]!.id = 'hasOwnProperty';
    expect(parseDocument(serializeDocument(t))).toEqual({ ok: true, transcript: t });
  });
});

describe('parseDocument: files that are not JSON', () => {
  it('names the line and column of truncated JSON', () => {
    const text = '{\n  "format": "caption-desk",\n  "version": 1,\n  "transcript": {';
    expect(failure(text)).toBe('This file is not JSON (unexpected end at line 4, column 18).');
  });

  it('names the line and column of a stray character, counting CRLF as one line break', () => {
    expect(failure('{\r\n  "format": "caption-desk",\r\n  "version": 1\r\n  "x": 2\r\n}')).toBe(
      'This file is not JSON (expected "," or "}", found character "\\"" at line 4, column 3).',
    );
  });

  it('reports a raw line break inside a text value', () => {
    expect(failure('{"format": "caption\r\ndesk"}')).toBe(
      'This file is not JSON (a line break inside a text value at line 1, column 20).',
    );
  });

  it('reports trailing commas and single quotes', () => {
    expect(failure('{"a": [1, 2,]}')).toBe(
      'This file is not JSON (unexpected character "]" at line 1, column 13).',
    );
    expect(failure("{'a': 1}")).toBe(
      'This file is not JSON (expected a field name in double quotes, found character "\'" at line 1, column 2).',
    );
  });

  it('reports text after the JSON value', () => {
    expect(failure('{}\n{}')).toBe('This file is not JSON (unexpected character "{" at line 2, column 1).');
  });

  it('calls an empty file empty', () => {
    expect(failure('')).toBe('This file is empty.');
    expect(failure('\uFEFF  \n')).toBe('This file is empty.');
  });
});

describe('parseDocument: JSON that is not ours', () => {
  const notOurs = 'This JSON file is not a Caption Desk transcript (missing "format": "caption-desk").';

  it.each([
    ['an array', '[]'],
    ['a number', '42'],
    ['null', 'null'],
    ['another tool’s JSON', '{"segments": [], "language": "en"}'],
    ['the wrong format name', '{"format": "caption-desk-2", "version": 1}'],
  ])('refuses %s', (_name, text) => {
    expect(failure(text)).toBe(notOurs);
  });

  it('refuses a newer version with advice', () => {
    expect(failure(savedWith((doc) => (doc['version'] = 5)))).toBe(
      'This transcript was saved by a newer version of Caption Desk (format version 5); this version reads version 4. Update the app to open it.',
    );
  });

  it('calls a missing or nonsense version damage', () => {
    expect(failure(savedWith((doc) => delete doc['version']))).toBe(
      'The transcript is damaged: the file has no "version".',
    );
    expect(failure(savedWith((doc) => (doc['version'] = '1')))).toBe(
      'The transcript is damaged: "version" must be a whole number from 1 up, not "1".',
    );
    expect(failure(savedWith((doc) => (doc['version'] = 0.5)))).toMatch(/not 0\.5\.$/);
  });
});

describe('parseDocument: damaged transcripts', () => {
  it('names a dangling speaker id with its path', () => {
    const text = savedWith((doc) => (doc['transcript'].blocks[1].speakerId = 's9'));
    expect(failure(text)).toBe(
      'The transcript is damaged: blocks[1].speakerId "s9" is not in the speaker list.',
    );
  });

  it('names duplicate speaker and block ids', () => {
    const text = savedWith((doc) => {
      doc['transcript'].speakers[1].id = 's1';
      doc['transcript'].blocks[2].id = 'b1';
    });
    expect(failure(text)).toBe(
      'The transcript is damaged: speakers[1].id "s1" is used by speakers[0] too; blocks[1].speakerId "s2" is not in the speaker list; blocks[2].id "b1" is used by blocks[0] too.',
    );
  });

  it('names wrong types in plain words', () => {
    expect(failure(savedWith((doc) => (doc['transcript'].blocks[0].start = '0:00')))).toBe(
      'The transcript is damaged: blocks[0].start must be a finite number of seconds.',
    );
    expect(failure(savedWith((doc) => (doc['transcript'].blocks[0].estimated = 'no')))).toBe(
      'The transcript is damaged: blocks[0].estimated must be true or false, not the text "no".',
    );
    expect(failure(savedWith((doc) => (doc['transcript'].speakers = {})))).toBe(
      'The transcript is damaged: speakers must be a list, not an object.',
    );
    expect(failure(savedWith((doc) => (doc['transcript'].speakers[0].role = 'boss')))).toBe(
      'The transcript is damaged: speakers[0].role must be one of "host", "anchor", "guest", "reporter", "interviewee", "narrator", "other", not the text "boss".',
    );
    expect(failure(savedWith((doc) => (doc['transcript'].blocks[0].story = false)))).toBe(
      'The transcript is damaged: blocks[0].story must be true (leave the field out instead of false).',
    );
    expect(failure(savedWith((doc) => (doc['transcript'].speakers[0].color = 'red')))).toBe(
      'The transcript is damaged: speakers[0].color must be a colour written #rrggbb.',
    );
  });

  it('names missing fields', () => {
    expect(failure(savedWith((doc) => delete doc['transcript'].blocks[0].spans))).toBe(
      'The transcript is damaged: blocks[0].spans is missing.',
    );
    expect(failure(savedWith((doc) => delete doc['transcript']))).toBe(
      'The transcript is damaged: the transcript is missing.',
    );
  });

  it('refuses empty span text', () => {
    expect(failure(savedWith((doc) => (doc['transcript'].blocks[0].spans[0].text = '')))).toBe(
      'The transcript is damaged: blocks[0].spans[0].text must not be empty.',
    );
  });

  it('refuses numbers JSON cannot hold (1e400 reads as Infinity)', () => {
    const text = serializeDocument(sample()).replace('"start": 72.5,', '"start": 1e400,');
    expect(failure(text)).toBe(
      'The transcript is damaged: blocks[1].start must be a finite number of seconds.',
    );
  });

  it('refuses unknown keys rather than dropping them', () => {
    expect(failure(savedWith((doc) => (doc['transcript'].blocks[0].speaker = 'Sami')))).toBe(
      'The transcript is damaged: blocks[0] has an unknown field "speaker".',
    );
    expect(failure(savedWith((doc) => (doc['comment'] = 'x')))).toBe(
      'The transcript is damaged: the file has an unknown field "comment".',
    );
  });

  it('names at most three problems and counts the rest', () => {
    const text = savedWith((doc) => {
      for (const block of doc['transcript'].blocks) block.speakerId = 'nobody';
      doc['transcript'].blocks.push({ ...doc['transcript'].blocks[0], id: 'b4' });
    });
    expect(failure(text)).toBe(
      'The transcript is damaged: blocks[0].speakerId "nobody" is not in the speaker list; blocks[1].speakerId "nobody" is not in the speaker list; blocks[2].speakerId "nobody" is not in the speaker list (and 1 more problem).',
    );
  });

  it('says "too large" for a file over a limit, not "damaged"', () => {
    const text = savedWith((doc) => {
      doc['transcript'].speakers[0].name = 'x'.repeat(LIMITS.name + 1);
      doc['transcript'].blocks[0].speakerId = 'nobody';
    });
    expect(failure(text)).toBe(
      'This transcript is larger than Caption Desk can open: speakers[0].name is longer than 200 characters.',
    );
  });

  it('caps the number of speakers', () => {
    const speakers = Array.from({ length: LIMITS.speakers + 1 }, (_, i) => ({
      id: `s${i}`,
      name: '',
      role: 'other',
    }));
    expect(failure(savedWith((doc) => (doc['transcript'].speakers = speakers)))).toBe(
      'This transcript is larger than Caption Desk can open: speakers has more than 10,000 speakers.',
    );
  });
});

describe('parseDocument: prototype keys', () => {
  // JSON.parse makes "__proto__" an own property; it must be refused as an
  // unknown field and must never reach any object's prototype.
  it.each([
    ['the top level', '{"__proto__": {"polluted": true}, "format": "caption-desk", "version": 1'],
    [
      'meta',
      '{"format": "caption-desk", "version": 1, "transcript": {"meta": {"__proto__": {"polluted": true}}',
    ],
    [
      'meta (constructor)',
      '{"format": "caption-desk", "version": 1, "transcript": {"meta": {"constructor": {"prototype": {"polluted": true}}}',
    ],
  ])('refuses __proto__ in %s without polluting Object.prototype', (_where, head) => {
    const text = `${head}${head.includes('"transcript"') ? ', "speakers": [], "blocks": []}}' : ', "transcript": {"meta": {}, "speakers": [], "blocks": []}}'}`;
    const message = failure(text);
    expect(message).toMatch(/has an unknown field "(__proto__|constructor)"\.$/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses __proto__ inside a span and a speaker', () => {
    const text = serializeDocument(sample())
      .replace(
        '{ "text": "[laughter]", "sound": true }',
        '{ "text": "[laughter]", "sound": true, "__proto__": { "sound": false } }',
      )
      .replace('"role": "reporter" }', '"role": "reporter", "__proto__": null }');
    expect(failure(text)).toBe(
      'The transcript is damaged: speakers[1] has an unknown field "__proto__"; blocks[1].spans[1] has an unknown field "__proto__".',
    );
    expect(Object.prototype).not.toHaveProperty('sound');
  });
});

describe('checkTranscript', () => {
  it('accepts a valid transcript and explains an invalid one', () => {
    expect(checkTranscript(sample())).toEqual({ ok: true, transcript: sample() });
    const broken = sample();
    broken.blocks[0]!.speakerId = 'ghost';
    expect(checkTranscript(broken, 'Import failed')).toEqual({
      ok: false,
      message: 'Import failed: blocks[0].speakerId "ghost" is not in the speaker list.',
    });
  });
});

describe('docs/file-format.md', () => {
  it('shows an example that opens and is byte for byte what Caption Desk writes', () => {
    const doc = readFileSync(new URL('../../../docs/file-format.md', import.meta.url), 'utf8');
    const example = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    if (example === undefined) throw new Error('no json example in docs/file-format.md');
    const opened = parseDocument(example);
    if (!opened.ok) throw new Error(opened.message);
    expect(opened.original).toBeDefined();
    const savedAt = (JSON.parse(example) as { savedAt: string }).savedAt;
    expect(
      serializeDocument(opened.transcript, {
        savedAt,
        ...(opened.original && { original: opened.original }),
      }),
    ).toBe(example);
  });
});

describe('format version 2: the original', () => {
  const original = (): Original => ({
    speakers: [
      { id: 's1', name: 'Sami' },
      { id: 's9', name: 'Merged Away' },
    ],
    blocks: [
      { id: 'b1', speakerId: 's1', start: 0, text: 'welcome to the show. [indiscernible]' },
      { id: 'b2', speakerId: 's9', start: 72.5, text: 'getting a "close" look\n[laughter]' },
      { id: 'b3', speakerId: null, start: null, text: '' },
    ],
  });

  it('writes the original after the transcript, one line per speaker and turn', () => {
    const t: Transcript = { meta: {}, speakers: [], blocks: [] };
    expect(serializeDocument(t, { original: original() })).toBe(
      [
        '{',
        '  "format": "caption-desk",',
        '  "version": 4,',
        '  "transcript": {',
        '    "meta": {},',
        '    "speakers": [],',
        '    "blocks": []',
        '  },',
        '  "original": {',
        '    "speakers": [',
        '      { "id": "s1", "name": "Sami" },',
        '      { "id": "s9", "name": "Merged Away" }',
        '    ],',
        '    "blocks": [',
        '      { "id": "b1", "speakerId": "s1", "start": 0, "text": "welcome to the show. [indiscernible]" },',
        '      { "id": "b2", "speakerId": "s9", "start": 72.5, "text": "getting a \\"close\\" look\\n[laughter]" },',
        '      { "id": "b3", "speakerId": null, "start": null, "text": "" }',
        '    ]',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
  });

  it('round-trips the original exactly, and saves the same bytes again', () => {
    const first = serializeDocument(sample(), { savedAt: '2024-05-01T09:30:00Z', original: original() });
    const reopened = parseDocument(first);
    expect(reopened).toEqual({ ok: true, transcript: sample(), original: original() });
    if (!reopened.ok || !reopened.original) throw new Error('expected an original');
    expect(
      serializeDocument(reopened.transcript, {
        savedAt: '2024-05-01T09:30:00Z',
        original: reopened.original,
      }),
    ).toBe(first);
  });

  it('keeps the original optional: a file without one has no original field in the result', () => {
    const result = parseDocument(serializeDocument(sample()));
    expect(result.ok && 'original' in result).toBe(false);
  });

  it('keeps an original without a roster', () => {
    const { blocks } = original();
    const result = parseDocument(serializeDocument(sample(), { original: { blocks } }));
    expect(result).toEqual({ ok: true, transcript: sample(), original: { blocks } });
  });

  it('prints the same original object once (autosave reuses it)', () => {
    const o = original();
    const a = serializeDocument(sample(), { original: o, trusted: true });
    o.blocks[0]!.text = 'changed behind our back';
    expect(serializeDocument(sample(), { original: o, trusted: true })).toBe(a);
  });

  it('takes the original from a transcript: roster names and plain block text', () => {
    expect(originalFromTranscript(sample())).toEqual({
      speakers: [
        { id: 's1', name: 'Sami Zeidan' },
        { id: 's2', name: 'Reporter' },
      ],
      blocks: [
        { id: 'b1', speakerId: 's1', start: 0, text: 'welcome to the show. [indiscernible]' },
        { id: 'b2', speakerId: 's2', start: 72.5, text: 'getting a close look [laughter]' },
        { id: 'b3', speakerId: null, start: null, text: '' },
      ],
    });
  });

  it('checks the original: closed objects, unique ids, its own roster', () => {
    const withOriginal = (edit: (o: JsonDoc) => void): string => {
      const doc = JSON.parse(serializeDocument(sample(), { original: original() })) as JsonDoc;
      edit(doc['original']);
      return JSON.stringify(doc);
    };
    expect(failure(withOriginal((o) => (o['blocks'][1].id = 'b1')))).toBe(
      'The transcript is damaged: original.blocks[1].id "b1" is used by original.blocks[0] too.',
    );
    expect(failure(withOriginal((o) => (o['blocks'][0].speakerId = 's2')))).toBe(
      'The transcript is damaged: original.blocks[0].speakerId "s2" is not in original.speakers.',
    );
    expect(failure(withOriginal((o) => (o['blocks'][0].spans = [])))).toBe(
      'The transcript is damaged: original.blocks[0] has an unknown field "spans".',
    );
    expect(failure(withOriginal((o) => delete o['blocks'][0].text))).toBe(
      'The transcript is damaged: original.blocks[0].text is missing.',
    );
    expect(failure(withOriginal((o) => (o['blocks'][0].start = 'soon')))).toBe(
      'The transcript is damaged: original.blocks[0].start must be a finite number of seconds.',
    );
    expect(failure(withOriginal((o) => (o['speakers'] = null)))).toBe(
      'The transcript is damaged: original.speakers must be a list, not null.',
    );
  });

  it('does not require original speakers to be in the current roster', () => {
    // s9 was merged away after import; the original still names it.
    const result = parseDocument(serializeDocument(sample(), { original: original() }));
    expect(result.ok).toBe(true);
  });

  it('refuses to write a damaged original', () => {
    const o = original();
    o.blocks[1]!.id = 'b1';
    expect(() => serializeDocument(sample(), { original: o })).toThrow(
      'This transcript cannot be saved: original.blocks[1].id "b1" is used by original.blocks[0] too.',
    );
  });
});

describe('format version 1 files', () => {
  const v1 = readFileSync(new URL('./fixtures/version-1.json.txt', import.meta.url), 'utf8');

  it('opens a version 1 file as written by the version 1 writer, with no original', () => {
    const result = parseDocument(v1);
    if (!result.ok) throw new Error(result.message);
    expect(result.original).toBeUndefined();
    expect(result.transcript.blocks.map((b) => b.id)).toEqual(['b1', 'b2', 'b3']);
    expect(result.transcript.blocks[1]!.spans[1]!.gap).toEqual({ tag: '[indiscernible]', status: 'open' });
  });

  it('saves a reopened version 1 file as version 4 with nothing else changed', () => {
    const result = parseDocument(v1);
    if (!result.ok) throw new Error(result.message);
    const savedAt = (JSON.parse(v1) as { savedAt: string }).savedAt;
    expect(serializeDocument(result.transcript, { savedAt })).toBe(
      v1.replace('"version": 1,', '"version": 4,'),
    );
  });

  it('does not change the object it migrates', () => {
    const value = JSON.parse(v1) as JsonDoc;
    expect(readDocumentValue(value).ok).toBe(true);
    expect(value['version']).toBe(1);
  });

  it('refuses an "original" in a version 1 file: version 1 had no such field', () => {
    const doc = JSON.parse(v1) as JsonDoc;
    doc['original'] = { blocks: [] };
    expect(failure(JSON.stringify(doc))).toBe(
      'The transcript is damaged: the file has an unknown field "original".',
    );
  });

  it('still reports damage in version 1 files with paths', () => {
    const doc = JSON.parse(v1) as JsonDoc;
    doc['transcript'].blocks[0].speakerId = 's7';
    expect(failure(JSON.stringify(doc))).toBe(
      'The transcript is damaged: blocks[0].speakerId "s7" is not in the speaker list.',
    );
  });
});

describe('format version 3: speaker numbers and the case memory', () => {
  const v2 = readFileSync(new URL('./fixtures/version-2.json.txt', import.meta.url), 'utf8');

  it('opens a version 2 file with its speakers numbered in roster order, and saves it as version 4', () => {
    const result = parseDocument(v2);
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers.map((s) => s.number)).toEqual([undefined, undefined]);
    expect(result.transcript.casing).toBeUndefined();
    const savedAt = (JSON.parse(v2) as { savedAt: string }).savedAt;
    expect(serializeDocument(result.transcript, { savedAt, original: result.original! })).toBe(
      v2.replace('"version": 2,', '"version": 4,'),
    );
  });

  it('writes the memory after the blocks on one line and reads it back', () => {
    const t = sample();
    t.casing = { words: ['Jenny', 'Town', 'iPhone'], skip: ['bill'] };
    const text = serializeDocument(t);
    expect(text).toContain(
      '    ],\n    "casing": { "words": ["Jenny","Town","iPhone"], "skip": ["bill"] }\n  }\n',
    );
    expect(parseDocument(text)).toEqual({ ok: true, transcript: t });
    const empty: Transcript = { meta: {}, speakers: [], blocks: [], casing: { words: [], skip: ['x'] } };
    expect(parseDocument(serializeDocument(empty))).toEqual({ ok: true, transcript: empty });
  });

  it('refuses a case memory in a version 2 file: version 2 had no such field', () => {
    const doc = JSON.parse(v2) as JsonDoc;
    doc['transcript'].casing = { words: [], skip: [] };
    expect(failure(JSON.stringify(doc))).toBe(
      'The transcript is damaged: the file has an unknown field "transcript.casing".',
    );
  });

  it('names a damaged memory with its path', () => {
    const t = sample();
    t.casing = { words: [''], skip: [] };
    expect(() => serializeDocument(t)).toThrow(/casing\.words\[0\]/);
  });

  it('keeps a version 3 speaker number through save and reopen', () => {
    const doc = JSON.parse(v2) as JsonDoc;
    doc['version'] = 3;
    doc['transcript'].speakers[1].number = 7;
    const result = parseDocument(JSON.stringify(doc));
    if (!result.ok) throw new Error(result.message);
    expect(result.transcript.speakers[1]!.number).toBe(7);
    expect(serializeDocument(result.transcript)).toContain('"role": "reporter", "number": 7 }');
  });
});
