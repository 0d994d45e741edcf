import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateArchiveTranscript } from '../../../tests/support/archive-generator.ts';
import { importArchive } from '../import/captions/archive.ts';
import { blockText } from '../transcript.ts';
import { findSuspects } from './find.ts';
import type { Suspect, SuspectOptions } from './find.ts';
import { knownNamesOf } from './known.ts';
import { loadWordList, wordListFrom } from './wordList.ts';

let isWord: (w: string) => boolean;
beforeAll(async () => {
  isWord = await loadWordList();
}, 30_000);

/// `[kind, marked text, suggestion]` for each suspect.
function marks(text: string, options: Partial<SuspectOptions> = {}): [string, string, string | undefined][] {
  return findSuspects(text, { isWord, ...options }).map((s) => [
    s.kind,
    text.slice(s.from, s.to),
    s.suggestion,
  ]);
}

describe('findSuspects: live-caption artifacts', () => {
  it('marks a doubled word and suggests one copy', () => {
    const text = 'he met president putin at a space space, their first meeting';
    expect(findSuspects(text, { isWord })).toEqual<Suspect[]>([
      {
        from: 28,
        to: 39,
        kind: 'doubled-word',
        message: '"space" twice in a row.',
        suggestion: 'space',
      },
    ]);
  });

  it('marks doubled words whatever their case, and a repeated phrase', () => {
    expect(marks('The Space space station')).toEqual([['doubled-word', 'Space space', 'Space']]);
    expect(marks('the great people the great people.')).toEqual([
      ['doubled-word', 'the great people the great people', 'the great people'],
    ]);
    expect(marks('mean young young is not so reliant')).toEqual([['doubled-word', 'young young', 'young']]);
    expect(marks('the the')).toEqual([['doubled-word', 'the the', 'the']]);
  });

  it('leaves ordinary doubles, emphasis and repeated short phrases alone', () => {
    expect(marks('he had had enough. what it is is a problem. i think that that is right.')).toEqual([]);
    expect(
      marks('no no. bye bye. it was very very good. ha ha. thank you thank you. we must we must act.'),
    ).toEqual([]);
    // Punctuation between the copies: a deliberate repetition.
    expect(marks('space, space. now.')).toEqual([]);
  });

  it('marks a captioner self-correction and suggests removing the first try', () => {
    const text = 'and north korea plane an important -- playing an important security role.';
    expect(findSuspects(text, { isWord })).toEqual<Suspect[]>([
      {
        from: 16,
        to: 38,
        kind: 'self-correction',
        message:
          'The captioner seems to have corrected "plane an important" to "playing an important"; remove the first try?',
        suggestion: '',
      },
    ]);
    expect(`${text.slice(0, 16)}${text.slice(38)}`).toBe(
      'and north korea playing an important security role.',
    );
  });

  it('takes as many words before the dash as the retyped words replace', () => {
    const text =
      'more quickly than what they are cheap and on their own. -- achieving on their own. in terms of';
    expect(marks(text)).toEqual([['self-correction', 'cheap and on their own. -- ', '']]);
  });

  it('marks one retyped word only when the word it replaces is not a word', () => {
    expect(marks('the punishment of the rvil -- evil people')).toEqual([['self-correction', 'rvil -- ', '']]);
    expect(marks('he went in the -- on the table')).toEqual([]);
  });

  it("leaves a speaker's restart and a broken-off sentence alone", () => {
    expect(marks('we are going to -- we were going to vote.')).toEqual([]);
    expect(marks('we do not see a real trilateral -- we do not see the kind of trilateral alliance')).toEqual(
      [],
    );
    expect(marks('it is not a -- i do not think it is that black and white.')).toEqual([]);
    expect(marks('just for the americans feeling -- to feel what they are feeling')).toEqual([]);
    expect(marks('also, there is a possibility of north korea -- we have enough.')).toEqual([]);
  });

  it('marks letters typed twice at either end of a word', () => {
    expect(marks('i ththink that is right. tthe meeting ended.')).toEqual([
      ['doubled-letters', 'ththink', 'think'],
      ['doubled-letters', 'tthe', 'the'],
    ]);
    expect(marks('we met gideonon the bridge', { knownNames: new Set(['gideon']) })).toEqual([
      ['doubled-letters', 'gideonon', 'gideon'],
    ]);
    expect(marks('we need to helllo them')).toEqual([['doubled-letters', 'helllo', 'hello']]);
  });

  it('does not take names for doubled letters', () => {
    expect(marks('and then aaron left. malala spoke. scott agreed.')).toEqual([]);
  });

  it('marks words run together when both halves are words, one of them common', () => {
    expect(marks('they did theirjob well')).toEqual([['glued-words', 'theirjob', 'their job']]);
    expect(marks('said borisjohnson today', { knownNames: new Set(['boris']) })).toEqual([
      ['glued-words', 'borisjohnson', 'boris johnson'],
    ]);
    // Without "boris" known, nothing says it is two words.
    expect(marks('said borisjohnson today')).toEqual([]);
  });

  it('marks a letter dropped where two words run together', () => {
    expect(marks('to turkisand the economy')).toEqual([['dropped-letters', 'turkisand', 'turkish and']]);
    expect(marks('we need the goverment to act')).toEqual([['dropped-letters', 'goverment', 'government']]);
  });

  it('marks an unknown word that looks garbled and is one edit from a word', () => {
    expect(marks('the great people -- rvil. north korea')).toEqual([['unknown-word', 'rvil', undefined]]);
    expect(marks("the rvil's plan and the anti-rvil law")).toEqual([
      ['unknown-word', "rvil's", undefined],
      ['unknown-word', 'rvil', undefined],
    ]);
  });

  it('keeps the case of the text in suggestions', () => {
    expect(marks('THE SPACE SPACE STATION AND RVIL')).toEqual([
      ['doubled-word', 'SPACE SPACE', 'SPACE'],
      ['unknown-word', 'RVIL', undefined],
    ]);
    expect(marks('They did Theirjob.')).toEqual([]); // a capital in cased text marks a name
    expect(marks('THEY DID THEIRJOB.')).toEqual([['glued-words', 'THEIRJOB', 'THEIR JOB']]);
  });

  it('gives offsets in UTF-16 code units of the text as given', () => {
    const text = '♪ 😀 “quoted” space space';
    const [found] = findSuspects(text, { isWord });
    expect(text.slice(found!.from, found!.to)).toBe('space space');
  });
});

describe('findSuspects: what is never marked', () => {
  it('skips numbers, abbreviations, tags, handles and web addresses', () => {
    expect(
      marks(
        'the u.s. and the e.u. met at 5:30 p.m. on 9/11 with cop26 delegates, a0 and f-16 jets. ' +
          '[indiscernible] (laughter) [ rvil ] #metoo @cnnbrk www.example.com al jazeera.com',
      ),
    ).toEqual([]);
  });

  it('skips contractions and possessives of words and names', () => {
    expect(
      marks("it's the kids' toys and the states' rights. don't, can't, won't, y'all, o'clock, o'brien"),
    ).toEqual([]);
    expect(
      marks("russia's war and korea's leader, putin's plan", { knownNames: new Set(['putin']) }),
    ).toEqual([]);
  });

  it('checks hyphenated compounds part by part', () => {
    expect(marks('face-to-face talks, a high-profile visit, a north korea-focused site')).toEqual([]);
  });

  it('skips names: known, after a title or introduction, before an institution, beside another name', () => {
    expect(marks('we spoke to sami about it', { knownNames: new Set(['sami']) })).toEqual([]);
    expect(marks('president xi jinping will call president putin')).toEqual([]);
    expect(marks("good evening, i'm maria keller. i am lena brooks.")).toEqual([]);
    expect(marks('a senior fellow at stimson center, a professor at the university of calder')).toEqual([]);
    expect(marks('in moscow, andrey baklanov, vice president')).toEqual([]);
  });

  it('skips names and foreign words that look like words or are far from any', () => {
    expect(
      marks(
        'hamas and hezbollah fighters, the houthis in yemen. fema says. pfizer and moderna shots. ' +
          'blinken traveled to riyadh and doha. zelenskyy asked for more. prigozhin left bakhmut.',
      ),
    ).toEqual([]);
  });

  it('skips capitalised words in cased text', () => {
    expect(marks('The President met Chancellor Scholz and Mr Zelenskyy in Kyiv.')).toEqual([]);
  });

  it('returns nothing for empty text or text without words', () => {
    expect(marks('')).toEqual([]);
    expect(marks('♪ ♪ >> -- ...')).toEqual([]);
  });
});

describe('findSuspects on any text', () => {
  it('never throws and gives sorted, non-overlapping marks inside the text', () => {
    const piece = fc.constantFrom(
      'space',
      'the',
      'ththe',
      'theirjob',
      'rvil',
      ' ',
      '  ',
      ' -- ',
      '--',
      '—',
      '.',
      ',',
      "'",
      '’',
      '-',
      '[',
      ']',
      '(',
      ')',
      'é',
      '\u0301',
      '😀',
      '\n',
      'A',
      'RVIL',
      '5',
      'korea',
      "korea's",
      'x-ray',
      '#',
      '@',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const found = findSuspects(text, { isWord, knownNames: new Set(['korea']) });
        let end = 0;
        for (const s of found) {
          expect(s.from).toBeGreaterThanOrEqual(end);
          expect(s.to).toBeGreaterThan(s.from);
          expect(s.to).toBeLessThanOrEqual(text.length);
          end = s.to;
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('findSuspects with a small word list', () => {
  const small = wordListFrom(['the', 'their', 'job', 'do', 'evil', 'level', 'people', 'great']);

  it('works from any list made by wordListFrom', () => {
    expect(marks('the great people the great people do theirjob', { isWord: small })).toEqual([
      ['doubled-word', 'the great people the great people', 'the great people'],
      ['glued-words', 'theirjob', 'their job'],
    ]);
  });

  it('without letter shapes (a plain lookup function), nearness alone decides unknown words', () => {
    const plain = (w: string) => small(w);
    expect(marks('the evel people', { isWord: plain })).toEqual([['unknown-word', 'evel', undefined]]);
    // With shapes, "evel" looks like a word of the list ("level") and is left alone.
    expect(marks('the evel people', { isWord: small })).toEqual([]);
  });
});

describe('knownNamesOf', () => {
  it('collects roster names and words not in the list that occur twice', () => {
    const texts = [
      'andrei lankov said',
      "lankov's view",
      'rvil once',
      'the koreans and a korean',
      'ththink ththink',
    ];
    const names = knownNamesOf(texts, { isWord, speakerNames: ['Sami Zeidan', 'Kate van Doore'] });
    expect([...names].sort()).toEqual(['doore', 'kate', 'lankov', 'sami', 'van', 'zeidan']);
    expect(knownNamesOf(['zorblat once', 'zorblat'], { isWord, minCount: 3 }).size).toBe(0);
  });
});

describe('the bundled sample programme', () => {
  const sample = readFileSync(new URL('../../samples/sample-programme.txt', import.meta.url), 'utf8');

  it('has no suspects as written (its names are found from context and repetition)', () => {
    const t = importArchive(sample);
    const texts = t.blocks.map(blockText);
    const knownNames = knownNamesOf(texts, { isWord, speakerNames: t.speakers.map((s) => s.name) });
    expect(texts.flatMap((text) => findSuspects(text, { isWord, knownNames }))).toEqual([]);
  });

  it('finds artifacts put into it, and nothing else', () => {
    const damaged = sample
      .replace('the irrigation canal is a ribbon', 'the irrigation canal canal is a ribbon')
      .replace('negotiators from the three states', 'negotiators from ththe three states')
      .replace('we planted these trees in 1998.', 'we planted thesetrees in 1998.')
      .replace('the river carried about', 'the river carried abuot -- about');
    const t = importArchive(damaged);
    const texts = t.blocks.map(blockText);
    const knownNames = knownNamesOf(texts, { isWord, speakerNames: t.speakers.map((s) => s.name) });
    const found = texts.flatMap((text) =>
      findSuspects(text, { isWord, knownNames }).map((s) => [s.kind, text.slice(s.from, s.to), s.suggestion]),
    );
    expect(found).toEqual([
      ['doubled-letters', 'ththe', 'the'],
      ['doubled-word', 'canal canal', 'canal'],
      ['glued-words', 'thesetrees', 'these trees'],
      ['self-correction', 'abuot -- ', ''],
    ]);
  });
});

describe('performance', () => {
  it('checks a 24-hour transcript (about 130,000 words) well within half a second of CPU', () => {
    const t = importArchive(generateArchiveTranscript({ hours: 24 }));
    // The generator writes clean English; every tenth turn gets one artefact,
    // so the count says both that each is found and that nothing else is.
    const texts = t.blocks
      .map(blockText)
      .map((text, i) => (i % 10 === 0 ? `${text} ${i % 20 === 0 ? 'ththe' : 'canal canal'} here.` : text));
    const knownNames = knownNamesOf(texts, { isWord });
    const before = process.cpuUsage();
    const kinds = new Map<string, number>();
    for (const text of texts) {
      for (const { kind } of findSuspects(text, { isWord, knownNames })) {
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      }
    }
    const used = process.cpuUsage(before);
    const seeded = Math.ceil(texts.length / 10);
    expect(texts.length).toBeGreaterThan(2000);
    expect(Object.fromEntries(kinds)).toEqual({
      'doubled-letters': Math.ceil(seeded / 2),
      'doubled-word': Math.floor(seeded / 2),
    });
    // CPU time, not wall time: the machine may be busy with other work.
    expect((used.user + used.system) / 1000).toBeLessThan(500);
  });
});
