import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { parseDocument, serializeDocument } from './document.ts';
import { documentSchema } from './schema.ts';

const OriginalFunction = globalThis.Function;

afterEach(() => {
  globalThis.Function = OriginalFunction;
  vi.restoreAllMocks();
});

describe('schema under a Content-Security-Policy without unsafe-eval', () => {
  it('turns off zod code generation', () => {
    expect(z.config().jitless).toBe(true);
  });

  it('validates without ever calling the Function constructor', () => {
    const calls: unknown[][] = [];
    // What a strict CSP does to `new Function`: throw. Zod would catch that
    // in its own probe, so record calls as well as refusing them.
    globalThis.Function = new Proxy(OriginalFunction, {
      construct(_target, args) {
        calls.push(args);
        throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
      },
      apply(_target, _this, args) {
        calls.push(args);
        throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
      },
    });
    const t = {
      meta: { title: 'x' },
      speakers: [{ id: 's1', name: 'A', role: 'host' as const }],
      blocks: [{ id: 'b1', speakerId: 's1', start: 1, estimated: false, spans: [{ text: 'hi' }] }],
    };
    const result = parseDocument(serializeDocument(t));
    expect(result).toEqual({ ok: true, transcript: t });
    expect(documentSchema.safeParse({ format: 'caption-desk' }).success).toBe(false);
    expect(calls).toEqual([]);
  });
});
