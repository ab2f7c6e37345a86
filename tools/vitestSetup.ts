/**
 * Set-up of every unit-project test file (vitest.config.ts `setupFiles`).
 *
 * Component tests wait (`findBy…`, `waitFor`) up to 15 s rather than testing-library's 1 s: the
 * large screens (side panel, workspace, Outlook) render in jsdom on two cores shared with the other
 * worker, and under load a first render alone can pass one second. A wait still ends the moment its
 * element is there; a wrong screen still fails, only later. Files without a DOM skip this.
 */
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/dom');
  configure({ asyncUtilTimeout: 15_000 });
}

export {};
