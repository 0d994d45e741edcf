/// Resident memory of the renderer process that hosts the page, after load
/// and a forced GC (`renderer MiB`, and `renderer PSS MiB`).
///
/// Method. The bench launches its own Chromium, and each run has its own
/// browser context, hence its own renderer process (contexts never share
/// one; with site isolation the page's frame is in one process; this app has
/// no iframes, and a worker it started would live in that process too and
/// count). Chromium gives no page → process id mapping over CDP (TargetInfo
/// has no pid), so:
///
///  1. Force a full GC in the page (HeapProfiler.collectGarbage, which also
///     collects the DOM's C++ heap), wait a moment for freed pages to go
///     back to the OS, and collect again.
///  2. List the browser's processes with the browser-level CDP call
///     SystemInfo.getProcessInfo and keep those of type `renderer` (there
///     are others: the spare renderer Chromium keeps warm, any still closing).
///     For each, read VmRSS from /proc/<pid>/status and Pss from
///     /proc/<pid>/smaps_rollup: these are the figures, read before step 3
///     touches anything.
///  3. Identify the page's renderer: the page allocates and touches a
///     MARKER_MIB buffer, and the one renderer whose RSS grew by at least
///     three quarters of that is the page's. (A CPU-time test was tried first
///     and is unreliable on a loaded machine: other renderers also take CPU.)
///     Its /proc/<pid>/cmdline must say `--type=renderer`.
///  4. Drop the buffer and collect, so later steps do not carry it.
///
/// RSS counts pages shared with other Chromium processes (the binary's code,
/// shared memory) in full; PSS divides shared pages among their users, so it
/// is the fairer share. The GPU process and the browser process are not
/// counted: the issue's target ("under 300 MiB") is the renderer's.

import { readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { BenchError, type Metrics, type Session } from './common.ts';

const MARKER_MIB = 256;
const MIB = 2 ** 20;

interface ProcessMemory {
  pid: number;
  rssMiB: number;
  pssMiB: number | null;
}

export async function measureRendererMemory({ browser, page, cdp }: Session): Promise<Metrics> {
  await cdp.send('HeapProfiler.collectGarbage');
  await sleep(500);
  await cdp.send('HeapProfiler.collectGarbage');
  const browserCdp = await browser.newBrowserCDPSession();
  try {
    const renderers = async (): Promise<number[]> => {
      const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo');
      return processInfo.filter((p) => p.type === 'renderer').map((p) => p.id);
    };
    const before = (await renderers()).flatMap((pid) => readMemory(pid) ?? []);
    if (before.length === 0)
      throw new BenchError('renderer memory: SystemInfo.getProcessInfo lists no renderer process.');

    await page.evaluate((mib) => {
      const marker = new Uint8Array(mib * 2 ** 20);
      marker.fill(1);
      (window as unknown as { __benchMarker: Uint8Array | null }).__benchMarker = marker;
    }, MARKER_MIB);
    const grew = before.flatMap((p) => {
      const now = readMemory(p.pid);
      return now !== null && now.rssMiB - p.rssMiB >= MARKER_MIB * 0.75 ? [p] : [];
    });
    await page.evaluate(() => {
      (window as unknown as { __benchMarker: Uint8Array | null }).__benchMarker = null;
    });
    await cdp.send('HeapProfiler.collectGarbage');

    if (grew.length !== 1) {
      throw new BenchError(
        `renderer memory: after the page touched ${MARKER_MIB} MiB, ${grew.length} renderer processes ` +
          `grew by that much (of ${before.map((p) => `${p.pid}: ${p.rssMiB.toFixed(0)} MiB`).join(', ')}); ` +
          'expected exactly one, the page’s.',
      );
    }
    const found = grew[0]!;
    const cmdline = readFileSync(`/proc/${found.pid}/cmdline`, 'utf8');
    if (!/(^|[\0 ])--type=renderer([\0 ]|$)/.test(cmdline)) {
      throw new BenchError(`renderer memory: process ${found.pid} is not a renderer (no --type=renderer).`);
    }
    return { rendererMiB: found.rssMiB, rendererPssMiB: found.pssMiB };
  } finally {
    await browserCdp.detach().catch(() => undefined);
  }
}

/// VmRSS and Pss of a process in MiB; null if it is gone (a spare renderer
/// can exit between the listing and the read). Linux only.
function readMemory(pid: number): ProcessMemory | null {
  let status: string;
  try {
    status = readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && !procMounted()) {
      throw new BenchError('renderer memory: reads /proc/<pid>/status, which needs Linux.');
    }
    return null;
  }
  const rss = /^VmRSS:\s+(\d+) kB/m.exec(status);
  if (rss === null) return null;
  let pss: number | null = null;
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const match = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (match !== null) pss = (Number(match[1]) * 1024) / MIB;
  } catch {
    // Older kernels have no smaps_rollup: RSS only.
  }
  return { pid, rssMiB: (Number(rss[1]) * 1024) / MIB, pssMiB: pss };
}

function procMounted(): boolean {
  try {
    readFileSync('/proc/self/status');
    return true;
  } catch {
    return false;
  }
}
