import { describe, expect, it } from 'vitest';
import { displayName, firstName, isName, isNameText, isPersonName } from './names.ts';

describe('isName', () => {
  it('accepts two- and three-word names, common surnames included', () => {
    for (const name of [
      'ruth abernathy',
      'jenny town',
      'chris wood',
      "mary o'neil",
      'jean-pierre dubois',
      'kim jong un',
    ])
      expect(isNameText(name, 2, 3), name).toBe(true);
  });

  it('counts particles only as part of a name', () => {
    expect(isName(['kate', 'van', 'doore'], 2, 2)).toBe(true);
    expect(isName(['van', 'doore'], 2, 2)).toBe(false);
  });

  it('rejects phrases, titles, places and organisations', () => {
    for (const phrase of [
      'the show',
      'honored that',
      'senior fellow',
      'president putin',
      'north korea',
      'hong kong',
      'new york',
      'york times',
      "al jazeera's rob",
      'russian diplomats',
      'u.s officials',
    ])
      expect(isNameText(phrase, 2, 3), phrase).toBe(false);
  });

  it('enforces the word count', () => {
    expect(isNameText('sami', 2, 3)).toBe(false);
    expect(isNameText('sami', 1, 3)).toBe(true);
    expect(isNameText('a b c d', 1, 3)).toBe(false);
  });
});

describe('names', () => {
  it('title-cases like the importer', () => {
    expect(displayName('kate van doore')).toBe('Kate van Doore');
    expect(displayName("mary o'neil")).toBe("Mary O'Neil");
  });

  it('takes the first name', () => {
    expect(firstName('Jenny Town')).toBe('jenny');
    expect(firstName('Sami')).toBe('sami');
  });

  it('tells persons from role labels', () => {
    expect(isPersonName('Sally Sara')).toBe(true);
    expect(isPersonName('Reporter')).toBe(false);
    expect(isPersonName('The Speaker')).toBe(false);
  });
});
