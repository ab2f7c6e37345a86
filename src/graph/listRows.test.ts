import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { publicVersion } from '../domain/confidentiality';
import { ConventionsSchema } from '../domain/conventions';
import { parseMeetingFile } from '../domain/meetingFile';
import { renderReferatDocx } from '../documents/docx/referatDocx';
import { docxParagraphs } from '../documents/testing/docxText';
import { partsInRow, withPartsInRow } from './exemptPartsHeld';
import { committeeFields, committeeFromRow, itemFields, meetingFields, meetingFromRows, meetingItemFields, readCommitteeRow, readMeetingRows } from './listRows';

const { committee, meeting } = parseMeetingFile(JSON.parse(readFileSync(new URL('../../fixtures/meetings/pm-2026.json', import.meta.url), 'utf8')));

describe('list rows', () => {
  it('stores a meeting as a header row and one row per item, and reads it back identical in agenda order', () => {
    const header = { id: '1', fields: meetingFields(meeting) };
    const items = meeting.items.map((item, index) => ({ id: String(10 + index), fields: itemFields(meeting, item, index) })).reverse();
    expect(meetingFromRows(header, items)).toEqual(meeting);
  });

  it('keeps the items out of the meeting row and fills the columns people filter on', () => {
    const fields = meetingFields(meeting);
    expect(JSON.parse(String(fields.MotebokJson))).not.toHaveProperty('items');
    expect(fields).toMatchObject({ MeetingId: meeting.id, CommitteeId: committee.id, MeetingDate: `${meeting.date}T00:00:00Z`, Status: 'draft' });
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    expect(itemFields(meeting, first, 0)).toMatchObject({ ItemId: first.id, MeetingId: meeting.id, CaseNumber: first.caseNumber ?? '', SortOrder: 0 });
  });

  it('cuts visible text columns to SharePoint’s 255 characters but keeps the full text in the data column', () => {
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    const long = { ...first, title: 'Å'.repeat(400) };
    const fields = itemFields(meeting, long, 0);
    expect([...String(fields.Title)].length).toBe(255);
    expect(JSON.parse(String(fields.MotebokJson)).title).toBe('Å'.repeat(400));
  });

  it('shows an exempt sak by its public title and without its konklusjon in the visible columns, and keeps it whole in the data column', () => {
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    const exempt = { ...first, title: 'Personalsak Ola Nordmann', conclusion: ['Ola Nordmann får permisjon.'], confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' } } };
    const fields = itemFields(meeting, exempt, 0);
    expect(fields).toMatchObject({ Title: 'Personalsak', Conclusion: '' });
    expect(JSON.stringify({ ...fields, MotebokJson: undefined })).not.toContain('Ola Nordmann');
    expect(JSON.parse(String(fields.MotebokJson))).toMatchObject({ title: 'Personalsak Ola Nordmann', conclusion: ['Ola Nordmann får permisjon.'] });
    const open = itemFields(meeting, { ...exempt, confidentiality: {} }, 0);
    expect(open).toMatchObject({ Title: 'Personalsak Ola Nordmann', Conclusion: 'Ola Nordmann får permisjon.' });
  });

  it('reads a committee back from its row and refuses a row without data', () => {
    expect(committeeFromRow({ id: '1', fields: committeeFields(committee) })).toEqual(committee);
    expect(() => committeeFromRow({ id: '2', fields: { Title: 'x' } })).toThrow(/MotebokJson/);
  });

  it('refuses a stored row with a field this version does not know (written by a newer one) rather than dropping it', () => {
    const committeeRow = { id: '3', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...committee, meetingRoom: 'Styrerommet' }) } };
    expect(() => committeeFromRow(committeeRow)).toThrow(/meetingRoom/);
    const first = meeting.items[0];
    if (!first) throw new Error('no items');
    const itemRow = { id: '4', fields: { ...itemFields(meeting, first, 0), MotebokJson: JSON.stringify({ ...first, signedBy: 'Per' }) } };
    expect(() => meetingFromRows({ id: '1', fields: meetingFields(meeting) }, [itemRow])).toThrow(/signedBy/);
    const headerRow = { id: '5', fields: { ...meetingFields(meeting), MotebokJson: JSON.stringify({ ...meeting, items: undefined, boardRoom: 'Styrerommet' }) } };
    expect(() => meetingFromRows(headerRow, [])).toThrow(/boardRoom/);
  });

  it('reads a committee row written before case number formats with the padding as a format, numbers unchanged', () => {
    const { caseNumberFormat: _format, caseNumberSerial: _serial, ...older } = committee;
    const row = { id: '6', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...older, caseNumberPadding: 2 }) } };
    expect(committeeFromRow(row)).toEqual({ ...committee, caseNumberFormat: '{YYYY}.{NN}', caseNumberSerial: 'perYear' });
  });
});

describe('the public stubs of saker with closed rows', () => {
  const exemptItem = (index: number) => {
    const item = meeting.items[index];
    if (!item) throw new Error('no item');
    return { ...item, title: 'Personalsak Ola Nordmann', conclusion: ['Ola Nordmann får permisjon.'], confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' } } };
  };
  const withExempt = { ...meeting, items: meeting.items.map((item, index) => (index === 3 ? exemptItem(3) : item)) };
  const rowsOf = (m: typeof meeting) => m.items.map((item, index) => ({ id: String(10 + index), fields: itemFields(m, item, index) }));

  it('writes a stub of each exempt sak into the meeting row, with nothing exempt in it, and none for a meeting without', () => {
    const data = JSON.parse(String(meetingFields(withExempt).MotebokJson)) as { exemptStubs?: { sortOrder: number; item: { id: string; title: string } }[] };
    expect(data.exemptStubs?.map((stub) => [stub.sortOrder, stub.item.id, stub.item.title])).toEqual([[3, withExempt.items[3]?.id, 'Personalsak']]);
    expect(String(meetingFields(withExempt).MotebokJson)).not.toContain('Ola Nordmann');
    expect(JSON.parse(String(meetingFields(meeting).MotebokJson))).not.toHaveProperty('exemptStubs');
  });

  it('reads the whole meeting back unchanged for a reader who gets every row: the stub is ignored', () => {
    expect(meetingFromRows({ id: '1', fields: meetingFields(withExempt) }, rowsOf(withExempt).reverse())).toEqual(withExempt);
  });

  it('puts a restricted sak from its stub in its place when the reader did not get its row, and leaves it out of the rows read', () => {
    const rows = rowsOf(withExempt).filter((_row, index) => index !== 3);
    const read = readMeetingRows({ id: '1', fields: meetingFields(withExempt) }, rows);
    if (!read.ok) throw new Error('unreadable');
    expect(read.meeting.items.map((item) => item.id)).toEqual(withExempt.items.map((item) => item.id));
    // The stub says that a konklusjon was recorded (the public version calls it exempt), never what it is.
    expect(read.meeting.items[3]).toMatchObject({ restricted: true, title: 'Personalsak', conclusion: ['Unntatt offentlighet'] });
    expect(JSON.stringify(read.meeting.items[3])).not.toContain('Ola Nordmann');
    expect(read.rows[3]).toBeUndefined();
    expect(read.rows.filter(Boolean)).toHaveLength(rows.length);
    expect(read.meeting).not.toHaveProperty('exemptStubs');
    // What this reader would write back for the meeting row is what is stored: no needless write, no stub lost.
    expect(meetingFields(read.meeting)).toEqual(meetingFields(withExempt));
  });

  describe('what the meeting records about an exempt sak (an inhabilitet’s ground, who came only for it, a written answer)', () => {
    const exemptId = withExempt.items[3]?.id ?? '';
    const openId = withExempt.items[1]?.id ?? '';
    const recorded: typeof withExempt = {
      ...withExempt,
      attendance: [
        { person: { name: 'Kari Medlem' }, status: 'present' },
        { person: { name: 'Pål Pårørende' }, status: 'present', role: 'invited', items: [{ from: exemptId }] },
        { person: { name: 'Åse Fagperson' }, status: 'present', role: 'invited', items: [{ from: openId }] },
        { person: { name: 'Mona Medlem' }, status: 'present', role: 'member', items: [{ from: exemptId }] },
      ],
      disqualifications: [
        { itemId: openId, person: 'Kari Medlem', ground: 'Styreleder i selskapet' },
        { itemId: exemptId, person: 'Kari Medlem', ground: 'Søster av Ola Nordmann', decision: 'disqualified' },
      ],
      written: { answers: [{ itemId: exemptId, member: 'kari@x.no', answer: 'disagree', comment: 'Ola Nordmann bør få advarsel' }, { itemId: openId, member: 'kari@x.no', answer: 'agree' }] },
    };
    const itemRowsOf = (m: typeof meeting) => m.items.map((item, index) => ({ id: String(10 + index), fields: meetingItemFields(m, item, index) }));

    it('keeps them out of the meeting row and in the sak’s own row; who stepped out, members and the open saker’s parts stay', () => {
      const header = String(meetingFields(recorded).MotebokJson);
      for (const secret of ['Søster av', 'Pål Pårørende', 'advarsel']) expect(header).not.toContain(secret);
      for (const kept of ['Styreleder i selskapet', 'Åse Fagperson', 'Mona Medlem', '"decision":"disqualified"']) expect(header).toContain(kept);
      expect(String(itemRowsOf(recorded)[3]?.fields['MotebokJson'])).toContain('Pål Pårørende');
      // The public stub a new exempt sak's row is created with holds none of them.
      expect(String(itemFields(recorded, exemptItem(3), 3).MotebokJson)).not.toContain('Pål Pårørende');
    });

    it('joins them back in their places for a reader of every row, and leaves them out for one without the sak’s row', () => {
      const header = { id: '1', fields: meetingFields(recorded) };
      expect(meetingFromRows(header, itemRowsOf(recorded).reverse())).toEqual(recorded);
      const read = readMeetingRows(header, itemRowsOf(recorded).filter((_row, index) => index !== 3));
      if (!read.ok) throw new Error('unreadable');
      expect(read.meeting.attendance.map((entry) => entry.person.name)).toEqual(['Kari Medlem', 'Åse Fagperson', 'Mona Medlem']);
      expect(read.meeting.disqualifications?.[1]).toEqual({ itemId: exemptId, person: 'Kari Medlem', decision: 'disqualified' });
      expect(read.meeting.written?.answers).toEqual([{ itemId: openId, member: 'kari@x.no', answer: 'agree' }]);
      // The restricted sak's parts are not this reader's to move: the meeting row is written back as it is.
      expect(meetingFields(read.meeting)).toEqual(meetingFields(recorded));
      expect(read.moving).toBeUndefined();
    });

    it('counts in PartsInRow the exempt saker whose parts the meeting row still holds: none once split, the kept sak’s when kept', () => {
      expect(partsInRow(meetingFields(recorded))).toBe(0);
      expect(partsInRow(meetingFields(recorded, new Set([exemptId])))).toBe(1);
      expect(String(meetingFields(recorded, new Set([exemptId])).MotebokJson)).toContain('Søster av');
      expect(partsInRow(meetingFields(meeting))).toBe(0);
      // The field hash a version keeps is of the fields without it: a copy the writes add (meetingWrites.ts).
      expect(meetingFields(recorded)).not.toHaveProperty('PartsInRow');
      expect(withPartsInRow(meetingFields(recorded, new Set([exemptId])))).toMatchObject({ PartsInRow: 1 });
      // An old row (the parts in its header) holds them all: counted as set-up counts it.
      const { items: _items, ...old } = recorded;
      const stubs = JSON.parse(String(meetingFields(recorded).MotebokJson)).exemptStubs;
      expect(partsInRow({ ...meetingFields(recorded), MotebokJson: JSON.stringify({ ...old, exemptStubs: stubs }) })).toBe(1);
    });

    it('reads an old meeting row holding them as before, and names the rows the next save must write', () => {
      const { items: _items, ...old } = recorded;
      const oldHeader = { id: '1', fields: { ...meetingFields(recorded), MotebokJson: JSON.stringify({ ...old, exemptStubs: JSON.parse(String(meetingFields(recorded).MotebokJson)).exemptStubs }) } };
      const read = readMeetingRows(oldHeader, rowsOf(recorded));
      if (!read.ok) throw new Error('unreadable');
      expect(read.meeting).toEqual(recorded);
      expect(read.moving).toEqual({ header: true, items: new Set([exemptId]) });
      // A row that holds an unknown field is named, not read: the parts are declared.
      const bad = { id: '13', fields: { ...itemRowsOf(recorded)[3]?.fields, MotebokJson: JSON.stringify({ ...exemptItem(3), meetingParts: { notes: [] } }) } };
      const withBad = readMeetingRows({ id: '1', fields: meetingFields(recorded) }, [...itemRowsOf(recorded).filter((_row, index) => index !== 3), bad]);
      expect(withBad.ok && withBad.unreadable.map((row) => row.problem.field)).toEqual(['meetingParts']);
    });
  });

  it('writes the version beside each stub and in the StubVersion column, and reads a stub of a sak without konklusjon as none', () => {
    const data = JSON.parse(String(meetingFields(withExempt).MotebokJson)) as { exemptStubs: { version?: number }[] };
    expect(data.exemptStubs.map((stub) => stub.version)).toEqual([2]);
    expect(meetingFields(withExempt)).toMatchObject({ ClosedRows: 1, StubVersion: 2 });
    expect(meetingFields(meeting)).not.toHaveProperty('StubVersion');
    const undecided = { ...withExempt, items: withExempt.items.map((item, index) => (index === 3 ? { ...item, conclusion: [] } : item)) };
    const read = readMeetingRows({ id: '1', fields: meetingFields(undecided) }, rowsOf(undecided).filter((_row, index) => index !== 3));
    if (!read.ok) throw new Error('unreadable');
    expect(read.meeting.items[3]).toMatchObject({ restricted: true, conclusion: [] });
  });

  describe('a meeting row written before the stubs had a version (konklusjon always empty)', () => {
    /** The meeting row as the code before the konklusjon's placeholder wrote it. */
    const oldRow = (m: typeof meeting) => {
      const fields = meetingFields(m);
      const data = JSON.parse(String(fields.MotebokJson)) as { exemptStubs: { version?: number; item: { conclusion: string[] } }[] };
      for (const stub of data.exemptStubs) {
        delete stub.version;
        stub.item.conclusion = [];
      }
      const { StubVersion: _version, ...rest } = fields;
      return { id: '1', fields: { ...rest, MotebokJson: JSON.stringify(data) } };
    };
    const readWithout = (m: typeof meeting) => {
      const read = readMeetingRows(oldRow(m), rowsOf(m).filter((_row, index) => index !== 3));
      if (!read.ok) throw new Error('unreadable');
      return read;
    };
    const protokoll = { ...committee, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', conclusion: 'vedtak' }) };

    it('reads the sak’s konklusjon as withheld (the placeholder), never as none', () => {
      const read = readWithout(withExempt);
      expect(read.meeting.items[3]).toMatchObject({ restricted: true, title: 'Personalsak', conclusion: ['Unntatt offentlighet'] });
      expect(JSON.stringify(read.meeting.items[3])).not.toContain('Ola Nordmann');
    });

    it('gives a public protokoll that says the vedtak is exempt with its hjemmel, not «Ingen vedtak registrert.»', async () => {
      const read = readWithout({ ...withExempt, status: 'held' });
      const paragraphs = await docxParagraphs(await renderReferatDocx(publicVersion({ committee: protokoll, meeting: read.meeting })));
      const start = paragraphs.indexOf('Personalsak');
      const treatment = paragraphs.slice(start, paragraphs.findIndex((text, index) => index > start && text === meeting.items[4]?.caseNumber));
      expect(start).toBeGreaterThan(-1);
      expect(treatment).not.toContain('Ingen vedtak registrert.');
      expect(treatment[treatment.indexOf('Vedtak:') + 1]).toBe('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
      expect(paragraphs.join('\n')).not.toContain('Ola Nordmann');
    });

    it('is read whole, the real sak from its row, by a reader who gets every row', () => {
      const read = readMeetingRows(oldRow(withExempt), rowsOf(withExempt));
      if (!read.ok) throw new Error('unreadable');
      expect(read.meeting).toEqual(withExempt);
      // Written again from the real sak (provisioning's rewrite, a save), the stub is current.
      expect(meetingFields(read.meeting)).toEqual(meetingFields(withExempt));
    });
  });

  it('never replaces a row that is there but cannot be read by its stub: the row is named instead', () => {
    const rows = rowsOf(withExempt).map((row, index) => (index === 3 ? { ...row, fields: { ...row.fields, MotebokJson: '{' } } : row));
    const read = readMeetingRows({ id: '1', fields: meetingFields(withExempt) }, rows);
    if (!read.ok) throw new Error('unreadable');
    expect(read.meeting.items.some((item) => item.restricted)).toBe(false);
    expect(read.unreadable).toHaveLength(1);
  });
});

describe('reading rows one by one', () => {
  const header = { id: '1', webUrl: 'https://contoso.sharepoint.com/sites/helse/Lists/MotebokMeetings/DispForm.aspx?ID=1', fields: meetingFields(meeting) };
  const itemRows = () => meeting.items.map((item, index) => ({ id: String(10 + index), webUrl: `https://contoso.sharepoint.com/sites/helse/Lists/MotebokAgendaItems/DispForm.aspx?ID=${10 + index}`, fields: itemFields(meeting, item, index) }));
  const first = meeting.items[0]!;
  const corrupt = (change: (json: Record<string, unknown>) => void | string) => {
    const rows = itemRows();
    const json = JSON.parse(String(rows[0]!.fields.MotebokJson)) as Record<string, unknown>;
    const replaced = change(json);
    rows[0]!.fields = { ...rows[0]!.fields, MotebokJson: typeof replaced === 'string' ? replaced : JSON.stringify(json) };
    const read = readMeetingRows(header, rows);
    if (!read.ok) throw new Error('the meeting itself should be readable');
    return read;
  };
  // The row names itself by its own columns; what is wrong is data (the screens word it: ui/shared/unreadableText.ts).
  const sak = { kind: 'item', caseNumber: first.caseNumber, title: first.title, meetingDate: meeting.date };

  it('sets an item with a missing field aside, names it and keeps every other item', () => {
    const read = corrupt((json) => void delete json.title);
    expect(read.meeting.items.map((item) => item.id)).toEqual(meeting.items.slice(1).map((item) => item.id));
    expect(read.unreadable).toEqual([{ label: sak, rowId: '10', webUrl: itemRows()[0]!.webUrl, problem: { code: 'missing', field: 'title' } }]);
  });

  it('says which type a field should have, which values an option allows, and when the data is not JSON', () => {
    expect(corrupt((json) => void (json.title = 42)).unreadable[0]?.problem).toEqual({ code: 'wrongType', field: 'title', expected: 'string' });
    expect(corrupt((json) => void (json.outcome = 'vedtatt')).unreadable[0]?.problem).toEqual({ code: 'unknownValue', field: 'outcome', value: 'vedtatt', allowed: ['pending', 'treated', 'postponed'] });
    expect(corrupt(() => '{"id": "sak-1", ').unreadable[0]?.problem).toEqual({ code: 'notJson', field: 'MotebokJson' });
    expect(corrupt((json) => void (json.summary = [{ type: 'paragraph', content: [{ text: 'x', href: 'data:text/html,x' }] }])).unreadable[0]?.problem).toEqual({
      code: 'invalid',
      field: 'summary[0].content[0].href',
    });
  });

  it('sets aside only the sak whose hand-edited votes carry a field this version does not know, and names that field', () => {
    const read = corrupt((json) => void (json.voting = { votes: [{ id: 'v1', on: 'Innstillingen', adopted: true, blanke: 2 }] }));
    expect(read.meeting.items.map((item) => item.id)).toEqual(meeting.items.slice(1).map((item) => item.id));
    expect(read.unreadable.map((row) => row.problem)).toEqual([{ code: 'unknownFields', field: 'voting.votes[0]', fields: ['blanke'] }]);
  });

  it('sets aside a second item with the same id or case number', () => {
    const rows = itemRows();
    const copy = { id: '99', fields: { ...rows[0]!.fields, SortOrder: 99 } };
    const read = readMeetingRows(header, [...rows, copy]);
    expect(read.ok && read.meeting.items).toHaveLength(meeting.items.length);
    expect(read.ok && read.unreadable.map((row) => row.problem)).toEqual([{ code: 'duplicate', field: 'id', value: first.id }]);
  });

  it('names a meeting whose own row cannot be read, by its date column', () => {
    const json = JSON.parse(String(header.fields.MotebokJson)) as Record<string, unknown>;
    delete json.date;
    const read = readMeetingRows({ ...header, fields: { ...header.fields, MotebokJson: JSON.stringify(json) } }, itemRows());
    expect(read).toEqual({ ok: false, unreadable: { label: { kind: 'meeting', date: `${meeting.date}T00:00:00Z` }, rowId: '1', webUrl: header.webUrl, problem: { code: 'missing', field: 'date' } } });
  });

  it('names the convention a committee row holds an unknown word in, and the words it takes (conventions.agendaHeading)', () => {
    const read = readCommitteeRow({ id: '3', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...committee, conventions: { ...committee.conventions, agendaHeading: 'agenda' } }) } });
    expect(read.ok ? undefined : read.unreadable.problem).toEqual({ code: 'unknownValue', field: 'conventions.agendaHeading', value: 'agenda', allowed: ['saksliste', 'sakskart', 'dagsorden'] });
  });

  it('names a committee row by its title and says what is wrong', () => {
    const read = readCommitteeRow({ id: '3', fields: { ...committeeFields(committee), MotebokJson: JSON.stringify({ ...committee, shortName: 42 }) } });
    expect(read).toEqual({ ok: false, unreadable: { label: { kind: 'committee', name: committee.name }, rowId: '3', problem: { code: 'wrongType', field: 'shortName', expected: 'string' } } });
  });
});
