import { describe, expect, it } from 'vitest';
import { chordsOf } from './chord.ts';

const press = (init: Partial<KeyboardEvent>) => ({
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  code: '',
  key: '',
  ...init,
});

describe('the chord of a key press', () => {
  it('names modifiers in one order, Ctrl and Cmd alike', () => {
    expect(chordsOf(press({ ctrlKey: true, shiftKey: true, code: 'KeyZ', key: 'Z' }))).toEqual({
      byCode: 'Mod+Shift+KeyZ',
      byKey: 'Mod+Shift+key:z',
    });
    expect(chordsOf(press({ metaKey: true, code: 'KeyS', key: 's' })).byKey).toBe('Mod+key:s');
    expect(chordsOf(press({ altKey: true, code: 'KeyJ', key: '∆' })).byCode).toBe('Alt+KeyJ');
    expect(chordsOf(press({ code: 'KeyA', key: 'a' })).byCode).toBe('KeyA');
  });
});
