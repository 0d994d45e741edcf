import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_PATH, buildCaseLexicon, frontCode } from '../../../scripts/build-case-lexicon.ts';
import { createCaseLexicon, frontDecode, loadCaseLexicon } from './lexicon.ts';

describe('the case lexicon', () => {
  it('is what scripts/build-case-lexicon.ts makes from dictionary-en and compromise', () => {
    expect(
      readFileSync(new URL(`../../../${LEXICON_PATH}`, import.meta.url), 'utf8'),
      'src/core/casing/lexiconData.ts is out of date: run `npm run lexicon:case`',
    ).toBe(buildCaseLexicon());
  }, 60_000);

  it('sorts cased words by how strongly they want their capitals', async () => {
    const lexicon = await loadCaseLexicon();
    expect(lexicon.word('nato')).toEqual({ form: 'NATO', strength: 'always' });
    expect(lexicon.word('america')).toEqual({ form: 'America', strength: 'always' });
    expect(lexicon.word('turkey')).toEqual({ form: 'Turkey', strength: 'leans', country: true });
    expect(lexicon.word('may')?.strength).toBe('context');
    expect(lexicon.word('bill')?.strength).toBe('context');
    expect(lexicon.word('table')).toBeUndefined();
    expect(lexicon.isNameWord('bill')).toBe(true);
    expect(lexicon.phrase('north korea')).toBe('North Korea');
  });

  it('knows ordinary words in every form the affix rules make, prefixed and suffixed too', async () => {
    const lexicon = await loadCaseLexicon();
    // `depends` is `de` + `pend` + `s` in the dictionary: a prefix and a suffix combined.
    for (const word of ['table', 'depends', 'recovering', 'products', 'gonna', 'yeah'])
      expect(lexicon.isPlainWord(word), word).toBe(true);
    for (const word of ['pelosi', 'holets', 'obama']) expect(lexicon.isPlainWord(word), word).toBe(false);
  });

  it('front-codes its word list and reads it back', () => {
    const words = ['act', 'acting', 'action', 'bee', "bee's", 'been'];
    expect(frontCode(words)).toBe("0act3ing4on0bee3's3n");
    expect([...frontDecode(frontCode(words))]).toEqual(words);
  });

  it('reads its data without the real lexicon, for rules tested on their own', () => {
    const lexicon = createCaseLexicon({
      ONLY_CASED: 'Zorbia',
      LEANS_CASED: '',
      LEANS_COUNTRY: 'Turkey',
      AMBIGUOUS: 'Bill',
      NAME_WORDS: 'bill',
      FIRST_NAMES: 'bill',
      NOT_SURNAMES: 'said',
      PHRASES: 'New Zorbia City',
      PLAIN_WORDS: '',
    });
    expect(lexicon.word('zorbia')?.form).toBe('Zorbia');
    expect(lexicon.longestPhrase).toBe(3);
  });
});
