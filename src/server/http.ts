/// The team server's HTTP API, on the WebSocket port (Hocuspocus `onRequest`).
/// JSON in and out, CORS open to any origin (the app is served elsewhere, and
/// tokens travel in the Authorization header, never in cookies), and nothing
/// from a request is ever echoed back as HTML.
///
///   GET  /api/health   `{ ok: true }` (the tests poll it)
///   GET  /api/library  `LibraryEntry[]` for the documents the token opens
///   POST /api/share    `{ doc, name?, days? }` -> `{ editor, viewer }` tokens

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { grants, isDocumentId, type TeamClaims } from '../core/team/claims.ts';
import type { TeamLibrary } from './teamLibrary.ts';
import { TeamRefusal, mintToken, verifyToken } from './tokens.ts';

const MAX_BODY_BYTES = 64 * 1024;
const MAX_DAYS = 366;

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Route = (request: IncomingMessage, api: TeamHttpApi) => Promise<unknown>;

/// The routes, by method and path.
const ROUTES: Record<string, Route> = {
  'GET /api/health': async () => ({ ok: true }),
  'GET /api/library': async (request, api) => api.library.entries(await api.claimsOf(request)),
  'POST /api/share': async (request, api) => api.share(await api.claimsOf(request), await readJson(request)),
};

export class TeamHttpApi implements Extension {
  extensionName = 'TeamHttpApi';

  constructor(
    private readonly secret: string,
    readonly library: TeamLibrary,
  ) {}

  async onRequest({ request, response }: onRequestPayload): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://team').pathname;
    if (!path.startsWith('/api/')) return; // Hocuspocus answers with its greeting.
    try {
      if (request.method === 'OPTIONS') send(response, 204, null);
      else {
        const route = ROUTES[`${request.method ?? 'GET'} ${path}`];
        if (!route) throw new HttpError(404, `No such API: ${request.method ?? ''} ${path}`);
        send(response, 200, await route(request, this));
      }
    } catch (error) {
      if (error instanceof HttpError) send(response, error.status, { error: error.message });
      else if (error instanceof TeamRefusal) send(response, 401, { error: error.reason });
      else {
        console.error('[team] API error', error);
        send(response, 500, { error: 'The team server failed to answer.' });
      }
    }
    // Rejecting without an error tells Hocuspocus the request is answered.
    return Promise.reject(undefined);
  }

  async claimsOf(request: IncomingMessage): Promise<TeamClaims> {
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    return verifyToken(this.secret, match?.[1] ?? null);
  }

  async share(claims: TeamClaims, body: unknown): Promise<{ editor: string; viewer: string }> {
    const { doc, name, days } = (body ?? {}) as Record<string, unknown>;
    if (typeof doc !== 'string' || !isDocumentId(doc))
      throw new HttpError(400, 'doc must be a document id (letters, digits, - and _, 8 to 64).');
    if (name !== undefined && (typeof name !== 'string' || name.length > 100))
      throw new HttpError(400, 'name must be text of at most 100 characters.');
    if (days !== undefined && (typeof days !== 'number' || !(days > 0) || days > MAX_DAYS))
      throw new HttpError(400, `days must be a number from 1 to ${MAX_DAYS}.`);
    if (!grants(claims, doc) || claims.role !== 'editor')
      throw new HttpError(403, 'Only an editor of this transcript can share it.');
    const request = { doc, name: name || 'Guest', ...(days === undefined ? {} : { days }) };
    return {
      editor: await mintToken(this.secret, { ...request, role: 'editor' }),
      viewer: await mintToken(this.secret, { ...request, role: 'viewer' }),
    };
  }
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, {
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Content-Type',
    'Access-Control-Max-Age': '600',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...(body === null ? {} : { 'Content-Type': 'application/json; charset=utf-8' }),
  });
  response.end(body === null ? undefined : JSON.stringify(body));
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.byteLength;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    throw new HttpError(400, 'The request body is not JSON.');
  }
}
