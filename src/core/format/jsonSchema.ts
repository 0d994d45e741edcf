import { z } from 'zod';
import { documentSchema } from './schema.ts';

/// JSON Schema (draft 2020-12) of the saved file, generated from the zod
/// schema so the two cannot drift. JSON Schema cannot say "ids are unique"
/// or "every speakerId is in the roster"; those checks exist only in the app
/// and are listed in the description.
export function transcriptJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(documentSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
  return {
    ...generated,
    $comment:
      'Generated from src/core/format/schema.ts by `npm run schema`; do not edit. Not expressible here and ' +
      'checked by the app: speaker ids and block ids are unique, and every block speakerId is null or the ' +
      'id of a speaker in the list.',
  };
}
