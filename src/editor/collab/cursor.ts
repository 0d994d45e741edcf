import type { DecorationAttrs } from 'prosemirror-view';

/// How a colleague appears in the awareness state: set by each editor for
/// itself (`user` field), read by every other to draw their caret.
export interface TeamUser {
  name: string;
  /// `#rrggbb`.
  color: string;
}

/// Colours for colleagues' carets, told apart from the speaker colours by
/// their strength; picked by name, so a person keeps theirs across reloads.
const CARET_COLOURS = [
  '#d0021b',
  '#0057b8',
  '#00875a',
  '#8e44ad',
  '#c05600',
  '#00838f',
  '#ad1457',
  '#5d4037',
];

export function caretColour(name: string): string {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (hash * 31 + name.charCodeAt(i)) | 0;
  return CARET_COLOURS[Math.abs(hash) % CARET_COLOURS.length]!;
}

/// A colleague's caret: a coloured bar with their name above it. The name
/// comes from the network, so it is text, never HTML.
export function caretElement(user: TeamUser): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'team-caret';
  caret.style.setProperty('--caret-colour', user.color);
  caret.setAttribute('aria-hidden', 'true');
  const label = document.createElement('span');
  label.className = 'team-caret-name';
  label.textContent = user.name;
  caret.append('\u2060', label, '\u2060');
  return caret;
}

/// A colleague's selection, tinted in their colour.
export function selectionAttrs(user: TeamUser): DecorationAttrs {
  return { class: 'team-selection', style: `background-color: ${user.color}33` };
}
