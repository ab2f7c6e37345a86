import type { Committee, DocumentRef, Meeting, Person } from '../../../domain/model';
import { ConflictError, type MeetingRepository, type UploadProgress, type Versioned } from '../../../domain/ports';

/**
 * The whole MeetingRepository in memory, with SharePoint's eTag semantics (a write based on an old
 * version is refused with ConflictError) and upload progress in chunks. For screen and hook tests.
 */
export interface MemoryRepository extends MeetingRepository {
  /** Simulates a lost network: every call rejects like fetch does. */
  setReachable(reachable: boolean): void;
  /** Someone else saves the meeting (another secretary). */
  saveAsOther(meetingId: string, change: (meeting: Meeting) => Meeting): void;
  files: Map<string, { ref: DocumentRef; bytes: Uint8Array }>;
  calls: { saveMeeting: number; uploadDocument: number; ensureProvisioned: number };
  provisioned: boolean;
}

export function createMemoryRepository(seed: { committees?: Committee[]; meetings?: Meeting[]; people?: Person[]; provisioned?: boolean } = {}): MemoryRepository {
  let counter = 0;
  const version = () => `"${(counter += 1)}"`;
  const committees = new Map<string, Versioned<Committee>>();
  const meetings = new Map<string, Versioned<Meeting>>();
  for (const committee of seed.committees ?? []) committees.set(committee.id, { value: structuredClone(committee), version: version() });
  for (const meeting of seed.meetings ?? []) meetings.set(meeting.id, { value: structuredClone(meeting), version: version() });
  const files = new Map<string, { ref: DocumentRef; bytes: Uint8Array }>();
  const calls = { saveMeeting: 0, uploadDocument: 0, ensureProvisioned: 0 };
  let reachable = true;
  const guard = async () => {
    await Promise.resolve();
    if (!reachable) throw new TypeError('Failed to fetch');
  };
  const repository: MemoryRepository = {
    files,
    calls,
    provisioned: seed.provisioned ?? true,
    setReachable(value) {
      reachable = value;
    },
    saveAsOther(meetingId, change) {
      const stored = meetings.get(meetingId);
      if (!stored) throw new Error(`no meeting ${meetingId}`);
      meetings.set(meetingId, { value: change(structuredClone(stored.value)), version: version() });
    },
    async ensureProvisioned() {
      await guard();
      calls.ensureProvisioned += 1;
      repository.provisioned = true;
    },
    async listCommittees() {
      await guard();
      if (!repository.provisioned) throw new Error('not provisioned');
      return [...committees.values()].map((entry) => structuredClone(entry));
    },
    async saveCommittee(committee, expected) {
      await guard();
      const stored = committees.get(committee.id);
      if (stored && expected !== undefined && stored.version !== expected) throw new ConflictError('Møteorganet er endret av en annen.');
      const saved = { value: structuredClone(committee), version: version() };
      committees.set(committee.id, saved);
      return structuredClone(saved);
    },
    async listMeetings(committeeId) {
      await guard();
      return [...meetings.values()].filter((entry) => entry.value.committeeId === committeeId).map((entry) => structuredClone(entry));
    },
    async getMeeting(meetingId) {
      await guard();
      const stored = meetings.get(meetingId);
      return stored ? structuredClone(stored) : undefined;
    },
    async saveMeeting(meeting, expected) {
      await guard();
      calls.saveMeeting += 1;
      const stored = meetings.get(meeting.id);
      if (stored && expected !== undefined && stored.version !== expected) throw new ConflictError('Møtet er endret av en annen.');
      const saved = { value: structuredClone(meeting), version: version() };
      meetings.set(meeting.id, saved);
      return structuredClone(saved);
    },
    async uploadDocument(_committee, meeting, fileName, content, onProgress) {
      await guard();
      calls.uploadDocument += 1;
      const bytes = content instanceof Uint8Array ? content : new Uint8Array(await content.arrayBuffer());
      const chunk = 327_680;
      for (let sent = Math.min(chunk, bytes.length); ; sent = Math.min(sent + chunk, bytes.length)) {
        onProgress?.({ bytesSent: sent, totalBytes: bytes.length } satisfies UploadProgress);
        if (sent >= bytes.length) break;
      }
      const id = `file-${(counter += 1)}`;
      const ref: DocumentRef = { fileName, driveItemId: id, webUrl: `https://sharepoint.test/${meeting.id}/${encodeURIComponent(fileName)}`, size: bytes.length };
      files.set(id, { ref, bytes });
      return ref;
    },
    async downloadDocument(ref) {
      await guard();
      const file = ref.driveItemId ? files.get(ref.driveItemId) : undefined;
      if (!file) throw new Error('not found');
      return file.bytes;
    },
    async deleteDocument(ref) {
      await guard();
      if (ref.driveItemId) files.delete(ref.driveItemId);
    },
    async searchPeople(query) {
      await guard();
      const q = query.trim().toLowerCase();
      return (seed.people ?? []).filter((person) => person.name.toLowerCase().includes(q) || (person.email ?? '').toLowerCase().includes(q));
    },
  };
  return repository;
}
