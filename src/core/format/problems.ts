import type { z } from 'zod';

/// How many problems a message names before it says "and N more": a user
/// needs the first few to find the damage, not a wall of text.
const SHOWN = 3;

/// Zod error map for validation of a saved file: plain words, since the
/// message ends up in front of a user who opened a file. Messages written on
/// the schema itself take precedence over these.
export const problemWords: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${expectedWords(issue.expected)}, not ${valueWords(issue.input)}`;
    case 'invalid_value': {
      if (issue.values.length === 1 && issue.values[0] === true)
        return `must be true (leave the field out instead of ${valueWords(issue.input)})`;
      const allowed = issue.values.map((v) => JSON.stringify(v));
      const list = allowed.length > 1 ? `one of ${allowed.join(', ')}` : (allowed[0] ?? 'a known value');
      return `must be ${list}, not ${valueWords(issue.input)}`;
    }
    case 'unrecognized_keys':
      return issue.keys.length === 1
        ? `has an unknown field ${JSON.stringify(issue.keys[0])}`
        : `has unknown fields ${issue.keys.map((k) => JSON.stringify(k)).join(', ')}`;
    case 'too_big':
      return `is larger than allowed (at most ${String(issue.maximum)})`;
    case 'too_small':
      return `is smaller than allowed (at least ${String(issue.minimum)})`;
    case 'invalid_format':
      return 'is not in the expected format';
    default:
      return 'is not valid';
  }
};

function expectedWords(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number';
    case 'int':
      return 'a whole number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'array':
      return 'a list';
    default:
      return expected;
  }
}

/// A short description of what was found, without echoing large values.
function valueWords(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return value.length <= 40 ? `the text ${JSON.stringify(value)}` : 'a text';
    case 'number':
      return Number.isFinite(value) ? `the number ${String(value)}` : 'a number too large to store';
    case 'boolean':
      return String(value);
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

/// `blocks[12].speakerId` for a zod path. The leading `transcript` is
/// dropped because every message is already about the transcript.
export function pathWords(path: readonly PropertyKey[]): string {
  const inner = path[0] === 'transcript' ? path.slice(1) : path;
  if (inner.length === 0) return path.length === 0 ? 'the file' : 'the transcript';
  let out = '';
  for (const key of inner) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/// One sentence for a failed validation: names the first few problems and
/// says whether the file is damaged or merely bigger than we open.
export function describeProblems(
  issues: readonly z.core.$ZodIssue[],
  damaged: string,
  tooLarge: string,
): string {
  // A file over a limit is not damaged; say so, and name the limit first.
  const limits = issues.filter((issue) => issue.code === 'too_big');
  const chosen = limits.length > 0 ? limits : issues;
  const lead = limits.length > 0 ? tooLarge : damaged;
  const shown = chosen.slice(0, SHOWN).map((issue) => `${pathWords(issue.path)} ${issue.message}`);
  const more = chosen.length - shown.length;
  const tail =
    more > 0 ? ` (and ${more.toLocaleString('en-US')} more ${more === 1 ? 'problem' : 'problems'})` : '';
  return `${lead}: ${shown.join('; ')}${tail}.`;
}
