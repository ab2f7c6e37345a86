import type * as v from 'valibot';

/**
 * A schema built the first time it is asked for, and the same one after that. A schema at a module's
 * top level is built when its line runs (with zod each `z.object`, `z.optional()` and `.check()` was a
 * constructor with its traits and checks; valibot's are plain objects, cheaper, still not free), so it
 * costs its page's start-up even when nothing on that page parses with it (issue 14: cold load). Schemas a page needs only for some act
 * (sending, permissions, errors from Graph, the register, drafts) are written `lazySchema(() => …)`
 * and asked for where they parse: `v.parse(EventSchema(), …)`. The schema itself is unchanged: the same
 * strictness, messages and paths. Its type: `v.InferOutput<ReturnType<typeof EventSchema>>`.
 */
export function lazySchema<T extends v.GenericSchema>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}
