/// The raw ProseMirror baseline (bench/baseline/): built with Vite's build()
/// into a temporary directory on every run (under a second; no React, none of
/// the app's config) and served by a second Vite preview server.

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { build, preview } from 'vite';
import { BenchError, type Server } from './common.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const BASELINE_ROOT = path.join(ROOT, 'bench', 'baseline');
const HOST = '127.0.0.1';

export async function startBaseline(port: number): Promise<Server> {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'caption-desk-baseline-'));
  // configFile: false keeps the app's vite.config.ts (React, CSP) out; the
  // cache goes to the temp directory so the app's own cache is left alone.
  const shared = {
    root: BASELINE_ROOT,
    configFile: false as const,
    logLevel: 'warn' as const,
    cacheDir: path.join(outDir, '.vite-cache'),
    build: { outDir: path.join(outDir, 'dist'), emptyOutDir: true, target: 'es2022' },
  };
  try {
    console.log('Building the baseline page (bench/baseline)...');
    await build(shared);
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw new BenchError(`building bench/baseline failed: ${error instanceof Error ? error.message : error}`);
  }
  try {
    const server = await preview({ ...shared, preview: { host: HOST, port, strictPort: true, open: false } });
    return {
      url: server.resolvedUrls?.local[0] ?? `http://${HOST}:${port}/`,
      close: async () => {
        await server.close();
        rmSync(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true });
    throw error;
  }
}
