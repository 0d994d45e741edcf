import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { clockAt, formatClock, formatOffset } from '../../core/clock.ts';
import { needsAttention } from '../queries/needsAttention.ts';
import { blockContext, type BlockContext } from './blockContext.ts';
import type { BlockViewRegistry, RegisteredBlockView } from './blockViewRegistry.ts';

/// Draws one turn: a non-editable header (time, offset, speaker) and the
/// editable text. Plain DOM, no React and no decorations: a document holds
/// thousands of these, and the header is redrawn only when the block's own
/// attributes, its speaker's label or the programme clock change. Each is a
/// copy of one template, and clicks on the header are handled once for the
/// whole editor (blockViewsPlugin.ts): a day of captions opens 3,000 of them.
export class BlockView implements NodeView, RegisteredBlockView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  readonly timeEl: HTMLButtonElement;
  readonly speakerEl: HTMLButtonElement;
  readonly quoteEl: HTMLButtonElement;
  private readonly reviewEl: HTMLElement;
  private readonly clockEl: HTMLElement;
  private readonly offsetEl: HTMLElement;
  private readonly nameEl: HTMLElement;
  private readonly roleEl: HTMLElement;
  private readonly hintEl: HTMLElement;
  private renderedTime = '';
  private renderedSpeaker = '';
  private timeLabel = '';
  private attention: boolean | null = null;

  constructor(
    private node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly registry: BlockViewRegistry,
  ) {
    this.dom = blockTemplate().cloneNode(true) as HTMLElement;
    const header = this.dom.firstChild as HTMLElement;
    this.timeEl = header.childNodes[0] as HTMLButtonElement;
    this.speakerEl = header.childNodes[1] as HTMLButtonElement;
    this.reviewEl = header.childNodes[2] as HTMLElement;
    this.quoteEl = header.childNodes[3] as HTMLButtonElement;
    this.clockEl = this.timeEl.childNodes[0] as HTMLElement;
    this.offsetEl = this.timeEl.childNodes[2] as HTMLElement;
    this.nameEl = this.speakerEl.childNodes[0] as HTMLElement;
    this.roleEl = this.speakerEl.childNodes[2] as HTMLElement;
    this.hintEl = this.speakerEl.childNodes[4] as HTMLElement;
    this.contentDOM = this.dom.lastChild as HTMLElement;
    viewOf.set(this.dom, this);
    registry.views.add(this);
    this.render(blockContext(view.state.doc));
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    const sameHeader = sameHeaderAttrs(node.attrs, this.node.attrs);
    this.node = node;
    // An edit of the text (word times included) leaves the header as it is
    // but for the attention mark (a gap typed over). A replace-all updates
    // thousands of blocks at once.
    if (sameHeader) this.markAttention();
    else this.render(blockContext(this.view.state.doc));
    return true;
  }

  /// Redraws the header after the roster or the programme clock changed.
  refresh(context: BlockContext): void {
    this.render(context);
  }

  blockId(): string {
    return this.node.attrs['id'] as string;
  }

  /// Redraws the header after this block's suggestion changed.
  refreshHint(): void {
    this.render(blockContext(this.view.state.doc));
  }

  private render(context: BlockContext): void {
    const attrs = this.node.attrs;
    const speakerId = attrs['speakerId'] as string | null;
    const speaker = speakerId === null ? undefined : context.speakers.get(speakerId);
    const hint = speaker ? undefined : this.registry.hints.get(attrs['id'] as string);
    this.markAttention();
    const reviewed = attrs['reviewed'] === true;
    this.dom.classList.toggle('story', attrs['story'] === true);
    this.dom.classList.toggle('reviewed', reviewed);
    setText(this.reviewEl, reviewed ? '✓ reviewed' : '');

    // Two parts redrawn apart, so a rename touches only speaker labels.
    const timeKey = `${attrs['start']}|${attrs['estimated']}|${context.startClock}`;
    if (timeKey !== this.renderedTime) {
      this.renderedTime = timeKey;
      this.renderTime(context);
    }
    const speakerKey = `${speakerId}|${speaker?.name}|${speaker?.role}|${speaker?.color}|${hint?.name}|${hint?.reason}`;
    if (speakerKey !== this.renderedSpeaker) {
      this.renderedSpeaker = speakerKey;
      this.renderSpeaker(speakerId, speaker, hint);
    }
    const label = `${this.timeLabel}${speaker ? speaker.name : 'unassigned'}`;
    if (this.dom.getAttribute('aria-label') !== label) this.dom.setAttribute('aria-label', label);
  }

  // Gaps change with the text, so this is checked on every update.
  private markAttention(): void {
    const attention = needsAttention(this.node);
    if (attention !== this.attention) this.dom.classList.toggle('attention', (this.attention = attention));
  }

  private renderTime(context: BlockContext): void {
    const start = this.node.attrs['start'] as number | null;
    const estimated = this.node.attrs['estimated'] as boolean;
    const approx = estimated ? '~' : '';
    const clock =
      start !== null && context.startClock !== null ? formatClock(clockAt(context.startClock, start)) : '';
    const offset = start !== null ? formatOffset(start) : '';
    setText(this.clockEl, start === null ? '' : `${approx}${clock || offset}`);
    setText(this.offsetEl, start !== null && clock ? `${approx}${offset}` : '');
    this.timeEl.classList.toggle('estimated', estimated);
    this.timeEl.title =
      start === null
        ? 'No time'
        : `${estimated ? 'Estimated time' : 'Time from the source'}. Click to play from here.`;
    this.timeLabel = start === null ? '' : `${estimated ? 'about ' : ''}${clock || offset}, `;
  }

  private renderSpeaker(
    speakerId: string | null,
    speaker: { name: string; role: string; color: string } | undefined,
    hint: { name: string; reason: string } | undefined,
  ): void {
    this.dom.classList.toggle('unassigned', !speaker);
    this.dom.dataset['speaker'] = speakerId ?? '';
    this.dom.style.setProperty('--speaker', speaker?.color ?? '');
    setText(this.nameEl, speaker ? speaker.name : 'Unassigned');
    setText(this.roleEl, speaker && speaker.role !== speaker.name.toLowerCase() ? speaker.role : '');
    setText(this.hintEl, hint ? `${hint.name}?` : '');
    // The whole name and role, however narrow the column draws them.
    this.speakerEl.title = hint
      ? `Suggested: ${hint.name}. ${hint.reason} (Alt+A accepts). Click to choose the speaker.`
      : `${speaker ? `${speaker.name} (${speaker.role})` : 'Unassigned'}. Click to choose the speaker (Alt+S).`;
  }

  stopEvent(event: Event): boolean {
    return (
      event.target instanceof globalThis.Node &&
      (this.speakerEl.contains(event.target) ||
        this.timeEl.contains(event.target) ||
        this.quoteEl.contains(event.target))
    );
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  /// The position before this block, while it is in the document.
  pos(): number | undefined {
    return this.getPos();
  }

  destroy(): void {
    this.registry.views.delete(this);
  }

  /// The block view drawn by a `.block` element.
  static of(element: Element): BlockView | undefined {
    return viewOf.get(element);
  }
}

const viewOf = new WeakMap<Element, BlockView>();

/// The attributes the header draws.
const HEADER_ATTRS = ['id', 'speakerId', 'start', 'estimated', 'story', 'reviewed'] as const;

function sameHeaderAttrs(a: Node['attrs'], b: Node['attrs']): boolean {
  return a === b || HEADER_ATTRS.every((key) => a[key] === b[key]);
}
let template: HTMLElement | null = null;

function blockTemplate(): HTMLElement {
  if (template) return template;
  const dom = element('div', 'block');
  const header = element('div', 'block-meta');
  header.contentEditable = 'false';
  const time = element('button', 'block-time');
  const speaker = element('button', 'block-speaker');
  speaker.setAttribute('aria-haspopup', 'dialog');
  // Shown on the turn under the pointer or the caret; the key is Alt+Q.
  const quote = element('button', 'block-quote');
  quote.textContent = '❝ Quote';
  quote.setAttribute('aria-label', 'Copy as sourced quote');
  quote.title = 'Copy as sourced quote: the turn (or the selected words), cited, with its link (Alt+Q)';
  for (const button of [time, speaker, quote] as HTMLButtonElement[]) {
    button.type = 'button';
    // Reached through Alt+S and the keys from the text, not through Tab: a
    // day of captions would put thousands of stops in the tab order.
    button.tabIndex = -1;
  }
  // The spaces keep accessible names readable ("8:01 am 00:01:00").
  time.append(element('span', 'block-clock'), ' ', element('span', 'block-offset'));
  speaker.append(
    element('span', 'speaker-name'),
    ' ',
    element('span', 'speaker-role'),
    ' ',
    element('span', 'speaker-hint'),
  );
  header.append(time, speaker, element('span', 'block-reviewed'), quote);
  dom.append(header, element('p', 'block-text'));
  return (template = dom);
}

function element(tag: string, className: string): HTMLElement {
  const el = document.createElement(tag);
  el.className = className;
  return el;
}

/// Writes text only when it changes: most refreshes change nothing.
function setText(el: HTMLElement, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}
