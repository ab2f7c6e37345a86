// jsdom has no ResizeObserver; Fluent's MessageBar (the "saved" notice) measures itself with one.
// Imported for this effect by the jsdom tests that render one.
globalThis.ResizeObserver ??= class {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
} as unknown as typeof ResizeObserver;

export {};
