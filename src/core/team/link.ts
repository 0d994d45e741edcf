/// A team link: which server, which document, and the token that opens it.
/// It travels in the app address's fragment (`#team=…&doc=…&token=…`), which
/// browsers never send to the server that serves the app.

export interface TeamLink {
  /// The team server's WebSocket address (`ws://127.0.0.1:4444`); its HTTP API
  /// (`teamHttpUrl`) is on the same host and port.
  server: string;
  /// A document id, or `*` with a desk token (the library).
  doc: string;
  token: string;
}

export function buildTeamLink(appUrl: string, link: TeamLink): string {
  const base = appUrl.split('#')[0] ?? appUrl;
  const params = new URLSearchParams({ team: link.server, doc: link.doc, token: link.token });
  return `${base}#${params.toString()}`;
}

/// Reads a link from a fragment (`#team=…`) or a whole address; null when it
/// is not a team link or a part is missing or not a ws:/wss: address.
export function parseTeamLink(text: string): TeamLink | null {
  const hash = text.includes('#') ? text.slice(text.indexOf('#') + 1) : text;
  const params = new URLSearchParams(hash);
  const server = params.get('team');
  const doc = params.get('doc');
  const token = params.get('token');
  if (!server || !doc || !token) return null;
  if (!/^wss?:\/\/[^\s/]+/.test(server)) return null;
  return { server, doc, token };
}

/// The HTTP address of a team server's API, from its WebSocket address.
export function teamHttpUrl(server: string, path: string): string {
  const http = server.replace(/^ws(s?):/, 'http$1:').replace(/\/+$/, '');
  return `${http}${path.startsWith('/') ? path : `/${path}`}`;
}
