import { describe, expect, it } from 'vitest';
import { cpuSamples, markTimes, moduleIndex, requests, selfTime, type TraceEvent } from './traceProfile';

const frame = (functionName: string, url = 'https://localhost:1/screens.js', lineNumber = 0) => ({ functionName, url, lineNumber });

// A profile of one thread: samples at 1000, 1010, 1030, 1060 µs (the last only ends the one before).
const events: TraceEvent[] = [
  { name: 'motebok:services', cat: 'blink.user_timing', ph: 'R', ts: 1005, pid: 1, tid: 7 },
  { name: 'motebok:ready', cat: 'blink.user_timing', ph: 'R', ts: 1050, pid: 1, tid: 7 },
  { name: 'motebok:ready', cat: 'blink.user_timing', ph: 'R', ts: 9999, pid: 1, tid: 7 },
  { name: 'Profile', ph: 'P', ts: 990, pid: 1, tid: 7, id: '0x1', args: { data: { startTime: 1000 } } },
  {
    name: 'ProfileChunk',
    ph: 'P',
    ts: 1100,
    pid: 1,
    tid: 7,
    id: '0x1',
    args: {
      data: {
        cpuProfile: {
          nodes: [
            { id: 1, callFrame: frame('(root)', '') },
            { id: 2, callFrame: frame('render', 'https://localhost:1/screens.js', 3) },
            { id: 3, callFrame: frame('(garbage collector)', '') },
          ],
          samples: [2, 3],
        },
        timeDeltas: [0, 10],
      },
    },
  },
  { name: 'ProfileChunk', ph: 'P', ts: 1200, pid: 1, tid: 7, id: '0x1', args: { data: { cpuProfile: { samples: [2, 1] }, timeDeltas: [20, 30] } } },
  { name: 'ResourceSendRequest', ts: 1020, pid: 1, tid: 7, args: { data: { requestId: 'a', url: 'https://localhost:1/recorder.js', priority: 'Low' } } },
  { name: 'ResourceFinish', ts: 1040, pid: 1, tid: 7, args: { data: { requestId: 'a' } } },
  { name: 'ResourceSendRequest', ts: 1010, pid: 1, tid: 7, args: { data: { requestId: 'b', url: 'https://localhost:1/screens.js' } } },
];

describe('traceProfile', () => {
  it('takes each mark at its first time', () => {
    expect(markTimes(events).get('motebok:ready')?.ts).toBe(1050);
  });

  it('gives each sample the time to the next one of its profile, across chunks, nodes kept from the first chunk', () => {
    expect(cpuSamples(events).map((sample) => [sample.frame.functionName, sample.start, sample.end])).toEqual([
      ['render', 1000, 1010],
      ['(garbage collector)', 1010, 1030],
      ['render', 1030, 1060],
    ]);
  });

  it('sums self time in ms within the window only, largest first', () => {
    const totals = selfTime(cpuSamples(events), 1005, 1050, (sample) => sample.frame.functionName);
    // render: 1005–1010 and 1030–1050 = 25 µs; the collector 1010–1030 = 20 µs.
    expect(totals).toEqual([
      ['render', 0.025],
      ['(garbage collector)', 0.02],
    ]);
  });

  it('finds a line’s module from webpack’s comments in an unminified chunk', () => {
    const source = [
      '"use strict";',
      ';// ./node_modules/@fluentui/react-tabster/lib/index.js',
      'function a() {}',
      '// EXTERNAL MODULE: ./src/domain/richText.ts',
      '// MODULE: ./src/ui/sidePanel/RecorderView.tsx',
      'function b() {}',
      '/***/ 26468',
      'function c() {}',
    ].join('\n');
    const moduleAt = moduleIndex(source);
    expect([0, 2, 3, 5, 7].map(moduleAt)).toEqual([undefined, 'node_modules/@fluentui/react-tabster', 'node_modules/@fluentui/react-tabster', './src/ui/sidePanel/RecorderView.tsx', 'module 26468']);
  });

  it('lists requests in the order sent, with when each finished', () => {
    expect(requests(events)).toEqual([
      { url: 'https://localhost:1/screens.js', sent: 1010, priority: undefined },
      { url: 'https://localhost:1/recorder.js', sent: 1020, finished: 1040, priority: 'Low' },
    ]);
  });
});
