/// TTML importer: IMSC 1 (text profile), EBU-TT-D and DFXP, which share the
/// same core (formats.md, TTML).
///
/// ```
/// <tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttm="http://www.w3.org/ns/ttml#metadata">
///   <head><metadata><ttm:agent xml:id="maya"><ttm:name>Maya Chen</ttm:name></ttm:agent></metadata></head>
///   <body><div>
///     <p begin="00:00:01.000" end="00:00:03.500" ttm:agent="maya">Good evening.<br/>Welcome.</p>
/// ```
///
/// - XML is read by fast-xml-parser (a maintained, pure-JavaScript parser:
///   the core has no DOMParser), with namespace prefixes dropped, so `tt:p`,
///   `p` and any prefix read alike. Character references (XML's and HTML's
///   names, numbers) are decoded; comments are skipped, CDATA is text.
/// - Each `<p>` is a cue: its text, `<span>`s included, with `<br/>` as a
///   line break and whitespace collapsed (xml:space is not honoured).
///   `<metadata>`, `<set>` and other non-text elements are skipped.
/// - Times: `begin` on `body`, `div`, `p` (relative to the parent's begin,
///   the default parallel time container); every time expression TTML
///   allows (`ttmlTime.ts`). A `p` without a time of its own or above it is
///   untimed. `end`/`dur` are not needed: a turn ends where the next starts.
/// - Speakers: `ttm:agent` (on `p`, `span`, `div` or `body`) names the
///   agent's `<ttm:name>` from the head, or the agent id when it has none.
///   In a file with no agents, where text comes in two or more colours
///   (`tts:color`, inline or by `style` reference), each colour is a
///   speaker, as broadcast subtitles mark them ("Yellow", "Cyan"…). Text of
///   no agent, or a file with neither, uses the caption text markers of
///   `cues.ts` (`>>`, `NAME:`, `- `).
/// - Turns: consecutive cues of one speaker form one turn, except that a
///   `div` carrying an agent of its own starts a turn (our export writes a
///   `div` per turn, so two turns of one speaker stay two).

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { CueBlocks, cueTurns, marksSpeakerChanges, type CueTurn } from '../cues.ts';
import { decodeEntities } from '../html.ts';
import { fail, finishImport, importMeta, quote, type ImportOptions, type ImportResult } from '../result.ts';
import { SpeakerRoster } from '../speakerLabels.ts';
import { BlockList } from '../timedWords.ts';
import { colourName } from './ttmlColour.ts';
import { parseTimeExpression, timeParameters, type TimeParameters } from './ttmlTime.ts';

/// A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }`
/// or `{ '#text': text }`.
type XmlNode = Record<string, unknown>;
type Attributes = Record<string, string>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  // Character references are decoded here, only in text that has them
  // (`decodeEntities`): the parser's own decoding doubles its time on a
  // 24-hour file. CDATA stays apart, as written.
  processEntities: false,
  cdataPropName: '#cdata',
  ignoreDeclaration: true,
  ignorePiTags: true,
});

// The root element `tt` (any prefix), after an XML declaration, comments
// and a doctype.
const ROOT_RE =
  /^[\s\uFEFF]*(?:<\?xml[^>]*\?>\s*)?(?:(?:<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)\s*)*<(?:[\w.-]+:)?tt[\s>/]/;

/// True when the text is an XML document whose root is `<tt>`.
export function looksLikeTtml(text: string): boolean {
  return ROOT_RE.test(text.slice(0, 8000));
}

function tagOf(node: XmlNode): string | undefined {
  for (const key in node) if (key !== ':@') return key;
  return undefined;
}

function childrenOf(node: XmlNode): XmlNode[] {
  const tag = tagOf(node);
  const children = tag === undefined || tag === '#text' || tag === '#cdata' ? undefined : node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function attributesOf(node: XmlNode): Attributes {
  return (node[':@'] as Attributes | undefined) ?? {};
}

function child(nodes: readonly XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((n) => tagOf(n) === tag);
}

/// Every element named `tag` at any depth under `nodes`.
function descendants(nodes: readonly XmlNode[], tag: string, out: XmlNode[] = []): XmlNode[] {
  for (const node of nodes) {
    const t = tagOf(node);
    if (t === tag) out.push(node);
    if (t !== '#text') descendants(childrenOf(node), tag, out);
  }
  return out;
}

/// The text of a text node, references decoded; of a CDATA section, as it is.
function textNode(node: XmlNode): string | undefined {
  const text = node['#text'];
  if (typeof text === 'string') return decodeEntities(text);
  const cdata = node['#cdata'];
  return Array.isArray(cdata)
    ? (cdata as XmlNode[]).map((n) => String(n['#text'] ?? '')).join('')
    : undefined;
}

function textOf(nodes: readonly XmlNode[]): string {
  let out = '';
  for (const node of nodes) out += textNode(node) ?? textOf(childrenOf(node));
  return out;
}

/// Piece of a cue's text with who says it.
interface Run {
  text: string;
  agent?: string;
  colour?: string;
}

interface Cue {
  start: number | null;
  runs: Run[];
  /// The first cue of a `div` that names its agent: a turn starts here.
  turnStart: boolean;
}

interface Context {
  /// Absolute begin of the parent, in seconds; null when nothing above is timed.
  offset: number | null;
  agent?: string;
  colour?: string;
}

class BadTime extends Error {}

/// Reads the head (agents, styles, title) and walks the body into cues.
class TtmlReader {
  readonly cues: Cue[] = [];
  private readonly agents = new Map<string, string>();
  private readonly styles = new Map<string, Attributes>();
  // A 24-hour file names the same few agents and styles tens of thousands
  // of times: each attribute value is resolved once.
  private readonly agentNames = new Map<string, string | undefined>();
  private readonly styleColours = new Map<string, string | undefined>();
  private divTurnStart = false;

  constructor(private readonly params: TimeParameters) {}

  readHead(head: readonly XmlNode[]): void {
    for (const agent of descendants(head, 'agent')) {
      const id = attributesOf(agent)['id'];
      if (id === undefined) continue;
      const names = childrenOf(agent).filter((n) => tagOf(n) === 'name');
      const full = names.find((n) => attributesOf(n)['type'] === 'full') ?? names[0];
      const name = full ? textOf(childrenOf(full)).replace(/\s+/g, ' ').trim() : '';
      this.agents.set(id, name || id);
    }
    for (const style of descendants(head, 'style')) {
      const attributes = attributesOf(style);
      if (attributes['id'] !== undefined) this.styles.set(attributes['id'], attributes);
    }
  }

  /// The colour an element's style references give, following references
  /// of styles to styles; later references win, as TTML applies them in order.
  private styleColour(refs: string | undefined): string | undefined {
    if (refs === undefined) return undefined;
    if (!this.styleColours.has(refs)) this.styleColours.set(refs, this.resolveColour(refs, new Set()));
    return this.styleColours.get(refs);
  }

  private resolveColour(refs: string, seen: Set<string>): string | undefined {
    let colour: string | undefined;
    for (const id of refs.split(/\s+/)) {
      const style = this.styles.get(id);
      if (!style || seen.has(id)) continue;
      seen.add(id);
      const ref = style['style'];
      colour = style['color'] ?? (ref === undefined ? undefined : this.resolveColour(ref, seen)) ?? colour;
    }
    return colour;
  }

  private time(value: string | undefined, name: string): number | null {
    if (value === undefined) return null;
    const seconds = parseTimeExpression(value, this.params);
    if (seconds === null) throw new BadTime(`${name}=${quote(value)}`);
    return seconds;
  }

  private derive(attributes: Attributes, ctx: Context, timed: boolean): Context {
    const out: Context = { ...ctx };
    if (timed) {
      const begin = this.time(attributes['begin'], 'begin');
      if (begin !== null) out.offset = Math.round(((ctx.offset ?? 0) + begin) * 1000) / 1000;
    }
    const agent = this.agentName(attributes['agent']);
    if (agent !== undefined) out.agent = agent;
    const colour = attributes['color'] ?? this.styleColour(attributes['style']);
    if (colour !== undefined) out.colour = colour;
    return out;
  }

  /// The name for a `ttm:agent` value (IDREFS: the first one counts).
  private agentName(value: string | undefined): string | undefined {
    if (value === undefined) return undefined;
    if (!this.agentNames.has(value)) {
      const id = value.trim().split(/\s+/)[0]!.replace(/^#/, '');
      this.agentNames.set(value, id === '' ? undefined : (this.agents.get(id) ?? id));
    }
    return this.agentNames.get(value);
  }

  walk(nodes: readonly XmlNode[], ctx: Context): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (tag === 'div' || tag === 'body') {
        const attributes = attributesOf(node);
        if (tag === 'div' && attributes['agent'] !== undefined) this.divTurnStart = true;
        this.walk(childrenOf(node), this.derive(attributes, ctx, true));
      } else if (tag === 'p') {
        const own = this.derive(attributesOf(node), ctx, true);
        const runs: Run[] = [];
        this.inline(childrenOf(node), own, runs);
        this.cues.push({ start: own.offset, runs, turnStart: this.divTurnStart });
        this.divTurnStart = false;
      }
    }
  }

  private inline(nodes: readonly XmlNode[], ctx: Context, runs: Run[]): void {
    for (const node of nodes) {
      const tag = tagOf(node);
      const text = textNode(node);
      if (text !== undefined) runs.push(run(/[\t\n\r]/.test(text) ? text.replace(/\s+/g, ' ') : text, ctx));
      else if (tag === 'br') runs.push(run('\n', ctx));
      else if (tag === 'span')
        this.inline(childrenOf(node), this.derive(attributesOf(node), ctx, false), runs);
    }
  }
}

function run(text: string, ctx: Context): Run {
  const r: Run = { text };
  if (ctx.agent !== undefined) r.agent = ctx.agent;
  if (ctx.colour !== undefined) r.colour = ctx.colour;
  return r;
}

export function importTtml(text: string, options: ImportOptions = {}): ImportResult {
  let doc: XmlNode[];
  try {
    doc = parser.parse(text) as XmlNode[];
  } catch {
    const check = XMLValidator.validate(text);
    const where =
      check === true ? '' : ` at line ${check.err.line}, column ${check.err.col}: ${check.err.msg}`;
    return fail(`This TTML file is not well-formed XML${where}.`);
  }
  const tt = child(doc, 'tt');
  if (!tt)
    return fail('This TTML file has no <tt> element (expected <tt xmlns="http://www.w3.org/ns/ttml">).');
  const top = childrenOf(tt);
  const reader = new TtmlReader(timeParameters(attributesOf(tt)));
  const head = childrenOf(child(top, 'head') ?? {});
  reader.readHead(head);
  try {
    reader.walk(top, { offset: null });
  } catch (error) {
    if (!(error instanceof BadTime)) throw error;
    return fail(
      `This TTML file has a time it cannot read: ${error.message} ` +
        '(expected a clock time such as "00:00:01.500" or an offset such as "1.5s").',
    );
  }
  const title = textOf(childrenOf(child(childrenOf(child(head, 'metadata') ?? {}), 'title') ?? {}));
  const roster = new SpeakerRoster();
  const list = new BlockList();
  addCues(reader.cues, list, roster);
  return finishImport('TTML', importMeta(options, title), roster, list);
}

/// Who a run is said by: the agent when the file has agents; else its
/// colour, when the file's text comes in two colours or more; else nobody.
function speakerKey(cues: readonly Cue[]): (r: Run) => string | undefined {
  if (cues.some((c) => c.runs.some((r) => r.agent !== undefined))) return (r) => r.agent;
  const colours = new Set<string>();
  for (const cue of cues)
    for (const r of cue.runs) if (r.colour !== undefined) colours.add(colourName(r.colour));
  return colours.size >= 2
    ? (r) => (r.colour === undefined ? undefined : colourName(r.colour))
    : () => undefined;
}

function addCues(cues: readonly Cue[], list: BlockList, roster: SpeakerRoster): void {
  const key = speakerKey(cues);
  const withSpeakers = cues.some((c) => c.runs.some((r) => key(r) !== undefined));
  let previous: string | null = null;
  const turns = cues.map((cue): CueTurn[] => {
    const out: CueTurn[] = [];
    // A line break or a space between spans goes with the text before it.
    const labels: (string | undefined)[] = [];
    cue.runs.forEach((r, i) => labels.push(i > 0 && r.text.trim() === '' ? labels[i - 1] : key(r)));
    let from = 0;
    while (from < cue.runs.length) {
      const label = labels[from];
      let to = from + 1;
      while (to < cue.runs.length && labels[to] === label) to++;
      const lines = cue.runs
        .slice(from, to)
        .map((r) => r.text)
        .join('')
        .split('\n');
      if (label !== undefined) {
        const turn: CueTurn = { marker: 'name', label, text: lines.join(' ') };
        if (from === 0 && cue.turnStart) turn.chevrons = true;
        out.push(turn);
      } else {
        const marked = cueTurns(lines);
        // Text of nobody after a named speaker is not more of that speaker.
        if (withSpeakers && previous !== null && marked[0]!.marker === 'none') marked[0]!.marker = 'change';
        out.push(...marked);
      }
      previous = label ?? null;
      from = to;
    }
    return out;
  });
  const builder = new CueBlocks(list, roster, withSpeakers || marksSpeakerChanges(turns));
  cues.forEach((cue, i) => builder.addCue(cue.start, turns[i]!));
}
