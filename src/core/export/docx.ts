/// Word (`.docx`): a real Word document, built with the `docx` library.
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  TextRun,
  type IRunOptions,
} from 'docx';
import type { Transcript } from '../transcript.ts';
import { documentParagraphs, programmeHeading, STORY_BREAK } from './text.ts';
import type { DocumentOptions } from './text.ts';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/// The programme title as the document title, a line of programme details,
/// then for each turn a heading line — the speaker in bold (name and role,
/// then a colon) and the time in grey — kept on the page with the paragraph
/// of text under it. A story break is a centred `* * *`. The colon makes the
/// heading line a speaker line to a reader of the document's text (a copy
/// pasted back opens with its turns), where a bare name would read as text.
///
/// With links, the turn's time is a hyperlink to its moment in the source
/// (its label when there is no time, its text when neither).
///
/// Same paragraphs, options and gap rule as the plain text export. All text
/// goes into Word text runs, which the library writes as XML text (escaped
/// `&`, `<`, `>`): nothing in a transcript becomes markup or a field.
///
/// Returns the bytes of the file; works in the browser and in Node (the
/// library zips in memory, with no Node or DOM API).
export async function exportDocx(t: Transcript, options: DocumentOptions): Promise<Uint8Array<ArrayBuffer>> {
  const { title, details } = programmeHeading(t.meta);
  const children: Paragraph[] = [new Paragraph({ text: title, heading: HeadingLevel.TITLE })];
  if (details !== '')
    children.push(new Paragraph({ children: [new TextRun({ text: details, color: GREY })] }));

  for (const item of documentParagraphs(t, options)) {
    if (item.kind === 'story') {
      children.push(
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 240, after: 240 },
          children: [new TextRun(STORY_BREAK)],
        }),
      );
      continue;
    }
    // The link to the turn's moment is its time, or else its label, or
    // else its text: the words stay as they are, so the file reads back.
    const link = item.link;
    const linkOn = !link ? null : item.stamp !== '' ? 'stamp' : item.label !== '' ? 'label' : 'text';
    const run = (part: typeof linkOn, options: IRunOptions) =>
      link && part === linkOn
        ? new ExternalHyperlink({ link, children: [new TextRun({ ...options, color: LINK, underline: {} })] })
        : new TextRun(options);
    const head: (TextRun | ExternalHyperlink)[] = [];
    if (item.label !== '') head.push(run('label', { text: `${item.label}:`, bold: true }));
    if (item.stamp !== '') {
      // The spaces after the label stay out of the link.
      const gap = item.label === '' ? '' : '   ';
      if (linkOn === 'stamp') head.push(new TextRun(gap), run('stamp', { text: item.stamp, color: GREY }));
      else head.push(new TextRun({ text: `${gap}${item.stamp}`, color: GREY }));
    }
    if (head.length > 0)
      children.push(new Paragraph({ keepNext: true, spacing: { before: 200 }, children: head }));
    children.push(
      new Paragraph({
        spacing: head.length > 0 ? { after: 120 } : { before: 200, after: 120 },
        children: [run('text', { text: item.text })],
      }),
    );
  }

  const document = new Document({
    creator: 'Caption Desk',
    lastModifiedBy: 'Caption Desk',
    title,
    ...(details === '' ? {} : { description: details }),
    sections: [{ children }],
  });
  // Backed by a plain ArrayBuffer, so `new Blob([bytes])` type-checks in the browser.
  return new Uint8Array(await Packer.pack(document, 'arraybuffer'));
}

const GREY = '666666';
/// The colour Word gives a hyperlink.
const LINK = '0563C1';
