import { beforeAll, describe, expect, it } from 'vitest';
import { loadCaseLexicon, type CaseLexicon } from './lexicon.ts';
import { Truecaser, isMostlyCapitals } from './truecase.ts';

let lexicon: CaseLexicon;
beforeAll(async () => {
  lexicon = await loadCaseLexicon();
});

const fix = (text: string, names: string[] = [], memory?: { words: string[]; skip: string[] }) =>
  new Truecaser({ lexicon, names, ...(memory ? { memory } : {}) }).apply(text);

describe('each rule', () => {
  it('sentence starts: the first word, and after . ? ! and a quotation opened after a comma', () => {
    expect(fix('we start. then what? now! and he said, "we will."')).toBe(
      'We start. Then what? Now! And he said, "We will."',
    );
  });

  it('after a tag between two sentences, and not after a tag inside one', () => {
    expect(fix('we won. [laughter] yet we went (applause) to town.')).toBe(
      'We won. [Laughter] Yet we went (applause) to town.',
    );
  });

  it('after a colon, a short opening phrase closed by a comma starts a sentence; a longer one is an item', () => {
    expect(fix('we agree on this: in the long run, men choose freedom')).toBe(
      'We agree on this: In the long run, men choose freedom',
    );
    expect(fix('the task: for all of us in this chamber to focus on their lives, their hopes')).toBe(
      'The task: for all of us in this chamber to focus on their lives, their hopes',
    );
  });

  it('after a colon, a sentence with a pronoun subject or a clause opener (if, when, today, tonight); a list or a number stays lowercase', () => {
    expect(fix('let me repeat: we cut taxes. the number: forty percent')).toBe(
      'Let me repeat: We cut taxes. The number: forty percent',
    );
    expect(fix('be clear: if they act, we act. our aim: tonight, today and if need be')).toBe(
      'Be clear: If they act, we act. Our aim: Tonight, today and if need be',
    );
  });

  it('the pronoun I and its contractions, with either apostrophe', () => {
    expect(fix("so i think i'm right, i've said i'd go and i’ll stay")).toBe(
      "So I think I'm right, I've said I'd go and I’ll stay",
    );
  });

  it('names, places and organisations from the lexicons, with possessives', () => {
    expect(fix('north korea and russia appear to be cementing their ties, said obama.')).toBe(
      'North Korea and Russia appear to be cementing their ties, said Obama.',
    );
    expect(fix("the kremlin's view and america's allies")).toBe("The Kremlin's view and America's allies");
  });

  it('acronyms and initialisms', () => {
    expect(fix('the u.s. and nato, cnn and the fbi on covid')).toBe(
      'The U.S. and NATO, CNN and the FBI on COVID',
    );
  });

  it('codes of letters and a number, and a letter after a hyphen', () => {
    expect(fix('the g7 and ms-13, covid-19 and mig-29 jets, pre-k, but the top-10 list')).toBe(
      'The G7 and MS-13, COVID-19 and MiG-29 jets, pre-K, but the top-10 list',
    );
  });

  it('a middle initial, and the first name before it', () => {
    expect(fix('if john f. kennedy could, we can. plan b. then')).toBe(
      'If John F. Kennedy could, we can. Plan b. Then',
    );
  });

  it('names of several words, also possessive', () => {
    expect(fix("al qaida's leaders in north korea's army")).toBe("Al Qaida's leaders in North Korea's army");
  });

  it('names with particles and apostrophes', () => {
    expect(fix("mr. o'brien met mitch mcconnell")).toBe("Mr. O'Brien met Mitch McConnell");
    expect(fix('then kate van doore spoke', ['Kate van Doore'])).toBe('Then Kate van Doore spoke');
  });

  it('titles before names, and not elsewhere', () => {
    expect(fix('we heard president biden and senator warren.')).toBe(
      'We heard President Biden and Senator Warren.',
    );
    expect(fix('the president said the senator left.')).toBe('The president said the senator left.');
  });

  it('titles of several words before a name, and titles after a form of address', () => {
    expect(fix('thank you, madam speaker, vice president cheney and mr. vice president.')).toBe(
      'Thank you, Madam Speaker, Vice President Cheney and Mr. Vice President.',
    );
    expect(fix('with chief petty officer kenton stacy during hurricane harvey')).toBe(
      'With Chief Petty Officer Kenton Stacy during Hurricane Harvey',
    );
    // A title's first part is no title alone: `first` and `staff` before a name stay.
    expect(fix('our first lady spoke. the first obama budget and staff reports')).toBe(
      'Our first lady spoke. The first Obama budget and staff reports',
    );
  });

  it('a point of the compass before a place or people', () => {
    expect(fix('north korean soldiers in southeast asia went north. the east wing')).toBe(
      'North Korean soldiers in Southeast Asia went north. The east wing',
    );
  });

  it('the name of a law: the, two or more words, act', () => {
    expect(fix('we passed the no child left behind act and the voting rights act.')).toBe(
      'We passed the No Child Left Behind Act and the Voting Rights Act.',
    );
    expect(fix('the people must act. the final act of the play. the time to act')).toBe(
      'The people must act. The final act of the play. The time to act',
    );
  });

  it('days and months', () => {
    expect(fix('on monday in january, and by friday')).toBe('On Monday in January, and by Friday');
  });

  it('names from the roster and the introductions, phrases and single words', () => {
    expect(fix('jenny town is here. thank you, jenny. we are in town.', ['Jenny Town'])).toBe(
      'Jenny Town is here. Thank you, Jenny. We are in town.',
    );
  });

  it('a noun after a name belongs to it', () => {
    expect(fix('along the calder river', ['Calder'])).toBe('Along the Calder River');
    expect(fix('from new york city to omaha beach and the persian gulf')).toBe(
      'From New York City to Omaha Beach and the Persian Gulf',
    );
    expect(fix('down by the river')).toBe('Down by the river');
    expect(fix('the albuquerque police department and the police')).toBe(
      'The Albuquerque Police Department and the police',
    );
  });

  it('words no lexicon knows are names, or initialisms without a vowel', () => {
    expect(fix("we met ryan holets and nisa. nisa's school; speaker pelosi agreed, said cj")).toBe(
      "We met Ryan Holets and Nisa. Nisa's school; Speaker Pelosi agreed, said CJ",
    );
  });

  it("the word after a title of rank or office is its holder's name, unless it goes on the sentence", () => {
    expect(fix('staff sergeant peck is here, and mr. sharp too')).toBe(
      'Staff Sergeant Peck is here, and Mr. Sharp too',
    );
    expect(fix('the sergeant said the mayor and the justice system; our senator left')).toBe(
      'The sergeant said the mayor and the justice system; our senator left',
    );
  });

  it('the word after a first name is its last name, unless it goes on the sentence', () => {
    expect(fix('senator bob dole and otto warmbier, with preston sharp')).toBe(
      'Senator Bob Dole and Otto Warmbier, with Preston Sharp',
    );
    expect(fix('we thank otto and cory. cory was hurt, cory is here and cory worked hard')).toBe(
      'We thank Otto and Cory. Cory was hurt, Cory is here and Cory worked hard',
    );
  });

  it('the plural of an acronym keeps its s lowercase; a word that only looks like one stays', () => {
    expect(fix('ceos, atms and mris; the bias of the ides')).toBe(
      'CEOs, ATMs and MRIs; the bias of the ides',
    );
  });

  it('words the lexicons know in another form stay ordinary', () => {
    // Contractions, endings the dictionary lacks, words run together, caption speech.
    const text =
      "we couldn't add flexibilities, she strived for homeownership after the drawdown. yeah, we're gonna, uh, um";
    expect(fix(text)).toBe(
      "We couldn't add flexibilities, she strived for homeownership after the drawdown. Yeah, we're gonna, uh, um",
    );
    expect(fix('high-quality pre-k and co-op')).toBe('High-quality pre-K and co-op');
  });

  it('the memory: words cased by hand win, skipped words stay', () => {
    expect(fix('the iphone and bill', [], { words: ['iPhone'], skip: ['bill'] })).toBe('The iPhone and bill');
    expect(fix('nato says', [], { words: [], skip: ['nato'] })).toBe('nato says');
  });

  it('leaves gap and sound tags, and words someone already cased, alone', () => {
    const caser = new Truecaser({ lexicon });
    const text = 'we went [indiscernible] to McDonald and iPhone';
    expect(caser.apply(text, [{ from: 8, to: 23 }])).toBe('We went [indiscernible] to McDonald and iPhone');
  });
});

describe('ambiguous words', () => {
  it('may: the month in a date, the verb elsewhere', () => {
    expect(fix('we may win in may. it may rain on may 5 and since may')).toBe(
      'We may win in May. It may rain on May 5 and since May',
    );
    expect(fix('this may be the day')).toBe('This may be the day');
  });

  it('turkey: the country, or the bird after an article', () => {
    expect(fix('talks with turkey and syria')).toBe('Talks with Turkey and Syria');
    expect(fix('we ate the turkey and a roast turkey')).toBe('We ate the turkey and a roast turkey');
  });

  it('bill: the law, or the name beside a surname', () => {
    expect(fix('the bill passed, said bill clinton')).toBe('The bill passed, said Bill Clinton');
    expect(fix("follow john's lead, not the bill's cost")).toBe("Follow John's lead, not the bill's cost");
  });

  it('china: the country, or the porcelain', () => {
    expect(fix('trade with china and fine china')).toBe('Trade with China and fine china');
  });
});

describe('ALL CAPS', () => {
  it('brings all-caps text to normal case by the same rules', () => {
    expect(fix('NORTH KOREA AND RUSSIA. I THINK NATO AND THE U.S. MAY ACT IN MAY.')).toBe(
      'North Korea and Russia. I think NATO and the U.S. may act in May.',
    );
  });

  it('tells all-caps text from text with a few acronyms', () => {
    expect(isMostlyCapitals('NORTH KOREA AND RUSSIA')).toBe(true);
    expect(isMostlyCapitals('the NATO summit and the FBI')).toBe(false);
    expect(fix('the NATO summit')).toBe('The NATO summit');
  });
});

describe('changes', () => {
  it('never changes a letter or a length, only case', () => {
    const text = 'straße and ß: i’m here, o’brien and façade in zürich';
    const changes = new Truecaser({ lexicon }).changes(text);
    for (const c of changes) {
      expect(c.after.toLowerCase()).toBe(c.before.toLowerCase());
      expect(c.after.length).toBe(c.before.length);
      expect(text.slice(c.from, c.to)).toBe(c.before);
    }
    expect(changes.map((c) => c.rule)).toContain('pronoun');
  });
});
