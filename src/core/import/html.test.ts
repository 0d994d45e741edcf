import { describe, expect, it } from 'vitest';
import { decodeEntities, tokenizeHtml } from './html.ts';

describe('decodeEntities', () => {
  it('decodes named and numeric references, leaves unknown ones', () => {
    expect(decodeEntities('a &amp; b &lt;c&gt; &quot;d&quot; &#39;e&#x27; &nbsp;')).toBe(
      'a & b <c> "d" \'e\' \u00a0',
    );
    expect(decodeEntities('&rsquo;&eacute;&hellip;&#128512;')).toBe('’é…😀');
    expect(decodeEntities('&bogus; &amp &#0; &#xD800; &constructor; &__proto__;')).toBe(
      '&bogus; &amp \uFFFD \uFFFD &constructor; &__proto__;',
    );
  });
});

describe('tokenizeHtml', () => {
  it('splits tags, attributes and text', () => {
    expect(tokenizeHtml('<p class="x" data-a=\'1\' b=c d>Hi &amp; bye</p><br/>')).toEqual([
      {
        kind: 'open',
        name: 'p',
        attrs: new Map([
          ['class', 'x'],
          ['data-a', '1'],
          ['b', 'c'],
          ['d', ''],
        ]),
      },
      { kind: 'text', text: 'Hi & bye' },
      { kind: 'close', name: 'p' },
      { kind: 'open', name: 'br', attrs: new Map() },
    ]);
  });

  it('drops comments, doctypes, scripts and styles, and keeps stray < as text', () => {
    const tokens = tokenizeHtml(
      '<!DOCTYPE html><!-- note --><SCRIPT>alert("<p>x</p>")</script >a < b<style>p{}</style>c <3 <',
    );
    const text = tokens
      .filter((t) => t.kind === 'text')
      .map((t) => t.text)
      .join('');
    expect(text).toBe('a < bc <3 <');
    expect(tokens.filter((t) => t.kind !== 'text').map((t) => t.kind + ':' + t.name)).toEqual([
      'open:script',
      'close:script',
      'open:style',
      'close:style',
    ]);
  });

  it('keeps an unterminated tag as text and reads quoted > inside attributes', () => {
    expect(tokenizeHtml('x <span title="a>b">y</span> <p unclosed')).toEqual([
      { kind: 'text', text: 'x ' },
      { kind: 'open', name: 'span', attrs: new Map([['title', 'a>b']]) },
      { kind: 'text', text: 'y' },
      { kind: 'close', name: 'span' },
      { kind: 'text', text: ' <p unclosed' },
    ]);
  });
});
