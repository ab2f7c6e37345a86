import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as v from 'valibot';

/**
 * Every page evaluates the Graph side (`graphServices.ts`: the gateways, the repository and the
 * domain model) before its first Graph request (ui/shared/startInHalves.ts), so what a module builds
 * at its top level is start-up time of every page (issue 14: cold load). valibot's schemas are plain
 * objects, far cheaper to build than zod's were, but each is still a call and an allocation. These
 * tests count the schemas built, through valibot's own functions wrapped for this file (`vi.mock`):
 * every call that returns a schema (`kind: 'schema'`) counts one, a pipe's actions none.
 *
 * A ratchet (341 when src moved from zod to valibot, which counts its schemas differently from zod's 380; 340
 * when the conventions' «agenda» word came in and listRows' sort order schema went lazy; 339 when a sakstype's
 * numbering series came in and the sakstype's id and labels shared one string schema; 342 when the session's
 * branches merged — the opening row's flag, the committee's `minutesProposal` and the hjemler for lukket møte —
 * each branch under the limit alone, together three over, raised rather than made lazy under time pressure; 321
 * when every text field's pipe came to share one `v.string()` (textRules.ts), the conventions' `closingRows` included; 324 with
 * their `notedConclusion`; 321 when stop 36's merge (a numbered «Eventuelt», the protokoll's attendance headings) built
 * one more and the sak's three present-only flags came to share one `OptionalTrue`; still 321 with the conventions' `pack`
 * word, model.ts sharing richText's `OptionalBoolean`; 301 with the conventions' `openingRow`, model.ts's string lists, pipes and
 * `itemStartedAt` sharing its one `v.string()`, its positive integers one pipe; 303 when stop 38's branches merged (each under
 * the limit alone: the committee's default for new saker, the meeting numbers and Teams line, the voting flag, the notice's
 * attachedLinked), raised rather than made lazy under time pressure; 304 when stop 41's branches merged, each under it alone (how
 * each person took part, `Attendance.remote`'s picklist, beside the conventions' running text and publikum line sharing
 * `OptionalBoolean`), raised likewise; 308 when stop 44's branches merged, each under it alone (the conventions'
 * `signatureStatement`, a text field with its own length rule, beside `memoMeetingDate` and `factsApart` sharing
 * `OptionalBoolean`), raised likewise; 310 with a sak's `earlierTreatments` (carriedCase.ts): its entry schema is lazy, the
 * item's `v.optional(v.lazy(…))` around it the two any optional field costs, as `caseRoute` and `voting` do); 312 with the
 * conventions' nynorsk `treatment` word (its picklist and optional, stop 47), raised under time pressure as before; 314
 * with the conventions' `openingRows` (the list and its row lazy, `v.optional(v.lazy(…))` the two any such field costs); 315
 * with the notice's `carriedBuiltInRead` (one `v.optional` around the shared `StringList`, the least an optional field costs); 317
 * with the conventions' `agendaHeading` (its picklist and optional, the two a word of the committee's costs, as `treatment`); 319
 * with the sak's `elects` (the election's mark: its picklist and optional, as `agendaHeading`); 321 with the conventions'
 * `committeeLabel` (a text's pipe and its optional, as `proposalBy`: made lazy it would cost the same two, optional and lazy); 319
 * when a list row's open field set became one `looseObject({})` instead of a `record` of `string` keys and `unknown` values (h/parse60):
 * lower the number when a change builds fewer; a change that builds more at start-up
 * should build them when first used instead (`domain/lazySchema.ts`).
 */
const STARTUP_SCHEMA_LIMIT = 319;

const counter = vi.hoisted(() => ({ counting: false, built: 0 }));

vi.mock('valibot', async (importOriginal) => {
  const actual = await importOriginal<Record<string, unknown>>();
  return Object.fromEntries(
    Object.entries(actual).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            const made: unknown = (value as (...a: unknown[]) => unknown)(...args);
            if (counter.counting && typeof made === 'object' && made !== null && (made as { kind?: unknown }).kind === 'schema') counter.built++;
            return made;
          }
        : value,
    ]),
  );
});

/** The schemas (not the actions in their pipes) built while `run` runs. */
async function schemasBuilt(run: () => unknown): Promise<number> {
  counter.built = 0;
  counter.counting = true;
  try {
    await run();
  } finally {
    counter.counting = false;
  }
  return counter.built;
}

afterEach(() => {
  counter.counting = false;
});

describe('schemas built on the start-up path', () => {
  it('counts what it is meant to: one object with one string field is two schemas, an action is none', async () => {
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

  it('reading a meeting builds the schema of an exempt sak’s parts only when a row holds them', async () => {
    vi.resetModules();
    const { parseMeetingFile } = await import('../domain/meetingFile');
    const { itemFields, meetingFields, readMeetingRows } = await import('./listRows');
    const { meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));
    const meetingRow = { id: '1', fields: meetingFields(meeting) };
    const [first] = meeting.items;
    if (!first) throw new Error('the fixture has saker');
    const itemRows = meeting.items.map((item, index) => ({ id: String(index + 2), fields: itemFields(meeting, item, index) }));
    await schemasBuilt(() => readMeetingRows(meetingRow, itemRows));
    const withParts = { id: '99', fields: { ...itemFields(meeting, first, 0), MotebokJson: JSON.stringify({ ...first, meetingParts: { grounds: [{ at: 0, ground: 'Inhabil' }] } }) } };
    expect(await schemasBuilt(() => readMeetingRows(meetingRow, [withParts]))).toBeGreaterThan(0);
  });
});
