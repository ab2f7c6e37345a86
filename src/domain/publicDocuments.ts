import { caseMemoFileName, innkallingFileName, meetingFolderPath, referatFileName } from './attachments';
import { publicFileName, publicVersion } from './confidentiality';
import type { Committee, Meeting, MeetingFile } from './model';

/**
 * «Lag offentlig versjon» (graph/publicVersions.ts stores them): which public versions a meeting
 * has — the innkalling, each saksframlegg, and the referat once the meeting is held — and the
 * names of their PDFs in the meeting's «Offentlig» folder.
 */

export const PUBLIC_FOLDER_NAME = 'Offentlig';

export interface PublicDocumentPlan {
  kind: 'innkalling' | 'saksframlegg' | 'referat';
  /** The sak of a saksframlegg. */
  itemId?: string;
  /** "Innkalling Partnerskapsmøtet 11.06.26 - offentlig versjon.pdf" */
  fileName: string;
}

export interface PublicVersionProgress {
  done: number;
  total: number;
  /** The file being made, or undefined when all are stored. */
  current?: string;
}

/**
 * What the public documents are made from: the public view (`publicVersion`) without the Teams meeting's join link. A
 * judgement: the members' innkalling carries «Bli med i møtet» so they can join; published on the website or in eInnsyn
 * the link would let any reader into the meeting as a participant, its lukket part too. Guests and observers keep it
 * (they read `publicVersion` itself).
 */
export function publishedView(file: MeetingFile): MeetingFile {
  const { committee, meeting } = publicVersion(file);
  const { onlineMeetingJoinUrl: _joinLink, ...rest } = meeting;
  return { committee, meeting: rest };
}

export const publicFolderPath = (committee: Committee, meeting: Meeting): string => `${meetingFolderPath(committee, meeting)}/${PUBLIC_FOLDER_NAME}`;

/**
 * What «Lag offentlig versjon» stores. File names come from the public view, so an exempt sak's
 * saksframlegg is named by its public title, never its real one.
 */
export function publicDocumentPlan(file: MeetingFile): PublicDocumentPlan[] {
  const { committee, meeting } = publicVersion(file);
  const form = committee.languageForm;
  const name = (full: string): string => publicFileName(full, form);
  const plan: PublicDocumentPlan[] = [{ kind: 'innkalling', fileName: name(innkallingFileName(committee, meeting, 'pdf')) }];
  for (const item of file.meeting.items) {
    if (item.caseMemo === undefined) continue;
    const shown = meeting.items.find((entry) => entry.id === item.id) ?? item;
    plan.push({ kind: 'saksframlegg', itemId: item.id, fileName: name(caseMemoFileName(shown, committee, meeting).replace(/\.docx$/, '.pdf')) });
  }
  if (meeting.status === 'held' || meeting.status === 'minutesApproved') plan.push({ kind: 'referat', fileName: name(referatFileName(committee, meeting, 'pdf')) });
  return plan;
}
