/// Keeps React from walking the whole transcript on every render.
///
/// Before each commit, react-dom saves the selection of the focused element
/// when that element "has selection capabilities", which for an element that
/// is not an input means `element.contentEditable === 'true'`
/// (react-dom's `getSelectionInformation`). For a contenteditable element it
/// works the selection out as character offsets by visiting every node in
/// the element, to the last one: in a 24-hour transcript, hundreds of
/// thousands of nodes for every React commit anywhere on the page (a save
/// status, a count, a colleague's mark) while the caret is in the text, which
/// lands on whatever keystroke comes next. React would only use those offsets
/// to put the selection back if focus moved during the commit; ProseMirror
/// keeps its own selection in the text and puts it back itself.
///
/// So the editor's element answers `contentEditable` with `inherit`, as its
/// property only. The `contenteditable` attribute, which the browser edits
/// by and ProseMirror sets, is untouched, and `isContentEditable` (which
/// tools and assistive technology read) still says true.
export function hideFromReactSelection(editable: HTMLElement): void {
  Object.defineProperty(editable, 'contentEditable', {
    configurable: true,
    get: () => 'inherit',
    // ProseMirror writes the attribute, not this property; a write here still
    // goes to the attribute, as the built-in property would.
    set: (value: string) => editable.setAttribute('contenteditable', String(value)),
  });
}
