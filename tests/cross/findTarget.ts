import type { Target } from './crossPage.ts';

/// The in-page part of finding a target: scrolls it into view and returns
/// the middle of its first box, where the driver clicks with the browser's
/// own input events (marking the element would not do: the editor undoes
/// any change to its DOM). Roles and names follow what the app uses (explicit roles,
/// native buttons, inputs with labels, headings), not all of ARIA.
export const FIND_TARGET = String.raw`
const [target] = arguments;
const implicit = (el) => {
  const tag = el.tagName.toLowerCase();
  if (el.getAttribute('role')) return el.getAttribute('role');
  if (tag === 'button') return 'button';
  if (tag === 'a' && el.hasAttribute('href')) return 'link';
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (tag === 'select') return 'combobox';
  if (tag === 'textarea') return 'textbox';
  if (tag === 'input') {
    const type = (el.getAttribute('type') || 'text').toLowerCase();
    if (['text', 'search', 'email', 'url', 'tel', 'number'].includes(type)) return 'textbox';
    if (type === 'checkbox') return 'checkbox';
    if (['button', 'submit'].includes(type)) return 'button';
  }
  if (tag === 'output') return 'status';
  return '';
};
const nameOf = (el) => {
  const label = el.getAttribute('aria-label');
  if (label) return label.trim();
  const by = el.getAttribute('aria-labelledby');
  if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  if (el.id) {
    const l = document.querySelector('label[for="' + CSS.escape(el.id) + '"]');
    if (l) return l.textContent.trim();
  }
  const wrap = el.closest('label');
  if (wrap && wrap !== el) return wrap.textContent.trim();
  return (el.textContent || el.getAttribute('title') || '').replace(/\s+/g, ' ').trim();
};
const visible = (el) => !el.closest('[hidden]') && el.getClientRects().length > 0;
let found = null;
if (target.css) {
  found = document.querySelectorAll(target.css)[target.nth ?? 0] ?? null;
} else {
  const wanted = target.name;
  const matches = (name) =>
    wanted.source !== undefined
      ? new RegExp(wanted.source, wanted.flags).test(name)
      : target.exact === false
        ? name.includes(wanted)
        : name === wanted;
  for (const el of document.querySelectorAll('*')) {
    if (implicit(el) === target.role && visible(el) && matches(nameOf(el))) {
      found = el;
      break;
    }
  }
}
if (!found) return null;
found.scrollIntoView({ block: 'center' });
const box = found.getClientRects()[0] ?? found.getBoundingClientRect();
return { x: Math.round(box.left + Math.min(box.width / 2, 40)), y: Math.round(box.top + box.height / 2) };
`;

/// A target as it crosses into the page: a RegExp as its source and flags.
export function serialiseTarget(target: Target): unknown {
  if ('css' in target) return target;
  const { name } = target;
  return { ...target, name: name instanceof RegExp ? { source: name.source, flags: name.flags } : name };
}
