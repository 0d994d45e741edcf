/// The names a key press goes by in the page's shortcut registry: modifiers
/// in a fixed order, then the physical key (`Alt+KeyJ`, `Mod+Shift+KeyZ`)
/// or, for shortcuts read by character, `key:` and the character
/// (`Mod+key:s`). `Mod` is Ctrl, or Cmd on a Mac.
///
/// Most shortcuts go by physical key so Alt combinations and Caps Lock do
/// not change their meaning on any layout; Ctrl+S and Ctrl+H go by the
/// letter printed on the key, as the browser's own shortcuts do.
export function chordsOf(
  e: Pick<KeyboardEvent, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'code' | 'key'>,
): {
  byCode: string;
  byKey: string;
} {
  const mods = [e.ctrlKey || e.metaKey ? 'Mod' : '', e.altKey ? 'Alt' : '', e.shiftKey ? 'Shift' : '']
    .filter(Boolean)
    .join('+');
  const prefix = mods ? `${mods}+` : '';
  return { byCode: prefix + e.code, byKey: `${prefix}key:${e.key.toLowerCase()}` };
}
