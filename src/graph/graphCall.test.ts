import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { graphCall } from './graphCall';

// valibot's own English wording for an issue whose schema gives no message, as a page shows it.
describe('graphCall with an answer its schema refuses', () => {
  it("says what was wrong in valibot's English wording, naming the field", async () => {
    await expect(graphCall(v.looseObject({ id: v.string() }), () => Promise.resolve({ id: 42 }))).rejects.toThrow(
      'Uventet svar fra Microsoft Graph: id: Invalid type: Expected string but received 42',
    );
  });
});
