import { describe, expect, it } from 'vitest';
import { buildTeamLink, parseTeamLink, teamHttpUrl } from './link';
import { grants, isDocumentId } from './claims';

describe('team links', () => {
  it('round-trips through the fragment of an app address', () => {
    const link = { server: 'ws://127.0.0.1:4444', doc: 'Ab3_xYz-0123', token: 'a.b.c' };
    const url = buildTeamLink('http://localhost:4173/#old', link);
    expect(url.startsWith('http://localhost:4173/#team=')).toBe(true);
    expect(parseTeamLink(url)).toEqual(link);
    expect(parseTeamLink(new URL(url).hash)).toEqual(link);
  });

  it('refuses links with a part missing or a server that is not a WebSocket address', () => {
    expect(parseTeamLink('#team=ws%3A%2F%2Fh&doc=abcdefgh')).toBeNull();
    expect(parseTeamLink('#team=javascript%3Aalert(1)&doc=abcdefgh&token=t')).toBeNull();
    expect(parseTeamLink('')).toBeNull();
  });

  it('finds the HTTP API beside the WebSocket address', () => {
    expect(teamHttpUrl('wss://team.example/', '/api/library')).toBe('https://team.example/api/library');
    expect(teamHttpUrl('ws://127.0.0.1:4444', 'api/share')).toBe('http://127.0.0.1:4444/api/share');
  });

  it('accepts only URL-safe document ids, and desk tokens open every document', () => {
    expect(isDocumentId('Ab3_xYz-0123')).toBe(true);
    expect(isDocumentId('../etc/passwd')).toBe(false);
    expect(isDocumentId('short')).toBe(false);
    expect(grants({ doc: '*' }, 'Ab3_xYz-0123')).toBe(true);
    expect(grants({ doc: 'other-doc-1' }, 'Ab3_xYz-0123')).toBe(false);
  });
});
