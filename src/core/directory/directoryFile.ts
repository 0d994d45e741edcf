import { z } from 'zod';
import '../format/schema.ts'; // sets zod's jitless mode before the schema below is built
import { ROLES } from '../transcript.ts';
import type { DirectoryPerson } from './person.ts';

/// A directory as a file a desk shares: `{"format": "caption-desk-directory",
/// "version": 1, "people": [...]}`. Reading one checks every field and
/// caps every size, because it comes from anywhere.

export const DIRECTORY_FORMAT = 'caption-desk-directory';
export const DIRECTORY_VERSION = 1;

const LIMITS = { people: 20_000, text: 300, aliases: 50, appearances: 5_000 } as const;

const text = z.string().max(LIMITS.text, { error: `is longer than ${LIMITS.text} characters` });
const day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { error: 'is not a date (YYYY-MM-DD)' });

const personSchema = z.object({
  id: z.string().min(1).max(100),
  name: text.min(1, { error: 'must not be empty' }),
  role: z.enum(ROLES),
  affiliation: text.optional(),
  aliases: z.array(text).max(LIMITS.aliases).default([]),
  appearances: z
    .array(z.object({ title: text.optional(), network: text.optional(), date: day.optional() }))
    .max(LIMITS.appearances)
    .default([]),
  firstSeen: day.default(''),
  lastSeen: day.default(''),
});

const fileSchema = z.object({
  format: z.literal(DIRECTORY_FORMAT, { error: `is not "${DIRECTORY_FORMAT}"` }),
  version: z.number().int().min(1).max(DIRECTORY_VERSION, { error: 'is newer than this app reads' }),
  people: z.array(personSchema).max(LIMITS.people, { error: `holds more than ${LIMITS.people} people` }),
});

export type DirectoryRead = { ok: true; people: DirectoryPerson[] } | { ok: false; message: string };

export function readDirectoryFile(textOfFile: string): DirectoryRead {
  let json: unknown;
  try {
    json = JSON.parse(textOfFile);
  } catch {
    return { ok: false, message: 'This is not a directory file: it is not JSON.' };
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? issue.path.join('.') : 'the file';
    return { ok: false, message: `This directory file cannot be read: ${where} ${issue.message}.` };
  }
  const people = parsed.data.people.map(({ affiliation, appearances, ...rest }): DirectoryPerson => ({
    ...rest,
    ...(affiliation ? { affiliation } : {}),
    appearances: appearances.map(clean),
  }));
  return { ok: true, people };
}

export function writeDirectoryFile(people: readonly DirectoryPerson[]): string {
  return `${JSON.stringify({ format: DIRECTORY_FORMAT, version: DIRECTORY_VERSION, people }, null, 2)}\n`;
}

function clean(a: { title?: string | undefined; network?: string | undefined; date?: string | undefined }) {
  return {
    ...(a.title ? { title: a.title } : {}),
    ...(a.network ? { network: a.network } : {}),
    ...(a.date ? { date: a.date } : {}),
  };
}
