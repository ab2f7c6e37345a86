/**
 * Where a page's main thread spent a window of its start, from a Chrome performance trace with
 * JavaScript samples (the cold-load bench's `MOTEBOK_BENCH_PROFILE=1`, best with
 * `MOTEBOK_BENCH_UNMINIFIED=1` so functions keep their names): self time per function and per module
 * between two of the page's marks (`src/ui/shared/startupMarks.ts`), and the scripts the page asked for
 * in that window, with when each was sent and finished (issue 14: cold load).
 *
 *   npx tsx tools/bench/traceProfile.ts [--from=motebok:services] [--to=motebok:ready] [--dist=<build>] <trace.json>…
 *
 * Marks default to `motebok:services` → `motebok:ready`. With several traces it prints each, then the
 * functions' mean self time over them. A sample's self time is the time to the next
 * sample of its thread (as the browser's performance panel counts it), cut to the window. Modules are
 * found from the unminified chunks of the build (`--dist`, by default the trace's folder's `dist`, as in out/bench/cold-load) (webpack's `// ./src/…` comments at each
 * module's start); a minified chunk names only its file.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface TraceEvent {
  name: string;
  cat?: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string | number;
  args?: { data?: Record<string, unknown> } & Record<string, unknown>;
}

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber?: number;
}

/** One JavaScript sample: its leaf frame, its thread, and from when to when it counts (µs, trace clock). */
export interface Sample {
  frame: CallFrame;
  pid: number;
  tid: number;
  start: number;
  end: number;
}

/** Each user timing mark's first time (µs, trace clock), by name. */
export function markTimes(events: readonly TraceEvent[]): Map<string, { ts: number; pid: number; tid: number }> {
  const marks = new Map<string, { ts: number; pid: number; tid: number }>();
  for (const event of events) {
    if (!event.cat?.includes('blink.user_timing') || marks.has(event.name)) continue;
    marks.set(event.name, { ts: event.ts, pid: event.pid, tid: event.tid });
  }
  return marks;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
}

/** The samples of every profile in the trace (its `Profile` and `ProfileChunk` events), each lasting until its thread's next. */
export function cpuSamples(events: readonly TraceEvent[]): Sample[] {
  const profiles = new Map<string, { pid: number; tid: number; time: number; nodes: Map<number, CallFrame>; stamps: { node: number; ts: number }[] }>();
  for (const event of events) {
    const data = event.args?.data;
    if (!data || event.id === undefined) continue;
    const key = `${event.pid}:${String(event.id)}`;
    if (event.name === 'Profile') {
      profiles.set(key, { pid: event.pid, tid: event.tid, time: Number(data['startTime'] ?? event.ts), nodes: new Map(), stamps: [] });
      continue;
    }
    if (event.name !== 'ProfileChunk') continue;
    const profile = profiles.get(key);
    if (!profile) continue;
    const cpuProfile = data['cpuProfile'] as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
    for (const node of cpuProfile?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    const deltas = (data['timeDeltas'] as number[] | undefined) ?? [];
    (cpuProfile?.samples ?? []).forEach((node, i) => {
      profile.time += deltas[i] ?? 0;
      profile.stamps.push({ node, ts: profile.time });
    });
  }
  const samples: Sample[] = [];
  for (const profile of profiles.values()) {
    const stamps = [...profile.stamps].sort((a, b) => a.ts - b.ts);
    stamps.forEach((stamp, i) => {
      const next = stamps[i + 1];
      const frame = profile.nodes.get(stamp.node);
      if (!next || !frame) return;
      samples.push({ frame, pid: profile.pid, tid: profile.tid, start: stamp.ts, end: next.ts });
    });
  }
  return samples;
}

/** Self time (ms) per key of the samples within [from, to] (µs), largest first; samples the key gives undefined are left out. */
export function selfTime(samples: readonly Sample[], from: number, to: number, keyOf: (sample: Sample) => string | undefined): [string, number][] {
  const totals = new Map<string, number>();
  for (const sample of samples) {
    const overlap = Math.min(sample.end, to) - Math.max(sample.start, from);
    if (overlap <= 0) continue;
    const key = keyOf(sample);
    if (key === undefined) continue;
    totals.set(key, (totals.get(key) ?? 0) + overlap / 1000);
  }
  return [...totals].sort((a, b) => b[1] - a[1]);
}

/**
 * Which module of an unminified webpack chunk a line (0-based) belongs to: the nearest module start at
 * or above it — a concatenated module's `;// ./path` or `// MODULE: ./path` comment, or the id line (three stars between slashes, then the
 * id) that starts a module of its own: a production build names no path there.
 */
export function moduleIndex(source: string): (line: number) => string | undefined {
  const starts: { line: number; name: string }[] = [];
  const lines = source.split('\n');
  lines.forEach((text, line) => {
    const byId = /^\/\*{3}\/ (\d+)\s*$/.exec(text);
    // A bundled library's licence comment names its file (` * react.production.js`).
    const licensed = byId && /@license[^\n]*\n\s*\*\s*([\w.-]+\.js)/.exec(lines.slice(line + 1, line + 8).join('\n'))?.[1];
    if (byId?.[1]) starts.push({ line, name: `module ${byId[1]}${licensed ? ` (${licensed})` : ''}` });
    const match = /^;?\/\/ (?:CONCATENATED MODULE: |MODULE: )?(\.\.?\/[^\s]+)/.exec(text);
    if (match?.[1]) starts.push({ line, name: match[1].replace(/^\.\/node_modules\/((?:@[^/]+\/)?[^/]+).*/, 'node_modules/$1') });
  });
  return (line) => {
    let lo = 0;
    let hi = starts.length - 1;
    let found: string | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const start = starts[mid]!;
      if (start.line <= line) {
        found = start.name;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  };
}

export interface Request {
  url: string;
  sent: number;
  finished?: number;
  priority?: string;
}

/** The requests the trace saw (its `ResourceSendRequest` and `ResourceFinish` events), µs on the trace clock. */
export function requests(events: readonly TraceEvent[]): Request[] {
  const byId = new Map<string, Request>();
  for (const event of events) {
    const data = event.args?.data;
    const id = data?.['requestId'];
    if (typeof id !== 'string') continue;
    if (event.name === 'ResourceSendRequest' && typeof data?.['url'] === 'string' && !byId.has(id)) {
      byId.set(id, { url: data['url'], sent: event.ts, priority: typeof data['priority'] === 'string' ? data['priority'] : undefined });
    } else if (event.name === 'ResourceFinish') {
      const request = byId.get(id);
      if (request) request.finished = event.ts;
    }
  }
  return [...byId.values()].sort((a, b) => a.sent - b.sent);
}

const label = (frame: CallFrame): string =>
  `${frame.functionName || '(anonymous)'} ${frame.url ? `${path.basename(new URL(frame.url, 'https://x/').pathname)}:${frame.lineNumber + 1}` : ''}`.trim();

/** Prints one trace's window and gives its self time per function (ms). */
function report(file: string, from: string, to: string, distDir?: string): Map<string, number> {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as TraceEvent[] | { traceEvents: TraceEvent[] };
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const marks = markTimes(events);
  const start = marks.get(from);
  const end = marks.get(to);
  if (!start || !end) throw new Error(`marks not in the trace: ${[from, to].filter((name) => !marks.has(name)).join(', ')}`);
  const ms = (ts: number) => ((ts - start.ts) / 1000).toFixed(1);
  const thread = cpuSamples(events).filter((sample) => sample.pid === start.pid && sample.tid === start.tid);
  const dist = distDir ?? path.join(path.dirname(file), 'dist');
  const indexes = new Map<string, ((line: number) => string | undefined) | undefined>();
  const moduleOf = (frame: CallFrame): string | undefined => {
    if (!frame.url) return undefined;
    const name = path.basename(new URL(frame.url, 'https://x/').pathname);
    if (!indexes.has(name)) {
      const chunk = path.join(dist, name);
      indexes.set(name, existsSync(chunk) ? moduleIndex(readFileSync(chunk, 'utf8')) : undefined);
    }
    return indexes.get(name)?.(frame.lineNumber) ?? name;
  };
  const windowMs = (end.ts - start.ts) / 1000;
  console.log(`${path.basename(file)}: ${from} → ${to}, ${windowMs.toFixed(1)} ms`);
  const all = selfTime(thread, start.ts, end.ts, (sample) => (sample.frame.url ? 'JavaScript' : sample.frame.functionName));
  console.log(`  thread: ${all.map(([key, value]) => `${key} ${value.toFixed(1)}`).join(' · ')}`);
  console.log('  top functions (self ms):');
  const functions = selfTime(thread, start.ts, end.ts, (sample) => label(sample.frame));
  for (const [key, value] of functions.slice(0, 15)) console.log(`    ${value.toFixed(1).padStart(6)}  ${key}`);
  console.log('  top modules (self ms):');
  for (const [key, value] of selfTime(thread, start.ts, end.ts, (sample) => moduleOf(sample.frame) ?? sample.frame.functionName).slice(0, 15))
    console.log(`    ${value.toFixed(1).padStart(6)}  ${key}`);
  console.log(`  marks (ms from ${from}): ${[...marks].filter(([name]) => name.startsWith('motebok:')).map(([name, mark]) => `${name.slice(8)} ${ms(mark.ts)}`).join(' · ')}`);
  console.log('  requests sent before the end (ms from the start: sent → finished):');
  for (const request of requests(events).filter((r) => r.sent <= end.ts && (r.finished ?? Infinity) >= start.ts - 200_000)) {
    const url = new URL(request.url);
    console.log(`    ${ms(request.sent).padStart(7)} → ${request.finished === undefined ? '   …' : ms(request.finished).padStart(7)}  ${request.priority ?? ''} ${url.pathname.slice(0, 80)}`);
  }
  return new Map(functions);
}

function main(args: readonly string[]): void {
  const option = (name: string, fallback: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
  const files = args.filter((arg) => !arg.startsWith('--'));
  const from = option('from', 'motebok:services');
  const to = option('to', 'motebok:ready');
  const dist = args.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length);
  const each = files.map((file) => report(file, from, to, dist));
  if (each.length < 2) return;
  // The chunks' names carry their content hash; a function is the same in every trace of one build.
  const mean = new Map<string, number>();
  for (const totals of each) for (const [key, value] of totals) mean.set(key, (mean.get(key) ?? 0) + value / each.length);
  console.log(`mean self time over ${each.length} traces (ms; each trace's own in brackets):`);
  for (const [key, value] of [...mean].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${value.toFixed(1).padStart(6)}  [${each.map((totals) => (totals.get(key) ?? 0).toFixed(1)).join(' / ')}]  ${key}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  if (!args.some((arg) => !arg.startsWith('--'))) {
    console.error('npx tsx tools/bench/traceProfile.ts [--from=<mark>] [--to=<mark>] <trace.json>…');
    process.exit(1);
  }
  main(args);
}
