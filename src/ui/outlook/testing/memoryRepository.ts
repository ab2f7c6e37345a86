import type { Committee, DocumentRef, Meeting, Person } from '../../../domain/model';
import { ConflictError, type MeetingRepository, type Versioned } from '../../../domain/ports';
import { GraphRequestError } from '../../../graph/graphError';

/**
 * A whole MeetingRepository in memory for the Outlook pane's tests and the browser test: committees,
 * meetings with eTag-like versions, and document bytes by drive item id. `access` simulates a
 * guest from another organisation (403 from SharePoint) or a lost network.
 */
export interface OutlookTestRepository extends MeetingRepository {
  access: 'ok' | 'forbidden' | 'offline';
  addDocument(driveItemId: string, bytes: Uint8Array): void;
  readonly saved: Meeting[];
}

export function createOutlookTestRepository(committees: Committee[], meetings: Meeting[]): OutlookTestRepository {
  let counter = 0;
  const version = () => `"v${(counter += 1)}"`;
  const committeeRows = new Map(committees.map((c) => [c.id, { value: structuredClone(c), version: version() }]));
  const meetingRows = new Map(meetings.map((m) => [m.id, { value: structuredClone(m), version: version() }]));
  const documents = new Map<string, Uint8Array>();
  const saved: Meeting[] = [];
  const repo: OutlookTestRepository = {
    access: 'ok',
    saved,
    addDocument(id, bytes) {
      documents.set(id, bytes);
    },
    async ensureProvisioned() {
      guard();
    },
    async listCommittees() {
      guard();
      return [...committeeRows.values()].map((row) => structuredClone(row));
    },
    async saveCommittee(committee: Committee): Promise<Versioned<Committee>> {
      guard();
      const row = { value: structuredClone(committee), version: version() };
      committeeRows.set(committee.id, row);
      return structuredClone(row);
    },
    async listMeetings(committeeId: string) {
      guard();
      return [...meetingRows.values()].filter((row) => row.value.committeeId === committeeId).map((row) => structuredClone(row));
    },
    async getMeeting(meetingId: string) {
      guard();
      const row = meetingRows.get(meetingId);
      return row ? structuredClone(row) : undefined;
    },
    async saveMeeting(meeting: Meeting, expected?: string) {
      guard();
      const row = meetingRows.get(meeting.id);
      if (row && expected !== undefined && row.version !== expected) throw new ConflictError('412');
      const next = { value: structuredClone(meeting), version: version() };
      meetingRows.set(meeting.id, next);
      saved.push(structuredClone(meeting));
      return structuredClone(next);
    },
    async uploadDocument(): Promise<DocumentRef> {
      throw new Error('not used by the Outlook pane');
    },
    async downloadDocument(ref: DocumentRef) {
      guard();
      const bytes = ref.driveItemId ? documents.get(ref.driveItemId) : undefined;
      if (!bytes) throw new GraphRequestError(404, 'itemNotFound', undefined, ref.fileName);
      return bytes;
    },
    async deleteDocument() {
      guard();
    },
    async searchPeople(): Promise<Person[]> {
      guard();
      return [];
    },
  };
  function guard(): void {
    if (repo.access === 'forbidden') throw new GraphRequestError(403, 'accessDenied', undefined, 'Access denied');
    if (repo.access === 'offline') throw new TypeError('Failed to fetch');
  }
  return repo;
}
