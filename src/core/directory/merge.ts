import { personKey, sameAppearance, type Appearance, type DirectoryPerson } from './person.ts';

/// Two records of one person become one: the first's id and spelling, the
/// first known role and affiliation, every alias and appearance once, the
/// widest span of dates.
export function mergePeople(into: DirectoryPerson, from: DirectoryPerson): DirectoryPerson {
  return {
    ...into,
    role: into.role === 'other' ? from.role : into.role,
    ...(into.affiliation || from.affiliation ? { affiliation: into.affiliation || from.affiliation } : {}),
    aliases: unique([
      ...into.aliases,
      ...from.aliases,
      ...(personKey(from.name) !== personKey(into.name) ? [personKey(from.name)] : []),
    ]),
    appearances: addAppearances(into.appearances, from.appearances),
    firstSeen: earliest(into.firstSeen, from.firstSeen),
    lastSeen: latest(into.lastSeen, from.lastSeen),
  };
}

/// Adds records to a directory: a record whose name (or an alias) matches a
/// person already there is merged into them, any other is added. The result
/// is sorted by name, so an export is stable.
export function addPeople(
  directory: readonly DirectoryPerson[],
  records: readonly DirectoryPerson[],
): DirectoryPerson[] {
  const byKey = new Map<string, DirectoryPerson>();
  const people = new Map<string, DirectoryPerson>();
  const index = (p: DirectoryPerson) => {
    people.set(p.id, p);
    for (const key of [personKey(p.name), ...p.aliases.filter((a) => a.includes(' '))]) byKey.set(key, p);
  };
  directory.forEach(index);
  for (const record of records) {
    const existing = byKey.get(personKey(record.name));
    if (existing) index(mergePeople(existing, record));
    else if (!people.has(record.id)) index(record);
    else index({ ...record, id: `${record.id}-${people.size}` });
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function addAppearances(a: readonly Appearance[], b: readonly Appearance[]): Appearance[] {
  const out = [...a];
  for (const x of b) if (!out.some((y) => sameAppearance(x, y))) out.push(x);
  return out;
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ''))];
}

function earliest(a: string, b: string): string {
  return a && (!b || a <= b) ? a : b;
}

function latest(a: string, b: string): string {
  return a && (!b || a >= b) ? a : b;
}
