import { ROLES, type Role } from './transcript.ts';

/// The role of a speaker added by name alone (the picker's "New speaker"):
/// a name that is a role ("Reporter", "anchor") takes that role; any other
/// name says nothing about the role, so `other`, never a guess like `guest`.
export function roleForName(name: string): Role {
  const word = name.trim().toLowerCase();
  return (ROLES as readonly string[]).includes(word) ? (word as Role) : 'other';
}
