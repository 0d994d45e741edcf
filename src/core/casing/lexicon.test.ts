import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_PATH, buildCaseLexicon } from '../../../scripts/build-case-lexicon.ts';
import { createCaseLexicon, loadCaseLexicon } from './lexicon.ts';

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

  it('reads its data without the real lexicon, for rules tested on their own', () => {
    const lexicon = createCaseLexicon({
      ONLY_CASED: 'Zorbia',
      LEANS_CASED: '',
      LEANS_COUNTRY: 'Turkey',
      AMBIGUOUS: 'Bill',
      NAME_WORDS: 'bill',
      PHRASES: 'New Zorbia City',
    });
    expect(lexicon.word('zorbia')?.form).toBe('Zorbia');
    expect(lexicon.longestPhrase).toBe(3);
  });
});
