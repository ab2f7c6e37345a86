import type { DomainReason } from './errors';
import { validateFileName } from './fileNames';
import { validateAttachmentSize } from './attachmentSize';
import { APPROVAL_KIND, MINUTES_KIND } from './conventions';
import type { AgendaItem, Committee, Meeting } from './model';
import { afterSakWord } from './sakWord';
import { electsReferent } from './signersElection';

/**
 * What to check before "Send innkalling" (and before an update), so the secretariat hears about a
 * missing place or a vedlegg that cannot be attached before invitees do. Whether the vedlegg together fit in mail is the
 * send dialog's (`inviteSize.ts` `inviteMailFit`): it depends on the send's choice of links. Errors block sending;
 * warnings are shown and may be accepted. What each says is data (`reason`), worded by the screens
 * in the user's language (`ui/shared/domainReasonText.ts`).
 */

export type NoticeProblemCode =
  | 'noItems'
  | 'noPlace'
  | 'noTime'
  | 'meetingInPast'
  | 'noChair'
  | 'noPresenter'
  | 'duplicateCaseNumber'
  | 'attachmentNotUploaded'
  | 'attachmentNameInvalid'
  | 'attachmentTooLarge'
  | 'exemptionBasisMissing';

export interface NoticeProblem {
  code: NoticeProblemCode;
  severity: 'error' | 'warning';
  reason: DomainReason;
  /** The item the problem belongs to, so the UI can jump to it. */
  itemId?: string;
}

/** More saker than this without ansvarlig are named in one line (`notice.noPresenters`), not one line each. */
export const PRESENTER_LINES_MAX = 3;

/**
 * Whether the innkalling should name who presents the row. Not the fixed rows the committee's template makes
 * (`agendaTemplate.ts`): its opening rows and the approval (`opening`), an election of who signs (`elects`), the record
 * of the last meeting (the Referatsak, known by its kind on meetings stored before the flags), its numbered «Eventuelt»
 * (`numberedClosing`): the møteleder leads them, and the real protokoller leave them without ansvarlig (the 2024 seed).
 */
export function needsPresenter(item: AgendaItem): boolean {
  if (item.opening === true || item.numberedClosing === true || item.closing || item.elects !== undefined) return false;
  return !item.kinds.some((kind) => kind === APPROVAL_KIND || kind === MINUTES_KIND);
}

export interface NoticeCheckOptions {
  /** Today's date in Oslo (ISO), injected to keep this pure. */
  today?: string;
}

export function checkReadyForNotice(meeting: Meeting, committee: Committee, options: NoticeCheckOptions = {}): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const cases = meeting.items.filter((item) => !item.closing && item.row !== 'heading');
  if (cases.length === 0) problems.push({ code: 'noItems', severity: 'error', reason: { key: 'notice.noItems' } });
  if (meeting.place.trim() === '' && !meeting.online) problems.push({ code: 'noPlace', severity: 'error', reason: { key: 'notice.noPlace' } });
  if (meeting.start === undefined || meeting.end === undefined) problems.push({ code: 'noTime', severity: 'error', reason: { key: 'notice.noTime' } });
  if (options.today !== undefined && meeting.date < options.today) problems.push({ code: 'meetingInPast', severity: 'error', reason: { key: 'notice.meetingInPast' } });
  // An årsmøte's innkalling names the one who opens it («Åpnes av», documents/chairWord.ts), not a møteleder it has yet to elect.
  if (!meeting.chair) problems.push({ code: 'noChair', severity: 'warning', reason: { key: 'notice.noChair', values: { chairWord: electsReferent(committee.conventions) ? 'opens' : 'chair' } } });

  // The messages say «Sak {item}»: a number that names the sak itself («AMU-sak 3/26») is not said twice.
  const nameOf = (item: AgendaItem): string => (item.caseNumber === null ? item.title : afterSakWord(item.caseNumber));
  const unpresented = cases.filter((item) => item.presenters.length === 0 && needsPresenter(item));
  const [firstUnpresented] = unpresented;
  if (firstUnpresented !== undefined && unpresented.length > PRESENTER_LINES_MAX) {
    // Many: one line naming them all, so the warnings that matter are not lost among them.
    const items = unpresented.map(nameOf).join(', ');
    problems.push({ code: 'noPresenter', severity: 'warning', itemId: firstUnpresented.id, reason: { key: 'notice.noPresenters', values: { items, count: unpresented.length } } });
  } else {
    for (const item of unpresented) problems.push({ code: 'noPresenter', severity: 'warning', itemId: item.id, reason: { key: 'notice.noPresenter', values: { item: nameOf(item) } } });
  }

  const seen = new Map<string, string>();
  for (const item of cases) {
    const name = nameOf(item);
    if (item.caseNumber !== null) {
      if (seen.has(item.caseNumber)) {
        problems.push({ code: 'duplicateCaseNumber', severity: 'error', itemId: item.id, reason: { key: 'notice.duplicateCaseNumber', values: { caseNumber: item.caseNumber } } });
      }
      seen.set(item.caseNumber, item.id);
    }
    // Marked unntatt offentlighet without a hjemmel: the mark already protects, but no document may go out saying «Unntatt offentlighet» without why.
    const marks = item.confidentiality;
    if (marks?.exempt && marks.exempt.basis === undefined) {
      problems.push({ code: 'exemptionBasisMissing', severity: 'error', itemId: item.id, reason: { key: 'notice.exemptBasisMissing', values: { item: name } } });
    }
    if (marks?.caseMemo && !marks.exempt && marks.caseMemo.basis === undefined) {
      problems.push({ code: 'exemptionBasisMissing', severity: 'error', itemId: item.id, reason: { key: 'notice.caseMemoBasisMissing', values: { item: name } } });
    }
    for (const attachment of item.attachments) {
      const which = { attachment: attachment.title, item: name };
      if (attachment.exemption && !marks?.exempt && attachment.exemption.basis === undefined) {
        problems.push({ code: 'exemptionBasisMissing', severity: 'error', itemId: item.id, reason: { key: 'notice.attachmentBasisMissing', values: which } });
      }
      if (!attachment.driveItemId && !attachment.webUrl) {
        problems.push({ code: 'attachmentNotUploaded', severity: 'error', itemId: item.id, reason: { key: 'notice.attachmentNotUploaded', values: which } });
      }
      const nameCheck = validateFileName(attachment.fileName);
      if (!nameCheck.ok) {
        problems.push({
          code: 'attachmentNameInvalid',
          severity: 'error',
          itemId: item.id,
          reason: { key: 'notice.attachmentNameInvalid', values: { ...which, problems: nameCheck.problems.map((p) => p.reason) } },
        });
      }
      if (committee.attachmentMode !== 'link' && attachment.size !== undefined) {
        const sizeCheck = validateAttachmentSize(attachment.size);
        if (!sizeCheck.ok && sizeCheck.code === 'tooLargeForInvite') {
          problems.push({
            code: 'attachmentTooLarge',
            // A warning: the send dialog offers this send's vedlegg as links and holds Send back until then (domain/inviteSize.ts, InviteSizeNote).
            severity: 'warning',
            itemId: item.id,
            reason: { key: 'notice.attachmentTooLarge', values: { ...which, problem: sizeCheck.reason } },
          });
        }
      }
    }
  }
  return problems;
}

/** True when nothing blocks sending (warnings allowed). */
export function canSendNotice(problems: readonly NoticeProblem[]): boolean {
  return problems.every((problem) => problem.severity !== 'error');
}
