/// TTML (`.ttml`) captions in the IMSC 1 text profile, with speakers as
/// `ttm:agent`s.
import type { Transcript } from '../transcript.ts';
import { transcriptCues } from './cueSplit.ts';
import type { CueLimits } from './cueSplit.ts';
import type { GapMode, SpeakerLabelStyle } from './spanText.ts';
import { formatTimestamp } from './timing.ts';

export interface TtmlOptions {
  gaps?: GapMode;
  /// The agent names (default `name`); `none` writes no agents.
  speakers?: SpeakerLabelStyle;
  limits?: Partial<CueLimits>;
}

const IMSC1_TEXT = 'http://www.w3.org/ns/ttml/profile/imsc1/text';

/// ```
/// <?xml version="1.0" encoding="UTF-8"?>
/// <tt xmlns="http://www.w3.org/ns/ttml" … ttp:profile="…/imsc1/text" xml:lang="">
///   <head>
///     <metadata>
///       <ttm:agent xml:id="speaker1" type="person"><ttm:name type="full">Sami Zeidan</ttm:name></ttm:agent>
///     </metadata>
///     …
///   </head>
///   <body region="bottom" style="caption">
///     <div ttm:agent="speaker1">
///       <p begin="00:00:14.000" end="00:00:17.200">welcome to the show.<br/>north korea and russia</p>
/// ```
///
/// - The cues of our SubRip and WebVTT exports (`transcriptCues`: two lines
///   of 42 characters, about six seconds), times `hh:mm:ss.mmm` (media time).
/// - Each turn is a `div`, which carries its speaker's agent; each speaker of
///   the document that has a turn is a `ttm:agent` with its name. A turn
///   without a speaker has no agent, and its first cue starts with `>>`
///   (as broadcast captions mark a new speaker), so that neither a reader
///   nor an importer takes it for more of the turn before.
/// - Text is data: `&`, `<`, `>` are written as entities, in names and
///   the title too, and characters XML 1.0 cannot hold (control characters,
///   lone surrogates) become U+FFFD.
export function exportTtml(t: Transcript, options: TtmlOptions = {}): string {
  const style = options.speakers ?? 'name';
  const cues = transcriptCues(t, {
    gaps: options.gaps ?? 'keep',
    speakers: style,
    escape: escapeXml,
    markUnnamedTurns: true,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  const speakerOf = new Map(t.blocks.map((b) => [b.id, b.speakerId]));
  // Agent ids by speaker id, for speakers with a cue, in roster order.
  const agents = new Map<string, { id: string; name: string }>();
  const named = new Map<string, string>();
  for (const cue of cues) {
    const speakerId = speakerOf.get(cue.blockId);
    if (speakerId && cue.speaker !== '') named.set(speakerId, cue.speaker);
  }
  for (const speaker of t.speakers) {
    const name = named.get(speaker.id);
    if (name !== undefined) agents.set(speaker.id, { id: `speaker${agents.size + 1}`, name });
  }

  let out =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tt xmlns="http://www.w3.org/ns/ttml" xmlns:ttp="http://www.w3.org/ns/ttml#parameter"' +
    ' xmlns:tts="http://www.w3.org/ns/ttml#styling" xmlns:ttm="http://www.w3.org/ns/ttml#metadata"' +
    ` ttp:timeBase="media" ttp:profile="${IMSC1_TEXT}" xml:lang="">\n` +
    '  <head>\n    <metadata>\n';
  if (t.meta.title) out += `      <ttm:title>${escapeXml(t.meta.title)}</ttm:title>\n`;
  for (const agent of agents.values()) {
    out +=
      `      <ttm:agent xml:id="${agent.id}" type="person">` +
      `<ttm:name type="full">${escapeXml(agent.name)}</ttm:name></ttm:agent>\n`;
  }
  out +=
    '    </metadata>\n' +
    '    <styling>\n' +
    '      <style xml:id="caption" tts:textAlign="center" tts:color="white" tts:backgroundColor="black"/>\n' +
    '    </styling>\n' +
    '    <layout>\n' +
    '      <region xml:id="bottom" tts:origin="10% 70%" tts:extent="80% 20%" tts:displayAlign="after"/>\n' +
    '    </layout>\n' +
    '  </head>\n' +
    '  <body region="bottom" style="caption">\n';
  let open = false;
  for (const cue of cues) {
    if (cue.firstOfTurn) {
      if (open) out += '    </div>\n';
      const speakerId = speakerOf.get(cue.blockId);
      const agent = speakerId ? agents.get(speakerId) : undefined;
      out += agent ? `    <div ttm:agent="${agent.id}">\n` : '    <div>\n';
      open = true;
    }
    // Words are escaped already; this is the `>>` of a turn without a speaker.
    out +=
      `      <p begin="${formatTimestamp(cue.start, '.')}" end="${formatTimestamp(cue.end, '.')}">` +
      `${cue.lines.map((l) => l.replace(/>/g, '&gt;')).join('<br/>')}</p>\n`;
  }
  if (open) out += '    </div>\n';
  return `${out}  </body>\n</tt>\n`;
}

// Characters XML 1.0 does not allow, and lone surrogates.
const NOT_XML_RE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/// Text as XML character data: `&`, `<`, `>` as entities, characters XML
/// cannot hold as U+FFFD.
export function escapeXml(text: string): string {
  const escaped =
    text.includes('&') || text.includes('<') || text.includes('>')
      ? text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
      : text;
  return escaped.replace(NOT_XML_RE, '\uFFFD');
}
