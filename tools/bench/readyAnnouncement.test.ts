import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseReadyAnnouncement, playwrightScriptsInTrace, READY_ANNOUNCEMENT, readyAnnouncerScript, waitForReadyAnnouncement } from './readyAnnouncement';

const ORIGIN = 'https://localhost:5443';
let markSeq = 0;
const uniqueMark = () => `test:ready-${process.pid}-${(markSeq += 1)}`;

/** Runs the init script (for the app at ORIGIN) in a page at `location`, with Node's own User Timing (the same PerformanceObserver API) and a console that records. */
function runScript(location: { origin: string; pathname: string }, mark: string): string[] {
  const lines: string[] = [];
  const console = { debug: (text: string) => lines.push(text) };
  new Function('location', 'console', readyAnnouncerScript(ORIGIN, mark))(location, console);
  return lines;
}

/** Node delivers PerformanceObserver entries in a later task, as the browser does. */
const nextTasks = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the init script that announces the ready mark', () => {
  afterEach(() => performance.clearMarks());

  it('announces the ready mark once, with its time and the page that set it', async () => {
    const mark = uniqueMark();
    const lines = runScript({ origin: ORIGIN, pathname: '/sidepanel.html' }, mark);
    performance.mark('motebok:entry');
    const set = performance.mark(mark);
    performance.mark(mark);
    await nextTasks();
    expect(lines).toHaveLength(1);
    expect(parseReadyAnnouncement(lines[0] ?? '')).toEqual({ path: '/sidepanel.html', at: set.startTime });
  });

  it('announces a mark set before the script observed (buffered)', async () => {
    const mark = uniqueMark();
    const set = performance.mark(mark);
    const lines = runScript({ origin: ORIGIN, pathname: '/stage.html' }, mark);
    await nextTasks();
    expect(lines.map(parseReadyAnnouncement)).toEqual([{ path: '/stage.html', at: set.startTime }]);
  });

  it('does nothing in a frame of another origin (the simulator around the page)', async () => {
    const mark = uniqueMark();
    const lines = runScript({ origin: 'https://localhost:7443', pathname: '/_tenant/meeting/' }, mark);
    performance.mark(mark);
    await nextTasks();
    expect(lines).toEqual([]);
  });
});

describe('parseReadyAnnouncement', () => {
  it('reads the page and the time, and ignores any other console line', () => {
    expect(parseReadyAnnouncement(`${READY_ANNOUNCEMENT}{"path":"/floor.html","at":412.5}`)).toEqual({ path: '/floor.html', at: 412.5 });
    expect(parseReadyAnnouncement('Download the React DevTools')).toBeUndefined();
    expect(parseReadyAnnouncement(`${READY_ANNOUNCEMENT}{"path":"/floor.html"}`)).toBeUndefined();
    expect(parseReadyAnnouncement(`${READY_ANNOUNCEMENT}not json`)).toBeUndefined();
  });
});

describe('waitForReadyAnnouncement', () => {
  const consoleOf = (emitter: EventEmitter) => (onText: (text: string) => void) => {
    emitter.on('console', onText);
    return () => emitter.off('console', onText);
  };

  it("gives the time announced by the measured page, not another page's, and stops listening", async () => {
    const emitter = new EventEmitter();
    const { ready } = waitForReadyAnnouncement(consoleOf(emitter), { pathname: '/stage.html', label: 'stage', timeoutMs: 1_000 });
    emitter.emit('console', `${READY_ANNOUNCEMENT}{"path":"/sidepanel.html","at":100}`);
    emitter.emit('console', 'annet');
    emitter.emit('console', `${READY_ANNOUNCEMENT}{"path":"/stage.html","at":321.25}`);
    await expect(ready).resolves.toBe(321.25);
    expect(emitter.listenerCount('console')).toBe(0);
  });

  it('fails with a message naming the page when the ready mark never comes', async () => {
    vi.useFakeTimers();
    try {
      const emitter = new EventEmitter();
      const { ready } = waitForReadyAnnouncement(consoleOf(emitter), { pathname: '/sidepanel.html', label: 'sidePanel', timeoutMs: 90_000 });
      vi.advanceTimersByTime(90_000);
      await expect(ready).rejects.toThrow('sidePanel ble aldri klar: ingen kunngjøring av klarmerket fra /sidepanel.html innen 90000 ms');
      expect(emitter.listenerCount('console')).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('leaves no listener or timer behind when cancelled', () => {
    vi.useFakeTimers();
    try {
      const emitter = new EventEmitter();
      const { cancel } = waitForReadyAnnouncement(consoleOf(emitter), { pathname: '/workspace.html', label: 'workspace', timeoutMs: 90_000 });
      cancel();
      expect(emitter.listenerCount('console')).toBe(0);
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('playwrightScriptsInTrace', () => {
  const chunk = (...frames: { functionName: string; url: string }[]) => ({ name: 'ProfileChunk', args: { data: { cpuProfile: { nodes: frames.map((callFrame, id) => ({ id, callFrame })) } } } });

  it("finds Playwright's injected and utility scripts in a trace's CPU profile", () => {
    const trace = [{ name: 'EvaluateScript', args: {} }, chunk({ functionName: 'InjectedScript', url: '' }, { functionName: 'n', url: 'https://localhost:1/sidePanel.js' }), chunk({ functionName: 'UtilityScript', url: '' })];
    expect(playwrightScriptsInTrace(trace)).toEqual(['InjectedScript', 'UtilityScript']);
  });

  it("finds nothing in a page's own work, also a page function of the same name", () => {
    expect(playwrightScriptsInTrace([chunk({ functionName: '(program)', url: '' }, { functionName: 'InjectedScript', url: 'https://localhost:1/app.js' })])).toEqual([]);
  });
});
