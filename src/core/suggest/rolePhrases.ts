/// Phrases that give away a role rather than a name: the host opens the show
/// (`welcome to the show.`), the host throws to a package (`but first this
/// report.`), and the host follows up on an answer (`why do you expect
/// that?`). Each is a whole-sentence test at a fixed place in the turn.

import type { Sentence } from './text.ts';

/// Openings only a host or anchor says to the audience. `welcome to` alone is
/// not enough (`welcome to kibera, one of ...` opens a report), so the
/// place welcomed to must be the programme (or its title, passed in).
export function isGreeting(first: Sentence, title?: string): boolean {
  const t = first.text;
  if (/^(?:(?:hello|hi|good (?:morning|afternoon|evening)),? )?(?:and )?welcome back\b/.test(t)) return true;
  if (/^(?:hello|hi|good (?:morning|afternoon|evening)),? (?:and )?welcome\b/.test(t)) return true;
  if (
    /^(?:(?:hello|hi|good (?:morning|afternoon|evening)),? (?:and )?)?welcome to (?:the |our )?(?:show|programme|program|broadcast|newsroom|newshour|news hour)\b/.test(
      t,
    )
  )
    return true;
  if (title) {
    const lower = title.toLowerCase();
    if (
      lower.length >= 3 &&
      (t.startsWith(`welcome to ${lower}`) || t.startsWith(`hello and welcome to ${lower}`))
    )
      return true;
  }
  return false;
}

/// The last sentence of a turn that throws to a package without naming the
/// reporter: `but first this report.`, `... sent this report.`, `our
/// correspondent has more.` The next turn is the reporter's.
export function isReportIntro(last: Sentence): boolean {
  const t = last.text;
  return (
    /\b(?:this|the following) report$/.test(t) ||
    /\b(?:correspondent|reporter|editor) (?:reports|has (?:more|the story|the details))(?: from [\p{L} .'-]{1,40})?$/u.test(
      t,
    )
  );
}

// Most words a follow-up question may have.
const MAX_FOLLOW_UP_WORDS = 12;

/// A short question that presses the last speaker rather than opening the
/// floor: `why do you expect that?`, `what about the theory that ...?`,
/// `such as?`. Longer questions and `do you agree?` may go to anyone.
export function isFollowUp(sentences: readonly Sentence[]): boolean {
  if (sentences.length !== 1) return false;
  const s = sentences[0]!;
  if (s.end !== '?' || s.text.split(' ').length > MAX_FOLLOW_UP_WORDS) return false;
  return /^(?:(?:and|but|so) )?(?:why|how so|how come|such as|like what|what about|meaning|really|in what (?:way|sense)|what do you mean|for example|for instance|what makes you)\b/.test(
    s.text,
  );
}
