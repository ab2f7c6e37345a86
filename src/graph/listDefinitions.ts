import type { ColumnDefinition } from '@microsoft/microsoft-graph-types';

/**
 * The SharePoint lists Møtebok keeps its structured data in. Design (see README):
 * - one row per committee, per meeting (meeting-level fields only) and per agenda item, so the
 *   referent saving one conclusion (one item row, one eTag) never conflicts with the secretary
 *   editing another item or the meeting header;
 * - a few plain columns people can see, sort and filter in SharePoint (Title, CaseNumber,
 *   MeetingDate, Status …), every column used in a query indexed so a site with tens of thousands
 *   of rows stays under the 5,000-item list view threshold;
 * - `MotebokJson`: the full object as the domain schema parses it — the source of truth. The
 *   visible columns are written from it on every save; only the decision register reads some of
 *   them back (graph/decisionRegister.ts), to search without reading whole saker.
 */
export interface ListDefinition {
  /** Stable internal name and display name. */
  name: string;
  description: string;
  columns: ColumnDefinition[];
}

const text = (name: string, displayName: string, indexed = false): ColumnDefinition => ({
  name,
  displayName,
  indexed,
  text: { allowMultipleLines: false, maxLength: 255 },
});
const json = (): ColumnDefinition => ({ name: 'MotebokJson', displayName: 'Møtebok-data (ikke rediger)', indexed: false, text: { allowMultipleLines: true, textType: 'plain' } });

export const COMMITTEES_LIST: ListDefinition = {
  name: 'MotebokCommittees',
  description: 'Møtebok: møteorganer (ikke rediger kolonnen Møtebok-data)',
  columns: [text('CommitteeId', 'Møteorgan-ID', true), text('ShortName', 'Kortnavn'), json()],
};

export const MEETINGS_LIST: ListDefinition = {
  name: 'MotebokMeetings',
  description: 'Møtebok: møter (ikke rediger kolonnen Møtebok-data)',
  columns: [
    text('MeetingId', 'Møte-ID', true),
    text('CommitteeId', 'Møteorgan-ID', true),
    { name: 'MeetingDate', displayName: 'Møtedato', indexed: true, dateTime: { format: 'dateOnly' } },
    text('Status', 'Status', true),
    text('Place', 'Sted'),
    // How a Teams meeting finds its Møtebok meeting in one indexed query (domain/teamsLink.ts).
    // Added after the first sites were set up: provisioning adds them and fills them in on
    // existing rows (SharePointMeetingRepository.provision).
    text('TeamsMeetingId', 'Teams-møte-ID', true),
    text('TeamsChatId', 'Teams-chat-ID', true),
    // How many of the meeting's saker have a closed row (listRows.ts `meetingFields`: its public stubs), indexed,
    // so a save of the committee's settings finds the meetings whose rows it must re-apply without reading
    // every meeting of the committee (`reapplyClosedRows`). Added later too: provisioning fills it in.
    { name: 'ClosedRows', displayName: 'Saker med lukket rad', indexed: true, number: { decimalPlaces: 'none' } },
    // The version the meeting's public stubs were made by (listRows.ts `stubVersionField`, domain/exemptRowAccess.ts
    // `EXEMPT_STUB_VERSION`). Added when the stubs began to say whether a konklusjon was recorded: a site
    // without it is told set-up is due, and provisioning adds it and rewrites the stubs written before
    // from the real saker (meetingWrites.ts `fillMeetingColumns`).
    { name: 'StubVersion', displayName: 'Versjon av offentlig del', indexed: false, number: { decimalPlaces: 'none' } },
    // How many exempt saker the row still holds what the meeting records about (an inhabilitet's ground, who came only
    // for it, written answers; exemptPartsHeld.ts `partsInRow`, added by every write of the row), 0 once they lie in the
    // saker's closed rows. Indexed, so the start-up check asks for `PartsInRow gt 0` and a repaired site answers no row
    // (sitePermissions.ts `heldExemptParts`).
    // Added later: set-up adds it and counts it on every row (meetingWrites.ts `fillMeetingColumns`).
    { name: 'PartsInRow', displayName: 'Unntatte deler i møteraden', indexed: true, number: { decimalPlaces: 'none' } },
    json(),
  ],
};

export const ITEMS_LIST: ListDefinition = {
  name: 'MotebokAgendaItems',
  description: 'Møtebok: saker på sakslisten, én rad per sak (ikke rediger kolonnen Møtebok-data)',
  columns: [
    text('ItemId', 'Sak-ID', true),
    text('MeetingId', 'Møte-ID', true),
    text('CaseNumber', 'Saksnummer', true),
    { name: 'SortOrder', displayName: 'Rekkefølge', indexed: false, number: { decimalPlaces: 'none' } },
    text('Kinds', 'Sakstype'),
    text('Outcome', 'Behandling'),
    // The decision register (graph/decisionRegister.ts) reads the list by these, never by a scan:
    // the meeting's committee, date and year copied onto each sak (SharePoint has no joins), and
    // committee|year as one column (Graph creates no compound indexes). Added after the first
    // sites were set up: provisioning adds them and fills them in on existing rows.
    text('CommitteeId', 'Møteorgan-ID', true),
    { name: 'MeetingDate', displayName: 'Møtedato', indexed: true, dateTime: { format: 'dateOnly' } },
    { name: 'MeetingYear', displayName: 'Møteår', indexed: true, number: { decimalPlaces: 'none' } },
    text('CommitteeYear', 'Møteorgan og år', true),
    // The konklusjon as text, so the register reads it without the whole sak (MotebokJson).
    { name: 'Conclusion', displayName: 'Konklusjon', indexed: false, text: { allowMultipleLines: true, textType: 'plain' } },
    // Oppfølgingspunkter (listRows.ts followUpFields): how many the sak has, indexed, so the
    // register's «Bare saker med åpen oppfølging» and «Nytt møte»'s Oppfølgingsliste find those
    // saker without reading whole meetings; and their task references (no sak content) to ask
    // Planner/To Do for the status, which is never stored. Added with the register columns' migration.
    { name: 'FollowUpCount', displayName: 'Oppfølgingspunkter', indexed: true, number: { decimalPlaces: 'none' } },
    { name: 'FollowUpTasks', displayName: 'Oppfølgingsoppgaver (ikke rediger)', indexed: false, text: { allowMultipleLines: true, textType: 'plain' } },
    // The body the sak's saksgang names right after its committee (nextBodyColumn.ts), indexed, so «Hent sak fra et
    // annet utvalg» reads only the saker that go on to this committee, in one query at any number of committees and
    // meetings (`listSakerGoingNextTo`). Added later: provisioning adds it and fills it in (decisionRegister.ts `fillRegisterColumns`).
    text('NextBody', 'Neste organ i saksgangen', true),
    json(),
  ],
};

/** The register columns of `MotebokAgendaItems` (filled on existing rows by provisioning). */
export const REGISTER_COLUMNS = ['CommitteeId', 'MeetingDate', 'MeetingYear', 'CommitteeYear', 'Conclusion', 'FollowUpCount', 'FollowUpTasks'] as const;

/**
 * Columns added after the first sites were set up, by list. A site set up before them refuses a
 * value for them (400 "Field 'X' is not recognized") until provisioning has run again; a save then
 * writes the row without them rather than failing (`MotebokJson` holds everything, they are copies
 * for queries), and the workspace says the site should be prepared (ListsGateway.writeRows).
 */
export const LATER_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  MotebokMeetings: ['TeamsMeetingId', 'TeamsChatId', 'ClosedRows', 'StubVersion', 'PartsInRow'],
  MotebokAgendaItems: [...REGISTER_COLUMNS, 'NextBody'],
};

export const LISTS: readonly ListDefinition[] = [COMMITTEES_LIST, MEETINGS_LIST, ITEMS_LIST];
