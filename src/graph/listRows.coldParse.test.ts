import { afterEach, describe, expect, it } from 'vitest';
import type { CaseNumber } from '../domain/model';
import { aMeeting, anItem } from '../domain/testing/builders';
import { itemFields, meetingFields, readMeetingRows } from './listRows';

const realFunction = globalThis.Function;
afterEach(() => {
  globalThis.Function = realFunction;
});

describe('reading a meeting’s rows as a page opens it (issue 14: cold load)', () => {
  it('compiles no code: an eval-built fast path (zod’s, before valibot) cost more on a page’s one parse than it saved', () => {
    // Built without parsing (the case numbers only typed as parsed), so no schema of this module graph has been used yet.
    const meeting = aMeeting({ items: [anItem('a', { caseNumber: '01/26' as CaseNumber, conclusion: ['Godkjent.'] }), anItem('b', { caseNumber: '02/26' as CaseNumber })] });
    const header = { id: '1', fields: meetingFields(meeting) };
    const items = meeting.items.map((item, index) => ({ id: String(10 + index), fields: itemFields(meeting, item, index) }));
    let compiled = 0;
    globalThis.Function = new Proxy(realFunction, {
      construct(target, args) {
        compiled += 1;
        return Reflect.construct(target, args) as object;
      },
      apply(target, thisArg, args) {
        compiled += 1;
        return Reflect.apply(target, thisArg, args) as unknown;
      },
    });
    const read = readMeetingRows(header, items);
    globalThis.Function = realFunction;
    expect(read.ok && read.meeting).toEqual(meeting);
    expect(compiled).toBe(0);
  });
});
