/// Archive channel codes for the network names its pages show
/// (docs in ../shared formats reference §1.1-1.3). The first code is the one
/// proposed; a network with more than one code is a guess, and the reason
/// says which others it could be.

export interface ChannelChoice {
  codes: readonly string[];
  /// Why the first code is preferred, shown to the user beside the proposal.
  note?: string;
}

const WEST_FEED = 'national cable news is recorded from its West Coast feed, shown in Pacific time';

const CHANNELS: Readonly<Record<string, ChannelChoice>> = {
  cnn: { codes: ['CNNW', 'CNN'], note: WEST_FEED },
  'fox news': { codes: ['FOXNEWSW', 'FOXNEWS'], note: WEST_FEED },
  msnbc: { codes: ['MSNBCW', 'MSNBC'], note: WEST_FEED },
  'fox business': { codes: ['FBC'] },
  cnbc: { codes: ['CNBC'] },
  'bbc news': { codes: ['BBCNEWS'] },
  'al jazeera': { codes: ['ALJAZ', 'ALJAZAM'] },
  cspan: { codes: ['CSPAN', 'CSPAN2', 'CSPAN3'], note: 'the page does not say which C-SPAN channel' },
  'c-span': { codes: ['CSPAN', 'CSPAN2', 'CSPAN3'], note: 'the page does not say which C-SPAN channel' },
  linktv: { codes: ['LINKTV'] },
  bloomberg: { codes: ['BLOOMBERG'] },
  pbs: { codes: ['KQED'], note: 'PBS is recorded from several stations' },
  cbs: { codes: ['KPIX'], note: 'CBS is recorded from several stations' },
  abc: { codes: ['KGO', 'WJLA'], note: 'ABC is recorded from several stations' },
  fox: { codes: ['WTTG'], note: 'FOX is recorded from several stations' },
  nbc: { codes: ['KNTV', 'WBAL'], note: 'NBC is recorded from several stations' },
};

/// The channel codes a network name may stand for; an Archive channel code
/// typed as the network (`LINKTV`, `CNNW`) stands for itself.
export function channelsFor(network: string | undefined): ChannelChoice | null {
  if (!network) return null;
  const known = CHANNELS[network.trim().toLowerCase()];
  if (known) return known;
  return /^[A-Z][A-Z0-9]{1,15}$/.test(network.trim()) ? { codes: [network.trim()] } : null;
}
