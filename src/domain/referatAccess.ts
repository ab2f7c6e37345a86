import { meetingFolderPath, referatFolderPath } from './attachments';
import { committeeAccess, mergeAccess, type AccessEntry } from './committeeAccess';
import { hasExemptContent } from './confidentiality';
import { inviteesWithAccess } from './confidentialityAudience';
import type { Committee, Meeting, MeetingFile } from './model';
import { isPerson, type PersonIdentity } from './personIdentity';

/**
 * Who gets what on the closed folder for the referat of a meeting with content unntatt offentlighet
 * (`attachments.ts` `referatFolderPath`; set at the send by `graph/referatFolder.ts`). The referat holds
 * the møtebehandling and the konklusjon of every sak, the exempt ones too, so it is closed as tightly
 * as the most closed of them:
 *
 * - The committee's secretariat: Full Control (sends, repairs, reopens, freezes the file).
 * - The committee's referents: Contribute — they make the referat (again), as they write an exempt
 *   sak's row (`exemptRowAccess`). The approved file is frozen on its own (`graph/meetingFreeze.ts`
 *   `applyReferatFileAccess`), so the folder keeps them writing.
 * - Read for every invitee `maySeeExempt` lets see **every** exempt sak of the meeting
 *   (`inviteesWithAccess` of each, intersected): a guest granted one sak of two does not read the
 *   referat of both (they get theirs by mail, `minutesService.send`).
 * - Nobody else: members by membership alone (a vara without the committee's consent, an observer)
 *   lose the Read the committee's folder gives them.
 *
 * Undefined for a meeting with nothing exempt: its referat lies in the meeting folder and inherits.
 */
export function referatFolderAccess(file: MeetingFile): AccessEntry[] | undefined {
  const exempt = file.meeting.items.filter(hasExemptContent);
  const [first, ...rest] = exempt;
  if (!first) return undefined;
  const office = committeeAccess(file.committee).filter((entry) => entry.level !== 'read');
  const entitledTo = rest.map((item) => new Set(inviteesWithAccess(file, item).map((invitee) => invitee.address.toLowerCase())));
  const readers = inviteesWithAccess(file, first)
    .filter((invitee) => entitledTo.every((addresses) => addresses.has(invitee.address.toLowerCase())))
    .map((invitee): AccessEntry => ({ person: { name: invitee.name ?? invitee.address, email: invitee.address }, level: 'read' }));
  return mergeAccess([...office, ...readers]);
}

/**
 * The meeting has exempt content but its recorded referat (`meeting.minutes`) lies outside the closed
 * folder — stored in the meeting folder before the folder existed, or before a sak was marked: open to
 * every member until it is made again (into the closed folder) or closed where it lies
 * (`graph/meetingFreeze.ts` `applyReferatFileAccess`). False without a recorded address.
 */
export function referatLiesOpen(file: MeetingFile): boolean {
  const webUrl = file.meeting.minutes?.webUrl;
  if (!webUrl || !referatFolderAccess(file)) return false;
  let path: string;
  try {
    path = decodeURIComponent(new URL(webUrl).pathname);
  } catch {
    return true;
  }
  return !path.includes(`/${referatFolderPath(file.committee, file.meeting)}/`);
}

/**
 * Where the recorded referat of a meeting with exempt content lies, as the library shows it under the
 * meeting folder («Unntatt offentlighet/Protokoll», the committee's word), for the texts that say where
 * it is (the side panel, the mail); undefined when it lies in the meeting folder (nothing exempt, no
 * address, or stored there before the closed folder existed).
 */
export function referatClosedFolder(committee: Committee, meeting: Meeting): string | undefined {
  const file = { committee, meeting };
  if (!meeting.minutes?.webUrl || !referatFolderAccess(file) || referatLiesOpen(file)) return undefined;
  return referatFolderPath(committee, meeting).slice(meetingFolderPath(committee, meeting).length + 1);
}

/**
 * Whether the committee's rules let this person open the recorded referat where it lies (`meeting.minutes`): for a
 * meeting with exempt content those the closed folder lets read (`referatFolderAccess`: a guest granted one sak of two,
 * a vara without the committee's consent, an observer do not — they get their own version by mail, if any); otherwise
 * everyone the committee's folders let read (`committeeAccess`). A referat that lies open by mistake
 * (`referatLiesOpen`) is held to the closed folder's rule, so a link never points someone at what they may not see.
 */
export function mayOpenReferat(file: MeetingFile, who: PersonIdentity): boolean {
  return (referatFolderAccess(file) ?? committeeAccess(file.committee)).some((entry) => isPerson(who, entry.person));
}
