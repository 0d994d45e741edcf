import { describe, expect, it } from 'vitest';
import { blockText, type Transcript } from '../../transcript.ts';
import { importTtml, looksLikeTtml } from './ttml.ts';
import { DEFAULT_TIME_PARAMETERS, parseTimeExpression, timeParameters } from './ttmlTime.ts';

const TT = '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"';

function opened(body: string, attributes = '', head = ''): Transcript {
  const result = importTtml(`${TT} ${attributes}><head>${head}</head><body><div>${body}</div></body></tt>`);
  if (!result.ok) throw new Error(result.message);
  return result.transcript;
}

function turns(t: Transcript): [string | null, number | null, string][] {
  const names = new Map(t.speakers.map((s) => [s.id, s.name]));
  return t.blocks.map((b) => [b.speakerId === null ? null : names.get(b.speakerId)!, b.start, blockText(b)]);
}

describe('TTML time expressions', () => {
  const at = (text: string, params = DEFAULT_TIME_PARAMETERS) => parseTimeExpression(text, params);

  it('reads clock times, with fractions, frames and sub-frames', () => {
    expect(at('01:02:03')).toBe(3723);
    expect(at('00:00:01.5')).toBe(1.5);
    expect(at('00:00:01.25')).toBe(1.25);
    expect(at('100:00:00.000')).toBe(360000);
    const pal = timeParameters({ frameRate: '25', subFrameRate: '2' });
    expect(at('00:00:01:12', pal)).toBe(1.48);
    expect(at('00:00:01:12.1', pal)).toBe(1.5);
    // 30 frames at 30000/1001: the NTSC rate.
    expect(at('00:00:00:30', timeParameters({ frameRate: '30', frameRateMultiplier: '1000 1001' }))).toBe(
      1.001,
    );
  });

  it('reads offsets in hours, minutes, seconds, milliseconds, frames and ticks', () => {
    expect(at('1.5h')).toBe(5400);
    expect(at('2m')).toBe(120);
    expect(at('12.345s')).toBe(12.345);
    expect(at('1500ms')).toBe(1.5);
    expect(at('60f')).toBe(2); // 30 frames a second by default
    expect(at('10000000t', timeParameters({ tickRate: '10000000' }))).toBe(1);
    // Without a tick rate: the frame rate when one is given, else 1.
    expect(at('50t', timeParameters({ frameRate: '25' }))).toBe(2);
    expect(at('3t')).toBe(3);
  });

  it('refuses what is not a time expression', () => {
    for (const bad of ['', '1', '1:2', '00:61:00', 'abc', '1.5x', '-1s', '00:00:01;10'])
      expect(at(bad)).toBeNull();
  });
});

describe('TTML import', () => {
  it('is recognised by its root element, after a declaration, comments and a doctype', () => {
    expect(looksLikeTtml('\uFEFF<?xml version="1.0"?>\n<!-- made by X -->\n<tt:tt xmlns:tt="...">')).toBe(
      true,
    );
    expect(looksLikeTtml('<tt>')).toBe(true);
    expect(looksLikeTtml('<?xml version="1.0"?><html>')).toBe(false);
    expect(looksLikeTtml('<ttx>')).toBe(false);
  });

  it('adds the begin of body and divs to their paragraphs', () => {
    const t = importTtml(
      `${TT}><body begin="10s"><div begin="00:01:00"><p begin="1.5s">One.</p></div>` +
        '<div><p begin="2s">&gt;&gt; Two.</p></div></body></tt>',
    );
    if (!t.ok) throw new Error(t.message);
    expect(turns(t.transcript)).toEqual([
      [null, 71.5, 'One.'],
      [null, 12, 'Two.'],
    ]);
  });

  it('names speakers by agent, on the p, a span or the div; a div with an agent starts a turn', () => {
    const head =
      '<metadata><ttm:agent xml:id="a"><ttm:name type="full">Ann Lee</ttm:name></ttm:agent>' +
      '<ttm:agent xml:id="b"/></metadata>';
    const t = opened(
      '<p begin="1s" ttm:agent="a">Hello.</p><p begin="2s" ttm:agent="#a">Again.</p>' +
        '<p begin="3s"><span ttm:agent="b">Hi, Ann.</span> <span ttm:agent="a">Hi.</span></p>' +
        '</div><div ttm:agent="a"><p begin="4s">New turn.</p>',
      '',
      head,
    );
    expect(turns(t)).toEqual([
      ['Ann Lee', 1, 'Hello. Again.'],
      ['b', 3, 'Hi, Ann.'],
      ['Ann Lee', 3, 'Hi.'],
      ['Ann Lee', 4, 'New turn.'],
    ]);
  });

  it('names speakers by colour only when the text comes in two colours or more', () => {
    const head = '<styling><style xml:id="y" tts:color="#ffff00"/><style xml:id="yy" style="y"/></styling>';
    expect(
      turns(
        opened(
          '<p begin="1s" style="yy">Yes.</p><p begin="2s"><span tts:color="cyan">No.</span></p>',
          '',
          head,
        ),
      ),
    ).toEqual([
      ['Yellow', 1, 'Yes.'],
      ['Cyan', 2, 'No.'],
    ]);
    expect(
      turns(opened('<p begin="1s" tts:color="white">Yes.</p><p begin="2s" tts:color="white">No.</p>')),
    ).toEqual([
      [null, 1, 'Yes.'],
      [null, 2, 'No.'],
    ]);
  });

  it('reads entities, character references and CDATA, and skips metadata', () => {
    const t = opened(
      '<p begin="0s">A &amp;amp; B &#233;&#x263A; &rsquo;<![CDATA[<b>&amp;</b>]]><metadata>not text</metadata></p>',
    );
    expect(turns(t)).toEqual([[null, 0, 'A &amp; B é☺ ’<b>&amp;</b>']]);
  });

  it('says what is wrong with a file it cannot read', () => {
    expect(importTtml(`${TT}><body><p begin="1:2">x</p></body></tt>`)).toEqual({
      ok: false,
      message:
        'This TTML file has a time it cannot read: begin="1:2" (expected a clock time such as "00:00:01.500" or an offset such as "1.5s").',
    });
    expect(importTtml('<tt')).toMatchObject({ ok: false, message: /not well-formed XML at line 1/ });
    expect(importTtml('<ttx/>')).toMatchObject({ ok: false, message: /no <tt> element/ });
    expect(importTtml(`${TT}><body/></tt>`)).toEqual({
      ok: false,
      message: 'This TTML file has no transcript text in it.',
    });
  });
});
