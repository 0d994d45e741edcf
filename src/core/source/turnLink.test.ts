import { describe, expect, it } from 'vitest';
import { archiveIdentifier, turnLink } from './turnLink.ts';

describe('turn links', () => {
  it('gives an Archive clip of the turn, from a page address with or without a clip', () => {
    const page = { address: 'https://archive.org/details/LINKTV_20230919_123000_France_24' };
    expect(turnLink(page, 61.4, 75.2)).toBe(
      'https://archive.org/details/LINKTV_20230919_123000_France_24/start/61/end/76',
    );
    const clip = {
      address: 'https://archive.org/details/LINKTV_20230919_123000_France_24/start/600/end/660',
    };
    expect(archiveIdentifier(clip)).toBe('LINKTV_20230919_123000_France_24');
    expect(turnLink(clip, 10, 20)).toBe(
      'https://archive.org/details/LINKTV_20230919_123000_France_24/start/10/end/20',
    );
  });

  it('adds the programme start in the source, and uses a media fragment for other addresses', () => {
    expect(turnLink({ address: 'https://example.org/show.mp4#old', offset: 90 }, 10, 12.5)).toBe(
      'https://example.org/show.mp4#t=100,103',
    );
    expect(turnLink({ address: 'https://archive.org/details/X_1', offset: 5 }, 0, 0)).toBe(
      'https://archive.org/details/X_1/start/5/end/6',
    );
  });

  it('builds no link without a source, or from an address that is not a web address', () => {
    expect(turnLink(undefined, 1, 2)).toBeUndefined();
    expect(turnLink({ address: 'javascript:alert(1)' }, 1, 2)).toBeUndefined();
    expect(turnLink({ address: 'https://example.org/a"onclick="x' }, 1, 2)).toBeUndefined();
    expect(turnLink({ address: 'file:///etc/passwd' }, 1, 2)).toBeUndefined();
  });
});
