import { caseMemoFileName, EXEMPT_FOLDER_NAME } from '../attachments';
import { isCaseMemoExempt } from '../confidentialityAudience';
import type { RecordedVersion } from '../itemHistory';
import { frozenChangeRefusal } from '../minutesApproval';
import type { AgendaItem, Committee, DocumentRef, Meeting, Person } from '../model';
import { chatIdFromJoinUrl } from '../teamsLink';
import { forwardedTo } from '../caseRoute';
import { bodyKey } from '../registerColumns';
import { ConflictError, NotProvisionedError, OfflineError, StorageError, type MeetingRepository, type RowEditors, type UploadProgress, type Versioned } from '../ports';

/**
 * The one in-memory MeetingRepository for tests (hooks, screens, the live meeting, the Outlook pane
 * and its browser harness). It keeps SharePoint's rules that the screens depend on: a write based
 * on an old version is refused with ConflictError, a lost network is an OfflineError, a guest
 * without access gets StorageError 'forbidden', an unprovisioned site NotProvisionedError, and
 * uploads report progress in 320 KiB chunks. Test-only; pure TypeScript, no Graph.
 */
export interface InMemoryMeetingRepository extends MeetingRepository {
  /** 'offline': every call rejects as a lost network does; 'forbidden': as for a guest from another organisation. */
  access: 'ok' | 'forbidden' | 'offline';
  /** False until ensureProvisioned: reading committees then fails as on a site not set up yet. */
  provisioned: boolean;
  /** Library folders the user can open (`canOpenFolder`): 'all', or only these paths (a reader without access to exempt content). */
  openFolders: 'all' | Set<string>;
  /** Someone else saves the meeting meanwhile (another secretary, a co-referent). */
  /** `by`: the other person's name, which reads then give for the rows this changed (`ReadMeeting.changedBy`). */
  saveAsOther(meetingId: string, change: (meeting: Meeting) => Meeting, by?: string): void;
  /** What is stored now, without counting as a call. */
  stored(meetingId: string): Versioned<Meeting> | undefined;
  /** Puts a file in the library under a drive item id (vedlegg the seed refers to). */
  addDocument(driveItemId: string, bytes: Uint8Array): void;
  readonly files: Map<string, { ref: DocumentRef; bytes: Uint8Array }>;
  /** Who the store says saved (the item versions' `by`); a test may switch users. */
  user: string;
  /** Every meeting saved through the repository, in order. */
  readonly saved: Meeting[];
  readonly calls: {
    getMeeting: number;
    getMeetingWithCommittee: number;
    getMeetingIfChanged: number;
    saveMeeting: number;
    uploadDocument: number;
    storeCaseMemo: number;
    ensureProvisioned: number;
    listFollowUpItems: number;
    listSakerGoingNextTo: number;
  };
}

export interface InMemorySeed {
  committees?: readonly Committee[];
  meetings?: readonly Meeting[];
  people?: readonly Person[];
  provisioned?: boolean;
}

const UPLOAD_CHUNK_BYTES = 327_680;

export function createInMemoryMeetingRepository(seed: InMemorySeed = {}): InMemoryMeetingRepository {
  let counter = 0;
  const nextVersion = () => `"v${(counter += 1)}"`;
  const committees = new Map<string, Versioned<Committee>>();
  const meetings = new Map<string, Versioned<Meeting>>();
  for (const committee of seed.committees ?? []) committees.set(committee.id, { value: structuredClone(committee), version: nextVersion() });
  for (const meeting of seed.meetings ?? []) meetings.set(meeting.id, { value: structuredClone(meeting), version: nextVersion() });
  const files = new Map<string, { ref: DocumentRef; bytes: Uint8Array }>();
  const saved: Meeting[] = [];
  // Who changed which rows last, for the meetings `saveAsOther` named someone on.
  const editors = new Map<string, RowEditors>();
  // SharePoint keeps a version of a row each time it is written: per meeting and sak, oldest first.
  const itemVersions = new Map<string, RecordedVersion<AgendaItem>[]>();
  const recordItemVersions = (before: Meeting | undefined, after: Meeting): void => {
    for (const item of after.items) {
      const old = before?.items.find((candidate) => candidate.id === item.id);
      if (old && JSON.stringify(old) === JSON.stringify(item)) continue;
      const key = `${after.id}/${item.id}`;
      const list = itemVersions.get(key) ?? [];
      list.push({ versionId: `${list.length + 1}.0`, at: new Date().toISOString(), by: repository.user, value: structuredClone(item) });
      itemVersions.set(key, list);
    }
  };
  const calls = {
    getMeeting: 0,
    getMeetingWithCommittee: 0,
    getMeetingIfChanged: 0,
    saveMeeting: 0,
    uploadDocument: 0,
    storeCaseMemo: 0,
    ensureProvisioned: 0,
    listFollowUpItems: 0,
    listSakerGoingNextTo: 0,
  };

  // Like a real request, an answer (or a failure) never comes back synchronously.
  const reach = async (): Promise<void> => {
    await Promise.resolve();
    if (repository.access === 'offline') throw new OfflineError('Failed to fetch');
    if (repository.access === 'forbidden') throw new StorageError('forbidden', 'Access denied');
  };
  const write = <T>(rows: Map<string, Versioned<T>>, id: string, value: T, expected: string | undefined, what: string): Versioned<T> => {
    const current = rows.get(id);
    if (current && expected !== undefined && current.version !== expected) throw new ConflictError(`${what} er endret av en annen.`);
    const next = { value: structuredClone(value), version: nextVersion() };
    rows.set(id, next);
    return structuredClone(next);
  };

  const repository: InMemoryMeetingRepository = {
    access: 'ok',
    openFolders: 'all',
    async canOpenFolder(path) {
      await reach();
      return repository.openFolders === 'all' || repository.openFolders.has(path);
    },
    user: 'Testbruker',
    provisioned: seed.provisioned ?? true,
    files,
    saved,
    calls,
    saveAsOther(meetingId, change, by) {
      const current = meetings.get(meetingId);
      if (!current) throw new Error(`no meeting ${meetingId}`);
      const next = change(structuredClone(current.value));
      meetings.set(meetingId, { value: next, version: nextVersion() });
      if (by !== undefined) editors.set(meetingId, changedRows(current.value, next, by, editors.get(meetingId)));
    },
    stored(meetingId) {
      const current = meetings.get(meetingId);
      return current ? structuredClone(current) : undefined;
    },
    addDocument(driveItemId, bytes) {
      files.set(driveItemId, { ref: { fileName: driveItemId, driveItemId, size: bytes.length }, bytes });
    },
    async ensureProvisioned() {
      await reach();
      calls.ensureProvisioned += 1;
      repository.provisioned = true;
    },
    async listCommittees() {
      await reach();
      if (!repository.provisioned) throw new NotProvisionedError('MotebokCommittees');
      return [...committees.values()].map((entry) => structuredClone(entry));
    },
    async saveCommittee(committee, expected) {
      await reach();
      return write(committees, committee.id, committee, expected, 'Møteorganet');
    },
    async listMeetings(committeeId) {
      await reach();
      return [...meetings.values()].filter((entry) => entry.value.committeeId === committeeId).map((entry) => structuredClone(entry));
    },
    async listMeetingRows(committeeId) {
      await reach();
      return [...meetings.values()]
        .filter((entry) => entry.value.committeeId === committeeId)
        .map(({ value: { items: _items, ...header } }) => structuredClone(header));
    },
    async listCaseNumbers(wanted) {
      if (wanted.length === 0) return [];
      await reach();
      return wanted.map((meeting) => ({ ...meeting, items: (meetings.get(meeting.id)?.value.items ?? []).map((item) => ({ caseNumber: item.caseNumber })) }));
    },
    // As the item rows' next-body column has it (graph/nextBodyColumn.ts): the body after the meeting's committee in the saksgang.
    async listSakerGoingNextTo(body, from, to) {
      calls.listSakerGoingNextTo += 1;
      await reach();
      const saker = [...meetings.values()]
        .filter(({ value }) => value.date >= from && value.date <= to)
        .flatMap(({ value }) => {
          const committee = committees.get(value.committeeId)?.value;
          const next = (item: AgendaItem) => (committee === undefined ? undefined : forwardedTo(item, committee));
          const meeting = { id: value.id, committeeId: value.committeeId, date: value.date, status: value.status };
          return value.items.filter((item) => !item.restricted && bodyKey(next(item) ?? '') === bodyKey(body)).map((item) => ({ meeting, item: structuredClone(item) }));
        });
      return { saker, unread: 0 };
    },
    async listFollowUpItems(committeeId, years) {
      if (years.length === 0) return [];
      calls.listFollowUpItems += 1;
      await reach();
      return [...meetings.values()]
        .filter(({ value }) => value.committeeId === committeeId && years.includes(Number(value.date.slice(0, 4))))
        .flatMap(({ value }) =>
          value.items
            .filter((item) => (item.followUps ?? []).length > 0)
            .map((item) => ({ meetingId: value.id, meetingDate: value.date, item: structuredClone(item) })),
        );
    },
    async getMeeting(meetingId) {
      calls.getMeeting += 1;
      await reach();
      const current = meetings.get(meetingId);
      const changedBy = editors.get(meetingId);
      return current ? { ...structuredClone(current), ...(changedBy ? { changedBy: structuredClone(changedBy) } : {}) } : undefined;
    },
    async getMeetingWithCommittee(link) {
      calls.getMeetingWithCommittee += 1;
      await reach();
      // The same keys, in the same order, as the SharePoint repository's indexed queries.
      const all = [...meetings.values()];
      // The Møtebok id, when given, names the meeting: the Teams keys are not asked.
      const teamsKeys = link.motebokMeetingId !== undefined ? [] : [link.teamsMeetingId, link.chatId].filter((key): key is string => Boolean(key));
      const chatId = link.motebokMeetingId !== undefined ? undefined : link.chatId;
      const match =
        all.find((entry) => link.motebokMeetingId !== undefined && entry.value.id === link.motebokMeetingId) ??
        all.find((entry) => entry.value.teamsMeetingId !== undefined && teamsKeys.includes(entry.value.teamsMeetingId)) ??
        all.find((entry) => chatId !== undefined && chatIdFromJoinUrl(entry.value.onlineMeetingJoinUrl) === chatId) ??
        all.find((entry) => teamsKeys.includes(entry.value.id));
      const committee = match ? committees.get(match.value.committeeId) : undefined;
      return match && committee ? { committee: structuredClone(committee.value), meeting: structuredClone(match) } : undefined;
    },
    async getMeetingIfChanged(meetingId, knownVersion) {
      calls.getMeetingIfChanged += 1;
      await reach();
      const current = meetings.get(meetingId);
      if (!current) return undefined;
      if (current.version === knownVersion) return 'unchanged';
      // As SharePoint's: the rows read again name who changed them last.
      const changedBy = editors.get(meetingId);
      return { ...structuredClone(current), ...(changedBy ? { changedBy: structuredClone(changedBy) } : {}) };
    },
    async saveMeeting(meeting, expected) {
      calls.saveMeeting += 1;
      await reach();
      const before = meetings.get(meeting.id)?.value;
      if (before) {
        const { items: oldItems, ...oldHeader } = before;
        const { items: newItems, ...newHeader } = meeting;
        const changes = { header: JSON.stringify(oldHeader) !== JSON.stringify(newHeader), items: JSON.stringify(oldItems) !== JSON.stringify(newItems) };
        const refusal = frozenChangeRefusal({ status: before.status, reopenings: before.reopenings?.length ?? 0 }, meeting, changes);
        if (refusal && (expected === undefined || meetings.get(meeting.id)?.version === expected)) throw refusal;
      }
      const result = write(meetings, meeting.id, meeting, expected, 'Møtet');
      recordItemVersions(before, meeting);
      saved.push(structuredClone(meeting));
      return result;
    },
    async itemVersions(meetingId, itemId) {
      await reach();
      return structuredClone(itemVersions.get(`${meetingId}/${itemId}`) ?? []);
    },
    async uploadDocument(_committee, meeting, fileName, content, onProgress) {
      calls.uploadDocument += 1;
      await reach();
      const bytes = content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer());
      for (let sent = Math.min(UPLOAD_CHUNK_BYTES, bytes.length); ; sent = Math.min(sent + UPLOAD_CHUNK_BYTES, bytes.length)) {
        onProgress?.({ bytesSent: sent, totalBytes: bytes.length } satisfies UploadProgress);
        if (sent >= bytes.length) break;
      }
      const id = `file-${(counter += 1)}`;
      const ref: DocumentRef = { fileName, driveItemId: id, webUrl: `https://sharepoint.test/${meeting.id}/${encodeURIComponent(fileName)}`, size: bytes.length };
      files.set(id, { ref, bytes });
      return ref;
    },
    // As SharePoint's (graph/caseMemoStore.ts): the stored one replaced under the same id; an exempt one's address is in the sak's folder for exempt content.
    async storeCaseMemo({ committee, meeting }, itemId, content) {
      calls.storeCaseMemo += 1;
      await reach();
      const item = meeting.items.find((candidate) => candidate.id === itemId);
      if (!item) throw new StorageError('notFound', `Fant ikke saken ${itemId}`);
      const bytes = content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer());
      const fileName = caseMemoFileName(item, committee, meeting);
      const stored = item.caseMemo?.driveItemId;
      const id = stored !== undefined && files.has(stored) ? stored : `file-${(counter += 1)}`;
      const folder = isCaseMemoExempt(item) ? `${meeting.id}/${encodeURIComponent(EXEMPT_FOLDER_NAME)}/${encodeURIComponent(item.id)}` : meeting.id;
      const ref: DocumentRef = { fileName, driveItemId: id, webUrl: `https://sharepoint.test/${folder}/${encodeURIComponent(fileName)}`, size: bytes.length };
      files.set(id, { ref, bytes });
      return ref;
    },
    async downloadDocument(ref) {
      await reach();
      const file = ref.driveItemId ? files.get(ref.driveItemId) : undefined;
      if (!file) throw new StorageError('notFound', `Fant ikke ${ref.fileName}`);
      return file.bytes;
    },
    async deleteDocument(ref) {
      await reach();
      if (ref.driveItemId) files.delete(ref.driveItemId);
    },
    async searchPeople(query) {
      await reach();
      const q = query.trim().toLowerCase();
      return (seed.people ?? []).filter((person) => person.name.toLowerCase().includes(q) || (person.email ?? '').toLowerCase().includes(q));
    },
  };
  return repository;
}

/** The rows (the meeting's own, each sak's) `after` changed from `before`, as changed by `by`, over what `known` said. */
function changedRows(before: Meeting, after: Meeting, by: string, known: RowEditors | undefined): RowEditors {
  const { items: oldItems, ...oldHeader } = before;
  const { items: newItems, ...newHeader } = after;
  const items: Record<string, string> = { ...known?.items };
  for (const item of newItems) {
    if (JSON.stringify(oldItems.find((old) => old.id === item.id)) !== JSON.stringify(item)) items[item.id] = by;
  }
  const meeting = JSON.stringify(oldHeader) !== JSON.stringify(newHeader) ? by : known?.meeting;
  return { ...(meeting ? { meeting } : {}), items };
}
