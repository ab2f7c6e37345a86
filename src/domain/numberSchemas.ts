import * as v from 'valibot';

/**
 * A whole number above 0, and the same optional: one schema each, shared by the model and the conventions (a count of
 * shares, days of notice, an image's size), since every page builds both at start-up (`graph/startupSchemas.test.ts`).
 */
export const PositiveInteger = v.pipe(v.number(), v.integer(), v.gtValue(0));
export const OptionalPositiveInteger = v.optional(PositiveInteger);
