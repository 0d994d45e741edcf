import { describe, expect, it } from 'vitest';
import { isFollowUp, isGreeting, isReportIntro } from './rolePhrases.ts';
import { sentences } from './text.ts';

const first = (text: string) => sentences(text)[0]!;
const last = (text: string) => sentences(text).at(-1)!;

describe('isGreeting', () => {
  it.each([
    'welcome to the show.',
    'hello and welcome to the programme.',
    'good evening and welcome.',
    'welcome back.',
    'hello, welcome back to the program.',
  ])('%s', (text) => expect(isGreeting(first(text))).toBe(true));

  it('knows the programme title', () => {
    expect(isGreeting(first('welcome to counterpoint. tonight, floods.'), 'Counterpoint')).toBe(true);
    expect(isGreeting(first('welcome to counterpoint.'))).toBe(false);
  });

  it.each([
    'welcome to kibera, one of the largest slums.',
    'a warm welcome to you all.',
    'you are welcome to try.',
  ])('not: %s', (text) => expect(isGreeting(first(text))).toBe(false));
});

describe('isReportIntro', () => {
  it.each([
    'we will put that to our guests, but first this report.',
    'daniel sent us this report.',
    'our correspondent has more from port ellery.',
    'watch the following report.',
  ])('%s', (text) => expect(isReportIntro(last(text))).toBe(true));

  it.each([
    'i have not read that report.',
    'the u.n. published a report.',
    'this report was wrong, he said.',
  ])('not: %s', (text) => expect(isReportIntro(last(text))).toBe(false));
});

describe('isFollowUp', () => {
  it.each([
    'why do you expect that?',
    'what about the theory that russia gets artillery rounds?',
    'such as?',
    'how so?',
  ])('%s', (text) => expect(isFollowUp(sentences(text))).toBe(true));

  it.each([
    'do you agree?',
    'why? what do you make of it?',
    'why do you think the west is worried about a deal that has not even been signed yet?',
    'why.',
  ])('not: %s', (text) => expect(isFollowUp(sentences(text))).toBe(false));
});
