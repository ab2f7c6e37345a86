import { afterEach } from 'vitest';

type Formatter = 'DateTimeFormat' | 'NumberFormat';

/**
 * Counts the `Intl` formatters of one kind made from the moment `count()` is called, in the tests of
 * modules that must not make one when they are evaluated (the first Intl use of a page sets ICU up:
 * issue 14, cold load). The constructor is put back after each test.
 */
export function intlFormattersMade(kind: Formatter): { count: () => { made: number } } {
  const original = Intl[kind];
  afterEach(() => {
    Intl[kind] = original as never;
  });
  return {
    count() {
      const counter = { made: 0 };
      Intl[kind] = new Proxy(original, {
        construct(target, args: unknown[]) {
          counter.made += 1;
          return Reflect.construct(target, args) as object;
        },
      }) as never;
      return counter;
    },
  };
}
