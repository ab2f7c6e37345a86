import type { Committee, DocumentRef, Meeting, Person } from './model';

/**
 * What the surfaces need from storage, stated in domain terms. `src/graph` implements it on
 * SharePoint lists and the document library; tests and the UI's offline layer can implement it
 * in memory. Components never see Graph JSON.
 */

/** A stored value with the version it was read at, so a write can refuse to overwrite a newer one. */
export interface Versioned<T> {
  value: T;
  /** Opaque version (the SharePoint list item eTag). */
  version: string;
}

export interface UploadProgress {
  bytesSent: number;
  totalBytes: number;
}

export interface MeetingRepository {
  /** Idempotent set-up of lists and library ("Klargjør SharePoint-området"). */
  ensureProvisioned(): Promise<void>;
  listCommittees(): Promise<Versioned<Committee>[]>;
  saveCommittee(committee: Committee, version?: string): Promise<Versioned<Committee>>;
  listMeetings(committeeId: string): Promise<Versioned<Meeting>[]>;
  getMeeting(meetingId: string): Promise<Versioned<Meeting> | undefined>;
  /** Throws ConflictError when `version` is not the stored one. */
  saveMeeting(meeting: Meeting, version?: string): Promise<Versioned<Meeting>>;
  /** Stores a file in the meeting's folder; the name must already be valid (domain rules). */
  uploadDocument(
    committee: Committee,
    meeting: Meeting,
    fileName: string,
    content: Blob | Uint8Array,
    onProgress?: (progress: UploadProgress) => void,
  ): Promise<DocumentRef>;
  downloadDocument(ref: DocumentRef): Promise<Uint8Array>;
  deleteDocument(ref: DocumentRef): Promise<void>;
  searchPeople(query: string): Promise<Person[]>;
}

/** Raised when a write was based on an older version than the stored one (HTTP 412). */
export class ConflictError extends Error {
  override readonly name = 'ConflictError';
}
