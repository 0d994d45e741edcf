import type { Node } from 'prosemirror-model';
import { Step } from 'prosemirror-transform';
import { schema } from './schema.ts';

/// Applies steps saved as JSON (the edit journal) to the document they were
/// taken from. No plugin runs: what the plugins appended at the time was
/// journalled with the edit. Stops at the first step that does not read or
/// does not apply, so what comes back is always the document as it stood
/// after some prefix of the edits, never one the user did not have.
export function replaySteps(doc: Node, steps: readonly unknown[]): { doc: Node; applied: number } {
  let current = doc;
  let applied = 0;
  for (const json of steps) {
    try {
      const result = Step.fromJSON(schema, json).apply(current);
      if (!result.doc) break;
      current = result.doc;
    } catch {
      break;
    }
    applied++;
  }
  return { doc: current, applied };
}
