import { describe, expect, it } from 'vitest';
import { teamStatusText } from './status';

describe('the team status line', () => {
  it('says who is here, what waits, and why a link was refused', () => {
    expect(teamStatusText({ state: 'connected', people: 3 })).toBe('Connected · 3 people');
    expect(teamStatusText({ state: 'connected', people: 1 })).toBe('Connected · 1 person');
    expect(teamStatusText({ state: 'offline', waiting: 1, kept: true })).toBe(
      'Offline: 1 change waiting, kept in this browser',
    );
    expect(teamStatusText({ state: 'offline', waiting: 4, kept: false })).toBe(
      'Offline: 4 changes waiting, keeping them in this browser…',
    );
    expect(teamStatusText({ state: 'refused', reason: 'The token has expired.' })).toBe(
      'Refused: The token has expired.',
    );
  });
});
