/// Transaction meta with a sentence for screen readers (the UI puts it in a
/// live region): what a keyboard command did that the eye sees at once.
export const ANNOUNCE = 'announce';
