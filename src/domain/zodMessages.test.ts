import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PersonSchema } from './model';

// Only zod/mini is loaded in this file, as on a page: zod's classic API, which sets English wording
// when imported, is not (vitest gives each test file its own modules).
describe('zod issues without a message of their own, once the model is loaded', () => {
  it("read in zod's English wording, as under its classic API, not a bare «Invalid input»", () => {
    const result = z.strictObject({ name: z.string(), count: z.number().check(z.gte(3)) }).safeParse({ name: 7, count: 1 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Invalid input: expected string, received number', 'Too small: expected number to be >=3']);
  });

  it("leave the model's own Norwegian messages as they are", () => {
    const result = PersonSchema.safeParse({ name: '', email: 'ikke-en-adresse' });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(['Navn mangler', 'Ugyldig e-postadresse']);
  });
});
