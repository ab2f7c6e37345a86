import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { StorageError } from '../domain/ports';
import { failureReason } from './graphError';
import { graphCall } from './graphCall';

// valibot's own English wording for an issue whose schema gives no message, kept for support; the screens word the kind.
describe('graphCall with an answer its schema refuses', () => {
  it("is an unexpected answer, its line naming the field in valibot's English wording", async () => {
    const error = await graphCall(v.looseObject({ id: v.string() }), () => Promise.resolve({ id: 42 })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StorageError);
    expect(error).toMatchObject({ kind: 'unexpectedAnswer', message: 'unexpected answer from Microsoft Graph: id: Invalid type: Expected string but received 42' });
    expect(failureReason(error)).toEqual({ key: 'failure.unexpectedAnswer' });
  });
});
