import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { graphCall } from './graphCall';

// Only zod/mini is loaded here, as on a page (the local tenant, which uses zod's classic API, is not).
describe('graphCall with an answer its schema refuses', () => {
  it("says what was wrong in zod's English wording", async () => {
    await expect(graphCall(z.looseObject({ id: z.string() }), () => Promise.resolve({ id: 42 }))).rejects.toThrow(
      'Uventet svar fra Microsoft Graph: id: Invalid input: expected string, received number',
    );
  });
});
