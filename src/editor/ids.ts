let seq = 0;
const session = Math.floor(Math.random() * 36 ** 4).toString(36);

/// Ids for blocks, speakers and gaps created while editing. Imported ids are
/// short (`b12`); these carry a session tag so they never collide with them
/// or with ids from another session's edits of the same file.
export function newId(prefix: string): string {
  return `${prefix}-${session}${(++seq).toString(36)}`;
}
