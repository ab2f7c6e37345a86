import type { AgendaItem, Attachment, Attendance, Committee, CommitteeMember, DocumentRef, Meeting, WrittenAnswer } from './model';
import { memberKey } from './memberKey';
import { standingChair } from './standingChair';
import { writtenOutcome, writtenVoters, type WrittenAnswerKind, type WrittenOutcome } from './writtenOutcome';
import { attachmentExemption, hasExemptContent, isItemExempt } from './confidentiality';
import { isCarriedLink } from './carriedExemptFiles';
import { isCaseMemoExempt } from './confidentialityAudience';
import { osloToday, osloToUtc } from './dates';

export { answerOf, writtenOutcome, writtenVoters, type WrittenAnswerKind, type WrittenOutcome, type WrittenResult } from './writtenOutcome';

/**
 * A board's written treatment («skriftlig styrebehandling»): between meetings the chair puts saker to the board in writing
 * and the members answer by a deadline, as aksjeloven § 6-19 (1) allows («med mindre styrets leder finner at saken kan
 * forelegges skriftlig»), any member may demand a meeting (§ 6-19 (2)) and a protokoll is kept (§ 6-29). The meeting
 * carries it (`Meeting.written`): its `date` and `start` are the answer deadline, and per sak each member's answer.
 * Offered by a committee whose conventions say so (`conventions.writtenTreatment`: the AS and styre presets), never by a
 * folkevalgt organ, which decides in meetings. No wording of the screens; the protokoll's words nb/nn here.
 */

/**
 * A new written treatment («Nytt møte», as a written treatment): the answer deadline as its date (and time, when typed), no
 * place and no Teams, no saker from the template (no approval of an innkalling, no Referatsak, no «Eventuelt»: the secretary
 * adds the saker put to the board), no meeting number (it is not a meeting); the committee's chair, secretary and «Til».
 */
export function newWrittenTreatment(committee: Committee, deadline: { date: string; start?: string }, id: string): Meeting {
  const meeting: Meeting = {
    id,
    committeeId: committee.id,
    date: deadline.date,
    ...(deadline.start === undefined || deadline.start === '' ? {} : { start: deadline.start }),
    timeZone: 'Europe/Oslo',
    place: '',
    online: false,
    status: 'draft',
    items: [],
    attendance: [],
    itemStartedAt: {},
    written: { answers: [] },
  };
  const chair = standingChair(committee);
  if (chair) meeting.chair = chair;
  if (committee.defaultMinuteTaker) meeting.minuteTaker = committee.defaultMinuteTaker;
  if (committee.recipientsLine) meeting.recipients = committee.recipientsLine;
  return meeting;
}

export function isWritten(meeting: Pick<Meeting, 'written'>): boolean {
  return meeting.written !== undefined;
}

/** The meeting with a member's answer to a sak recorded, changed, or (undefined) taken back; a comment kept when given. */
export function withWrittenAnswer(meeting: Meeting, itemId: string, member: string, answer: WrittenAnswerKind | undefined, comment?: string): Meeting {
  const others = (meeting.written?.answers ?? []).filter((entry) => !(entry.itemId === itemId && entry.member === member));
  const text = comment?.trim() ?? '';
  const entry: WrittenAnswer | undefined = answer === undefined ? undefined : { itemId, member, answer, ...(text === '' ? {} : { comment }) };
  return { ...meeting, written: { ...meeting.written, answers: entry === undefined ? others : [...others, entry] } };
}

/** Who the mail with the saker goes to: the members with a vote who have an address; those without one are named to the sender. */
export function writtenRecipients(committee: Pick<Committee, 'members'>): { to: Array<{ address: string; name: string }>; withoutAddress: CommitteeMember[] } {
  const voters = writtenVoters(committee);
  return {
    to: voters.flatMap((member) => (member.email === undefined || member.email.trim() === '' ? [] : [{ address: member.email.trim(), name: member.name }])),
    withoutAddress: voters.filter((member) => member.email === undefined || member.email.trim() === ''),
  };
}

/**
 * Whether the saker went to the members: `sent` (and when), `uncertain` (a send began and did not finish: the mail may have
 * gone, so a retry asks the sender to look in Sent Items first), or `notSent`. The ledger that makes the send happen once.
 */
export type WrittenSendState = { state: 'notSent' } | { state: 'uncertain'; startedAt: string } | { state: 'sent'; sentAt: string };

export function writtenSendState(meeting: Pick<Meeting, 'written'>): WrittenSendState {
  const written = meeting.written;
  if (written?.sentAt !== undefined) return { state: 'sent', sentAt: written.sentAt };
  if (written?.sendStartedAt !== undefined) return { state: 'uncertain', startedAt: written.sendStartedAt };
  return { state: 'notSent' };
}

/** The meeting with a send begun at `at` (recorded before the mail goes). */
export function withWrittenSendStarted(meeting: Meeting, at: string): Meeting {
  return { ...meeting, written: { answers: [], ...meeting.written, sendStartedAt: at } };
}

/** The meeting with the begun send taken back: Graph refused the mail, so it did not go. */
export function withoutWrittenSendStarted(meeting: Meeting): Meeting {
  const { sendStartedAt: _started, ...rest } = meeting.written ?? { answers: [] };
  return { ...meeting, written: rest };
}

/** The meeting with the saker sent at `at`. */
export function withWrittenSent(meeting: Meeting, at: string): Meeting {
  const { sendStartedAt: _started, ...rest } = meeting.written ?? { answers: [] };
  return { ...meeting, written: { ...rest, sentAt: at } };
}

/**
 * Whether the answer deadline («Svarfrist») has passed at `now`: at its time in Oslo, or, when no time was typed, once its
 * day is over in Oslo (the members have the whole day).
 */
export function writtenDeadlinePassed(meeting: Pick<Meeting, 'date' | 'start'>, now: Date): boolean {
  if (meeting.start === undefined) return osloToday(now) > meeting.date;
  return now.getTime() >= Date.parse(osloToUtc(meeting.date, meeting.start));
}

/**
 * Whether a sak's result can still change: before the Svarfrist, while a member with a vote has not answered (a late answer,
 * or a demand for a meeting, may still come). The answers table and the protokoll then say «Foreløpig», not «Ikke vedtatt».
 */
export function writtenProvisional(meeting: Pick<Meeting, 'date' | 'start'>, outcome: Pick<WrittenOutcome, 'unanswered'>, now: Date): boolean {
  return outcome.unanswered.length > 0 && !writtenDeadlinePassed(meeting, now);
}

/**
 * The board as the protokoll's attendance sees a written treatment: a member who answered any sak took part (present), the
 * rest did not (absent), so a protokoll every member who took part signs (`minutesApproval: 'signedByAll'`) lists them. In a
 * view without an exempt sak's answers (confidentiality.ts `viewFor`) those who answered it still took part (`tookPart`).
 */
export function writtenAttendance(meeting: Pick<Meeting, 'written'>, committee: Pick<Committee, 'members'>): Attendance[] {
  const answered = new Set([...(meeting.written?.answers ?? []).map((answer) => answer.member), ...(meeting.written?.tookPart ?? [])]);
  return writtenVoters(committee).map((member) => ({
    person: { name: member.name, ...(member.email === undefined ? {} : { email: member.email }) },
    status: answered.has(memberKey(member)) ? 'present' : 'absent',
  }));
}

/**
 * Whether no sak's result can change any more at `now`: the Svarfrist has passed, or every member with a vote has answered
 * every sak (`writtenProvisional` is false for each). Only then is the treatment over.
 */
export function writtenSettled(meeting: Pick<Meeting, 'written' | 'chair' | 'date' | 'start' | 'items'>, committee: Pick<Committee, 'members'>, now: Date): boolean {
  return meeting.items
    .filter((item) => item.row === 'sak')
    .every((item) => !writtenProvisional(meeting, writtenOutcome(meeting, committee, item.id), now));
}

/**
 * The meeting with its stored protokoll (`graph/minutesService.ts` `store`, made at `now`) recorded. Once settled at `now`
 * the treatment is over and counts as held (status `held`), as a meeting ended with «Avslutt møtet»: its protokoll is then
 * approved as any other (`held` → `minutesApproved`, meetingStatus.ts), and the next meeting's Referatsak takes it up
 * (agendaTemplate.ts `previousHeldMeeting`). Straight from `draft` or `noticeSent`: there was no meeting to start
 * (`inProgress`), which is why this does not go through `transition`. Before that the protokoll stored says «Foreløpig
 * resultat» and the status stays, so no Referatsak takes up a record whose results may still change.
 */
export function withWrittenMinutes(meeting: Meeting, committee: Pick<Committee, 'members'>, minutes: DocumentRef, now: Date): Meeting {
  const over = meeting.status === 'draft' || meeting.status === 'noticeSent' ? writtenSettled(meeting, committee, now) : false;
  return { ...meeting, minutes, ...(over ? { status: 'held' as const } : {}) };
}

/**
 * What the mail putting the saker to the board does with content unntatt offentlighet. A member with a vote may read an
 * exempt sak (confidentiality.ts `maySeeExempt`), but a mail body leaves the library whose permissions guard it (it is
 * forwarded, kept in mailboxes, read on phones; a judgement, as the innkalling's `sendExemptLinks` judges it), so the mail carries the public view (the public title, the hjemmel) and
 * links each sak with exempt content to its closed folder in SharePoint, where the saksframlegg and the exempt vedlegg lie
 * with the sak's own permissions (graph/exemptFilePermissions.ts). The folder, not the saksframlegg's file: its address
 * names the sak by number only, while the saksframlegg's file name carries the sak's title (attachments.ts
 * `caseMemoFileName`), which may itself be exempt. `linked`: the saker to link; `unreadable`: the exempt saker with no
 * saksframlegg stored, which the members could not read at all, so the send is refused until one is made; `unstored`: the
 * exempt vedlegg (its own exemption or its sak's, `attachmentExemption`) whose file was never stored, so it is not in the
 * closed folder the mail links to and is refused the same way, as the mail could only name it. A sak taken from an earlier
 * body (carriedExemptFiles.ts `isCarriedLink`) has its vedlegg and saksframlegg where that body keeps them: stored, not in
 * this meeting's folder, and opened to the members by the send's grant (graph/carriedExemptGrants.ts); `ownFiles` says
 * which saker have an exempt file in this meeting's closed folder, the only ones the mail links to their folder.
 */
export function writtenExemptSaker(meeting: Pick<Meeting, 'items'>): {
  linked: AgendaItem[];
  unreadable: AgendaItem[];
  unstored: Array<{ item: AgendaItem; attachment: Attachment }>;
  ownFiles: AgendaItem[];
} {
  const saker = meeting.items.filter((item) => item.row === 'sak' && hasExemptContent(item));
  const stored = (item: AgendaItem, ref: DocumentRef | undefined) => ref !== undefined && (ref.driveItemId !== undefined || isCarriedLink(item, ref));
  const exemptVedlegg = (item: AgendaItem) => item.attachments.filter((attachment) => attachmentExemption(item, attachment) !== undefined);
  return {
    linked: saker,
    unreadable: saker.filter((item) => isItemExempt(item) && !stored(item, item.caseMemo)),
    unstored: saker.flatMap((item) => exemptVedlegg(item).filter((attachment) => !stored(item, attachment)).map((attachment) => ({ item, attachment }))),
    ownFiles: saker.filter((item) =>
      [...exemptVedlegg(item), ...(item.caseMemo !== undefined && isCaseMemoExempt(item) ? [item.caseMemo] : [])].some((ref) => ref.driveItemId !== undefined),
    ),
  };
}

/**
 * An exempt sak's row in the mail (`writtenExemptSaker`): the link to its closed folder and why the sak is not in the mail,
 * nb/nn; a carried sak's exempt files go in a mail of their own (`separately`), or, when the sak also has exempt files of this
 * meeting's behind the link (`ownFiles`), those that came with it (`alsoSeparately`: the link does not hold them, a judgement
 * on words). Here, not in writtenTreatmentWords.ts: that module is in the Outlook pane's start-up, and only the send needs these.
 */
export function writtenExemptWords(form: 'nb' | 'nn'): { link: string; note: string; separately: string; alsoSeparately: string } {
  return form === 'nn'
    ? {
        link: 'Les saka i SharePoint',
        note: 'Det som er unnateke offentlegheit, står ikkje i e-posten. Lenkja kan berre opnast av dei som har tilgang til saka.',
        separately: 'Dokumenta i saka som er unnatekne offentlegheit, ligg hos organet saka kjem frå. Dei som har tilgang til saka, får lenkjer til dei i ein eigen e-post.',
        alsoSeparately:
          'Dokumenta som er unnatekne offentlegheit og kom med saka frå organet ho kjem frå, ligg der og ikkje bak lenkja over. Dei som har tilgang til saka, får lenkjer til dei i ein eigen e-post.',
      }
    : {
        link: 'Les saken i SharePoint',
        note: 'Det som er unntatt offentlighet, står ikke i e-posten. Lenken åpnes bare for dem som har tilgang til saken.',
        separately: 'Dokumentene i saken som er unntatt offentlighet, ligger hos organet saken kommer fra. De som har tilgang til saken, får lenker til dem i en egen e-post.',
        alsoSeparately:
          'Dokumentene som er unntatt offentlighet og kom med saken fra organet den kommer fra, ligger der og ikke bak lenken over. De som har tilgang til saken, får lenker til dem i en egen e-post.',
      };
}
