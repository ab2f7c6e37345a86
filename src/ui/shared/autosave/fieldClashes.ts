/**
 * The one rule for "is this a conflict?" after a write was refused for a stale version
 * (ConflictError): only fields the user changed that someone else also changed, to something
 * else, clash; anything else is a stale version, and the write is made again on the fresh one.
 * Used by the autosave engine (per item and meeting part) and the committee settings.
 */

/** Values compared as stored (JSON); absent and null are the same. */
export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** The fields of `patch` (what the user wrote) that `theirs` changed away from `base` (what she started from). */
export function clashingFields(
  patch: Readonly<Record<string, unknown>>,
  base: Readonly<Record<string, unknown>>,
  theirs: Readonly<Record<string, unknown>>,
): string[] {
  return Object.keys(patch).filter((field) => !sameValue(theirs[field], base[field]) && !sameValue(theirs[field], patch[field]));
}

/** The fields whose values differ between two versions of the same object, with the values of `after`. */
export function changedFields(before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const fields = new Set([...Object.keys(before), ...Object.keys(after)]);
  return Object.fromEntries([...fields].filter((field) => !sameValue(before[field], after[field])).map((field) => [field, after[field]]));
}
