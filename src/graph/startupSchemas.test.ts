import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';

/**
 * zod builds every schema in full when its line runs (each `z.object`, `z.optional()`, `.check()` is a
 * constructor run), and every page evaluates the Graph side (`graphServices.ts`: the gateways, the
 * repository and the domain model) before its first Graph request (ui/shared/startInHalves.ts). So
 * what a module builds at its top level is start-up time of every page (issue 14: cold load). These
 * tests count the schemas built, with the hook zod 4 calls for every instance it constructs
 * (`globalThis.__zod_globalConfig.postProcessor`, zod/v4/core/core.js `$constructor`).
 *
 * A ratchet: lower the number when a change builds fewer (403 → 380 with zod/mini, whose one `.check()`
 * per chain builds one schema where each classic `.min()`, `.max()` … built its own); a change that builds more at start-up
 * should build them when first used instead (`domain/lazySchema.ts`).
 */
const STARTUP_SCHEMA_LIMIT = 380;

type ZodGlobalConfig = { postProcessor?: (instance: unknown) => void };
const zodConfig = ((globalThis as { __zod_globalConfig?: ZodGlobalConfig }).__zod_globalConfig ??= {});

/** The schemas (not the checks or errors, which zod builds the same way) built while `run` runs. */
async function schemasBuilt(run: () => unknown): Promise<number> {
  let built = 0;
  zodConfig.postProcessor = (instance) => {
    if (instance instanceof v.GenericSchema) built++;
  };
  try {
    await run();
  } finally {
    delete zodConfig.postProcessor;
  }
  return built;
}

afterEach(() => {
  delete zodConfig.postProcessor;
});

describe('schemas built on the start-up path', () => {
  it('counts what it is meant to: one object with one string field is two schemas, a check is none', async () => {
    expect(await schemasBuilt(() => v.object({ name: v.string() }))).toBe(2);
    expect(await schemasBuilt(() => v.maxLength(5))).toBe(0);
  });

  it(`importing the Graph side builds at most ${STARTUP_SCHEMA_LIMIT} schemas`, async () => {
    vi.resetModules(); // evaluate the app's modules afresh in this test, whatever imported them before
    const built = await schemasBuilt(() => import('./graphServices'));
    expect(built).toBeGreaterThan(0); // the model is built: the count is real
    expect(built).toBeLessThanOrEqual(STARTUP_SCHEMA_LIMIT);
  });

  it('reading a meeting from its rows builds no schema, however often (none is built per read)', async () => {
    const { parseMeetingFile } = await import('../domain/meetingFile');
    const { itemFields, meetingFields, readMeetingRows } = await import('./listRows');
    const { collectionOf } = await import('./graphSchemas');
    const { ListRowSchema } = await import('./listsGateway');
    const { meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const meetingRow = { id: '1', fields: meetingFields(meeting) };
    const itemRows = meeting.items.map((item, index) => ({ id: String(index + 2), fields: itemFields(meeting, item, index) }));
    expect(itemRows.length).toBeGreaterThan(2); // rows to sort
    const read = () => {
      const result = readMeetingRows(meetingRow, itemRows);
      if (!result.ok) throw new Error('the fixture should read');
      return v.parse(collectionOf(ListRowSchema), { value: [meetingRow, ...itemRows] });
    };
    await schemasBuilt(read); // what is built on first use
    expect(await schemasBuilt(read)).toBe(0);
    expect(await schemasBuilt(read)).toBe(0);
  });
});
