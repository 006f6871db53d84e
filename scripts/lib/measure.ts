import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Measuring a build the way a user feels it: wall time, and the peak memory of the whole process tree
 * (Astro plus anything it starts, such as Pagefind's indexer), sampled from /proc. Linux only, as the
 * machines this project runs on are.
 */

/**
 * Resident memory of a process and all its descendants, in bytes (0 when it has gone), in total and per step:
 * each process counts towards the first step whose pattern matches its command line (the rest towards none).
 */
export function treeRss(rootPid: number, steps: Record<string, RegExp> = {}): { total: number; steps: Record<string, number> } {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name before it may hold spaces.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  const tree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parents) if (!tree.has(pid) && tree.has(ppid)) (tree.add(pid), (grew = true));
  }
  const result = { total: 0, steps: Object.fromEntries(Object.keys(steps).map((step) => [step, 0])) };
  for (const pid of tree) {
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      const bytes = Number(rss?.[1] ?? 0) * 1024;
      result.total += bytes;
      const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
      const step = Object.entries(steps).find(([, pattern]) => pattern.test(commandLine))?.[0];
      if (step) result.steps[step]! += bytes;
    } catch {
      // ended
    }
  }
  return result;
}

export interface RunResult {
  status: number | null;
  seconds: number;
  peakRssBytes: number;
  /** The peak of each step's processes on their own (the steps given to `measure`). */
  peakRssBytesByStep: Record<string, number>;
  output: string;
}

/**
 * Runs a command to completion, sampling its tree's memory every `sampleMs`: the peak of the whole tree and,
 * for `steps` (name → pattern of a command line), the peak of each step's processes.
 */
export function measure(
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; sampleMs?: number; steps?: Record<string, RegExp> } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peak = 0;
    const peakByStep: Record<string, number> = Object.fromEntries(Object.keys(options.steps ?? {}).map((step) => [step, 0]));
    const timer = setInterval(() => {
      if (!child.pid) return;
      const now = treeRss(child.pid, options.steps);
      peak = Math.max(peak, now.total);
      for (const [step, bytes] of Object.entries(now.steps)) peakByStep[step] = Math.max(peakByStep[step] ?? 0, bytes);
    }, options.sampleMs ?? 100);
    child.on('error', (error) => (clearInterval(timer), reject(error)));
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRssBytes: peak, peakRssBytesByStep: peakByStep, output });
    });
  });
}

/** Total size of the files under a folder, in bytes. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** How many files under a folder end with `suffix` (every file without one). */
export function countFiles(dir: string, suffix = ''): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(suffix)).length;
}

/** Bytes of the largest file under a folder (hosts cap single files: Cloudflare Pages at 25 MiB). */
export function largestFile(dir: string): number {
  let largest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) largest = Math.max(largest, statSync(join(entry.parentPath, entry.name)).size);
  }
  return largest;
}
