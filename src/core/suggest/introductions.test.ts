import { describe, expect, it } from 'vitest';
import { IntroductionReader, clip } from './introductions.ts';
import { normalize, sentences } from './text.ts';

function read(raw: string, network?: string, oneWordNames: string[] = []) {
  const text = normalize(raw);
  return new IntroductionReader(network, new Set(oneWordNames)).read(text, sentences(text)).map((x) => {
    const { evidence: _evidence, ...rest } = x;
    return rest;
  });
}

describe('guest introductions', () => {
  it('reads a list of `in <place>, <name>, <title>` sentences after the host brings guests in', () => {
    expect(
      read(
        "let's bring our guests in now. in seoul, mina cho, director of the peninsula monitor. " +
          'in washington, paul varga, senior fellow at the harbor institute, a u.s. think tank. ' +
          'and in lagos, ada obi, vice president of the river cities association. a warm welcome to you all.',
      ),
    ).toEqual([
      {
        kind: 'guest',
        name: 'mina cho',
        role: 'guest',
        affiliation: 'director of the peninsula monitor',
        location: 'seoul',
        sentence: 1,
      },
      {
        kind: 'guest',
        name: 'paul varga',
        role: 'guest',
        affiliation: 'senior fellow at the harbor institute, a u.s. think tank',
        location: 'washington',
        sentence: 2,
      },
      {
        kind: 'guest',
        name: 'ada obi',
        role: 'guest',
        affiliation: 'vice president of the river cities association',
        location: 'lagos',
        sentence: 3,
      },
    ]);
  });

  it('reads a bare `<name>, <title>.` sentence only in a turn that presents guests', () => {
    expect(read('our guests are here. mina cho, director of the peninsula monitor.')).toHaveLength(1);
    expect(read('the talks ended. mina cho, director of the peninsula monitor.')).toEqual([]);
  });

  it('reads names after lead-ins, with the place the lead-in gives', () => {
    expect(
      read('joining us now from geneva is tomas lindqvist, senior analyst at the world flood institute.'),
    ).toEqual([
      {
        kind: 'guest',
        name: 'tomas lindqvist',
        role: 'guest',
        affiliation: 'senior analyst at the world flood institute',
        location: 'geneva',
        sentence: 0,
      },
    ]);
    expect(
      read('with me in the studio is priya raman, professor of hydrology at the university of calder.'),
    ).toEqual([
      {
        kind: 'guest',
        name: 'priya raman',
        role: 'guest',
        affiliation: 'professor of hydrology at the university of calder',
        sentence: 0,
      },
    ]);
    expect(read('joining me now is priya raman from the university of calder.')[0]).toMatchObject({
      name: 'priya raman',
      affiliation: 'from the university of calder',
    });
  });

  it('splits two guests in one sentence', () => {
    const found = read(
      'we are joined by ruth abernathy, mayor of port ellery, and tomas lindqvist, senior analyst at the world flood institute.',
    );
    expect(found.map((x) => [x.name, x.affiliation])).toEqual([
      ['ruth abernathy', 'mayor of port ellery'],
      ['tomas lindqvist', 'senior analyst at the world flood institute'],
    ]);
    expect(
      read(
        'our guests tonight: ruth abernathy, mayor of port ellery; tomas lindqvist, an analyst at a flood institute.',
      ).map((x) => x.name),
    ).toEqual(['ruth abernathy', 'tomas lindqvist']);
  });

  it('cuts a relative clause off the title', () => {
    expect(
      read('joining us is priya raman, a professor of hydrology who has studied the river for years.')[0],
    ).toMatchObject({ affiliation: 'a professor of hydrology' });
  });

  it('takes a correspondent introduced by the host for a reporter', () => {
    expect(read('joining us is our correspondent daniel okafor.')).toEqual([
      { kind: 'guest', name: 'daniel okafor', role: 'reporter', sentence: 0 },
    ]);
    expect(read('with us is daniel okafor, our correspondent in port ellery.')[0]).toMatchObject({
      name: 'daniel okafor',
      role: 'reporter',
    });
  });
});

describe('self-introductions', () => {
  it('reads a host signing on', () => {
    for (const text of [
      "i'm maria keller and this is counterpoint.",
      'hello, i am maria keller.',
      "welcome to counterpoint, i'm maria keller.",
      'good evening. i am maria keller, and this is counterpoint.',
    ]) {
      expect(read(text), text).toContainEqual(
        expect.objectContaining({ kind: 'self', name: 'maria keller', role: 'host' }),
      );
    }
    expect(read("i'm maria, welcome to the programme.", undefined, ['maria'])).toEqual([
      { kind: 'self', name: 'maria', role: 'host', sentence: 0 },
    ]);
  });

  it('takes a one-word host name only when the roster has it', () => {
    expect(read("i'm maria and this is counterpoint.")).toEqual([]);
    expect(read("i'm worried and this is why.", undefined, ['maria'])).toEqual([]);
    expect(read("i'm deeply concerned and this is why.")).toEqual([]);
  });

  it('reads a reporter signing off at the end of a turn', () => {
    for (const text of [
      'the money has not arrived. for counterpoint, i am daniel okafor in port ellery.',
      "i'm daniel okafor, reporting from port ellery. back to you.",
      'the money has not arrived. daniel okafor, al jazeera, port ellery.',
      "the money has not arrived. i'm daniel okafor in port ellery.",
    ]) {
      expect(read(text), text).toContainEqual(
        expect.objectContaining({ kind: 'self', name: 'daniel okafor', role: 'reporter' }),
      );
    }
    expect(read('daniel okafor, counterpoint news, port ellery.', 'Counterpoint News')[0]).toMatchObject({
      name: 'daniel okafor',
    });
  });

  it('does not take a sign-off shape in mid-turn for one', () => {
    expect(read("i'm daniel okafor in port ellery. the water is rising. the town is empty.")).toEqual([]);
  });
});

describe('reporters announced at the end of a turn', () => {
  it('reads `<name> reports` and `<name> has this report`', () => {
    for (const text of [
      'the town is counting the cost. daniel okafor reports.',
      'our correspondent daniel okafor has this report from port ellery.',
      'as daniel okafor reports from port ellery.',
      'daniel okafor sent this report.',
    ]) {
      expect(read(text), text).toContainEqual(
        expect.objectContaining({ kind: 'next', name: 'daniel okafor', role: 'reporter' }),
      );
    }
  });

  it('ignores the phrase mid-sentence and organisations', () => {
    expect(read('the new york times reports that insurers are leaving.')).toEqual([]);
    expect(read('the figures came out. the new york times reports.')).toEqual([]);
    expect(read("al jazeera's correspondent reports.")).toEqual([]);
  });
});

describe('false positives avoided', () => {
  it.each([
    'i am honored that president putin has shown a deep interest.',
    'i am afraid time is out. thank you all for joining us.',
    'this is a relationship that has been deepening. this is inside story.',
    'in moscow, vladimir putin, the russian president, said the talks went well.',
    'vladimir putin, russia’s president.',
    'our guests will tell us whether kim jong un, the leader, meant it.',
    'north korea, the reclusive state, held a parade. in washington, officials were silent.',
    'with me is the director of the institute.',
    'in geneva, senior analysts, directors of institutes, met.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('clip', () => {
  it('cuts at a word boundary', () => {
    expect(clip('one two three four', 10)).toBe('one two…');
    expect(clip('short', 10)).toBe('short');
  });
});
