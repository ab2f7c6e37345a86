import * as v from 'valibot';
import { describeIssues } from '../domain/schemaRules';
import { normaliseGraphError, unexpectedAnswer } from './graphError';

/**
 * Runs one Graph call, parses what came back with `schema` (never a cast) and turns any failure
 * into GraphRequestError / ConflictError; an answer the schema refuses is `unexpectedAnswer`.
 */
export async function graphCall<S extends v.GenericSchema>(schema: S, run: () => Promise<unknown>): Promise<v.InferOutput<S>> {
  let raw: unknown;
  try {
    raw = await run();
  } catch (error) {
    throw normaliseGraphError(error);
  }
  const parsed = v.safeParse(schema, raw);
  if (!parsed.success) {
    throw unexpectedAnswer('Microsoft Graph', undefined, describeIssues(parsed.issues));
  }
  return parsed.output;
}

/** For calls whose answer we do not need (DELETE, 204). */
export async function graphSend(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (error) {
    throw normaliseGraphError(error);
  }
}
