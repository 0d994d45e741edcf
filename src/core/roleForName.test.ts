import { expect, it } from 'vitest';
import { roleForName } from './roleForName.ts';

it('gives a name that is a role that role, and any other name "other"', () => {
  expect(roleForName('Reporter')).toBe('reporter');
  expect(roleForName(' anchor ')).toBe('anchor');
  expect(roleForName('Glen Whitaker')).toBe('other');
  expect(roleForName('Reporter 2')).toBe('other');
});
