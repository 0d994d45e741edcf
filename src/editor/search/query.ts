/// What the user searches for. `speakerId` limits the search to one
/// speaker's blocks.
export interface SearchQuery {
  text: string;
  regex: boolean;
  caseSensitive: boolean;
  speakerId: string | null;
}

export type CompiledQuery = { ok: true; pattern: RegExp } | { ok: false; message: string };

/// A global RegExp for the query, or why the pattern is not valid.
export function compileQuery(query: SearchQuery): CompiledQuery {
  if (!query.text) return { ok: false, message: '' };
  const source = query.regex ? query.text : query.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  try {
    return { ok: true, pattern: new RegExp(source, query.caseSensitive ? 'gu' : 'giu') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export interface TextMatch {
  from: number;
  to: number;
}

/// Non-empty matches of `pattern` in `text` (an empty match, say from `a*`,
/// would select nothing and loop forever).
export function matchText(text: string, pattern: RegExp): TextMatch[] {
  const found: TextMatch[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    found.push({ from: m.index, to: m.index + m[0].length });
  }
  return found;
}

/// The text a match becomes: `$1`-style groups for a regular expression.
export function replacementText(
  matched: string,
  pattern: RegExp,
  replacement: string,
  regex: boolean,
): string {
  if (!regex) return replacement;
  const single = new RegExp(pattern.source, pattern.flags.replace('g', ''));
  return matched.replace(single, replacement);
}
