import type { Node } from 'prosemirror-model';
import type { EditorView, NodeView, ViewMutationRecord } from 'prosemirror-view';
import { clockAt, formatClock, formatOffset } from '../../core/clock.ts';
import { needsAttention } from '../commands/review.ts';
import { blockContext, type BlockContext } from './blockContext.ts';
import type { BlockViewRegistry } from './blockViews.ts';

export interface BlockViewHooks {
  /// The user clicked a block's speaker label.
  onSpeakerClick(blockPos: number, anchor: HTMLElement): void;
  /// The user clicked a block's time (play from there).
  onTimeClick(blockPos: number): void;
}

/// Draws one turn: a non-editable header (time, offset, speaker) and the
/// editable text. Plain DOM, no React and no decorations: a document holds
/// thousands of these, and the header is redrawn only when the block's own
/// attributes, its speaker's label or the programme clock change.
export class BlockView implements NodeView {
  readonly dom: HTMLElement;
  readonly contentDOM: HTMLElement;
  private readonly timeEl: HTMLButtonElement;
  private readonly speakerEl: HTMLButtonElement;
  private readonly reviewEl: HTMLElement;
  private rendered = '';

  constructor(
    private node: Node,
    private readonly view: EditorView,
    private readonly getPos: () => number | undefined,
    private readonly registry: BlockViewRegistry,
    hooks: BlockViewHooks,
  ) {
    this.dom = document.createElement('div');
    this.dom.className = 'block';
    const header = document.createElement('div');
    header.className = 'block-meta';
    header.contentEditable = 'false';
    this.timeEl = document.createElement('button');
    this.timeEl.type = 'button';
    this.timeEl.className = 'block-time';
    this.timeEl.tabIndex = -1;
    this.timeEl.addEventListener('mousedown', (e) => e.preventDefault());
    this.timeEl.addEventListener('click', () => {
      const pos = this.getPos();
      if (pos !== undefined) hooks.onTimeClick(pos);
    });
    this.speakerEl = document.createElement('button');
    this.speakerEl.type = 'button';
    this.speakerEl.className = 'block-speaker';
    // Reached through Alt+S from the text, not through Tab: a day of
    // captions would put thousands of stops in the tab order.
    this.speakerEl.tabIndex = -1;
    this.speakerEl.setAttribute('aria-haspopup', 'dialog');
    this.speakerEl.addEventListener('mousedown', (e) => e.preventDefault());
    this.speakerEl.addEventListener('click', () => {
      const pos = this.getPos();
      if (pos !== undefined) hooks.onSpeakerClick(pos, this.speakerEl);
    });
    this.reviewEl = document.createElement('span');
    this.reviewEl.className = 'block-reviewed';
    header.append(this.timeEl, this.speakerEl, this.reviewEl);
    this.contentDOM = document.createElement('p');
    this.contentDOM.className = 'block-text';
    this.dom.append(header, this.contentDOM);
    registry.views.add(this);
    this.render(blockContext(view.state.doc));
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render(blockContext(this.view.state.doc));
    return true;
  }

  /// Redraws the header after the roster or the programme clock changed.
  refresh(context: BlockContext): void {
    this.render(context);
  }

  /// Redraws the header if this block's suggestion changed.
  refreshHint(): void {
    this.render(blockContext(this.view.state.doc));
  }

  private render(context: BlockContext): void {
    const attrs = this.node.attrs;
    const speakerId = attrs['speakerId'] as string | null;
    const start = attrs['start'] as number | null;
    const estimated = attrs['estimated'] as boolean;
    const speaker = speakerId === null ? undefined : context.speakers.get(speakerId);
    const hint = speaker ? undefined : this.registry.hints.get(attrs['id'] as string);
    // Gaps change with the text, so this is checked on every update.
    this.dom.classList.toggle('attention', needsAttention(this.node));
    const key = `${attrs['reviewed']}|${hint?.name}|${hint?.reason}|${speakerId}|${start}|${estimated}|${attrs['story']}|${speaker?.name}|${speaker?.role}|${speaker?.color}|${context.startClock}`;
    if (key === this.rendered) return;
    this.rendered = key;

    this.dom.classList.toggle('story', attrs['story'] === true);
    this.dom.classList.toggle('reviewed', attrs['reviewed'] === true);
    this.reviewEl.textContent = attrs['reviewed'] === true ? '✓ reviewed' : '';
    this.dom.classList.toggle('unassigned', !speaker);
    this.dom.dataset['speaker'] = speakerId ?? '';
    this.dom.style.setProperty('--speaker', speaker?.color ?? '');

    const approx = estimated ? '~' : '';
    const clock =
      start !== null && context.startClock !== null ? formatClock(clockAt(context.startClock, start)) : '';
    const offset = start !== null ? formatOffset(start) : '';
    this.timeEl.replaceChildren();
    if (start !== null) {
      const clockEl = document.createElement('span');
      clockEl.className = 'block-clock';
      clockEl.textContent = clock ? `${approx}${clock}` : `${approx}${offset}`;
      this.timeEl.append(clockEl);
      if (clock) {
        const offsetEl = document.createElement('span');
        offsetEl.className = 'block-offset';
        offsetEl.textContent = `${approx}${offset}`;
        this.timeEl.append(offsetEl);
      }
    }
    this.timeEl.classList.toggle('estimated', estimated);
    this.timeEl.title =
      start === null ? 'No time' : `${estimated ? 'Estimated time' : 'Time from the source'}. Click to play from here.`;
    this.timeEl.setAttribute('aria-label', start === null ? 'No time' : `Play from ${estimated ? 'about ' : ''}${clock || offset}`);

    const name = speaker ? speaker.name : 'Unassigned';
    const nameEl = document.createElement('span');
    nameEl.className = 'speaker-name';
    nameEl.textContent = name;
    this.speakerEl.replaceChildren(nameEl);
    if (speaker && speaker.role !== speaker.name.toLowerCase()) {
      const roleEl = document.createElement('span');
      roleEl.className = 'speaker-role';
      roleEl.textContent = speaker.role;
      this.speakerEl.append(roleEl);
    }
    if (hint) {
      const hintEl = document.createElement('span');
      hintEl.className = 'speaker-hint';
      hintEl.textContent = `${hint.name}?`;
      this.speakerEl.append(hintEl);
      this.speakerEl.title = `Suggested: ${hint.name}. ${hint.reason} (Alt+A accepts)`;
    } else {
      this.speakerEl.removeAttribute('title');
    }
    this.speakerEl.setAttribute(
      'aria-label',
      `Speaker: ${speaker ? `${speaker.name}, ${speaker.role}` : hint ? `unassigned, suggested ${hint.name}` : 'unassigned'}. Change speaker`,
    );
    this.dom.setAttribute(
      'aria-label',
      `${start === null ? '' : `${estimated ? 'about ' : ''}${clock || offset}, `}${speaker ? speaker.name : 'unassigned'}`,
    );
  }

  stopEvent(event: Event): boolean {
    return (
      event.target instanceof globalThis.Node &&
      (this.speakerEl.contains(event.target) || this.timeEl.contains(event.target))
    );
  }

  ignoreMutation(mutation: ViewMutationRecord): boolean {
    if (mutation.type === 'selection') return false;
    return !this.contentDOM.contains(mutation.target);
  }

  destroy(): void {
    this.registry.views.delete(this);
  }
}
