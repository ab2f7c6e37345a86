import type * as z from 'zod/mini';

/**
 * A schema built the first time it is asked for, and the same one after that. zod builds every
 * schema in full when its line runs (each `z.object`, `z.optional()`, `.check()` is a constructor with
 * its traits and checks), so a schema at a module's top level costs its page's start-up even when
 * nothing on that page parses with it (issue 14: cold load). Schemas a page needs only for some act
 * (sending, permissions, errors from Graph, the register, drafts) are written `lazySchema(() => …)`
 * and asked for where they parse: `EventSchema().parse(…)`. The schema itself is unchanged: the same
 * strictness, messages and paths. Its type: `z.infer<ReturnType<typeof EventSchema>>`.
 */
export function lazySchema<T extends z.ZodMiniType>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
