/// `npm run schema`: writes docs/transcript.schema.json from the zod schema.
/// A test fails while the committed file differs from what this generates.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { transcriptJsonSchema } from '../core/format/jsonSchema.ts';

const target = fileURLToPath(new URL('../../docs/transcript.schema.json', import.meta.url));

// Formatted as Prettier would, so `npm run format` leaves the file alone and
// `format:check` passes on a freshly generated schema.
const options = (await resolveConfig(target)) ?? {};
const text = await format(JSON.stringify(transcriptJsonSchema()), { ...options, filepath: target });
writeFileSync(target, text);
process.stderr.write(`wrote ${target}\n`);
