import { describe, expect, it } from 'vitest';
import { dismissalKey, forgottenOf, withoutForgotten } from './forgotten.ts';
import type { DirectoryPerson } from './person.ts';

const maya = (...dates: string[]): DirectoryPerson => ({
  id: 'p-maya-chen',
  name: 'Maya Chen',
  role: 'guest',
  aliases: [],
  appearances: dates.map((date) => ({ title: 'Inside Story', date })),
  firstSeen: dates[0]!,
  lastSeen: dates.at(-1)!,
});

describe('people the user deleted', () => {
  it('stay out of records from the programmes they were deleted with, whatever the spelling', () => {
    const forgotten = new Map([['maya chen', forgottenOf(maya('2024-01-05', '2024-01-06'))]]);
    expect(withoutForgotten([{ ...maya('2024-01-05'), name: 'MAYA  CHEN' }], forgotten)).toEqual([]);
    expect(withoutForgotten([maya('2024-02-09')], forgotten)).toHaveLength(1);
    expect(withoutForgotten([maya('2024-01-05')], new Map())).toHaveLength(1);
  });

  it('dismissals are kept by programme and person, and not for a programme without details', () => {
    expect(dismissalKey({ title: 'Inside Story', date: '2024-01-05' }, 'p-1')).toBe(
      '["Inside Story","","2024-01-05","p-1"]',
    );
    expect(dismissalKey({}, 'p-1')).toBeNull();
  });
});
