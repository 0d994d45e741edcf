import sampleText from '../samples/sample-programme.txt?raw';

/// The programme the app opens the first time, to try everything on: its
/// name is the source the header shows a "sample" label for.
export const SAMPLE = { text: sampleText, name: 'sample-programme.txt' } as const;
