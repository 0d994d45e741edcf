import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transcriptJsonSchema } from './jsonSchema.ts';

describe('docs/transcript.schema.json', () => {
  it('matches the zod schema (run `npm run schema` after changing src/core/format/schema.ts)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../docs/transcript.schema.json', import.meta.url), 'utf8'),
    );
    // Compared as data, so formatting the file with Prettier never matters.
    expect(
      committed,
      'docs/transcript.schema.json is out of date: run `npm run schema` and commit the result',
    ).toEqual(transcriptJsonSchema());
  });

  it('is draft 2020-12 and closed to unknown fields', () => {
    const schema = transcriptJsonSchema();
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['additionalProperties']).toBe(false);
    expect(schema['required']).toEqual(['format', 'version', 'transcript']);
  });
});
