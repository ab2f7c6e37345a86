import { validateFileName } from './fileNames';
import { EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES } from './limits';
import { validateAttachmentSize, validateInviteTotalSize } from './attachmentSize';
import type { Committee, Meeting } from './model';

/**
 * What to check before "Send innkalling" (and before an update), so the secretariat hears about a
 * missing place or a vedlegg that cannot be attached before invitees do. Errors block sending;
 * warnings are shown and may be accepted. Messages are bokmål; the code lets the UI translate.
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
  | 'inviteTooLarge';

export interface NoticeProblem {
  code: NoticeProblemCode;
  severity: 'error' | 'warning';
  message: string;
  /** The item the problem belongs to, so the UI can jump to it. */
  itemId?: string;
}

export interface NoticeCheckOptions {
  /** Today's date in Oslo (ISO), injected to keep this pure. */
  today?: string;
}

export function checkReadyForNotice(meeting: Meeting, committee: Committee, options: NoticeCheckOptions = {}): NoticeProblem[] {
  const problems: NoticeProblem[] = [];
  const cases = meeting.items.filter((item) => !item.closing && item.row !== 'heading');
  if (cases.length === 0) problems.push({ code: 'noItems', severity: 'error', message: 'Sakslisten har ingen saker.' });
  if (meeting.place.trim() === '' && !meeting.online) {
    problems.push({ code: 'noPlace', severity: 'error', message: 'Møtet har verken møtested eller Teams-møte. Fyll inn sted eller velg Teams.' });
  }
  if (meeting.start === undefined || meeting.end === undefined) problems.push({ code: 'noTime', severity: 'error', message: 'Møtet har ikke klokkeslett. Fyll inn start og slutt.' });
  if (options.today !== undefined && meeting.date < options.today) {
    problems.push({ code: 'meetingInPast', severity: 'error', message: 'Møtedatoen har passert. Sjekk datoen før innkallingen sendes.' });
  }
  if (!meeting.chair) problems.push({ code: 'noChair', severity: 'warning', message: 'Møtet har ingen møteleder.' });

  const seen = new Map<string, string>();
  for (const item of cases) {
    const name = item.caseNumber ?? item.title;
    if (item.presenters.length === 0) {
      problems.push({ code: 'noPresenter', severity: 'warning', itemId: item.id, message: `Sak ${name} har ingen ansvarlig.` });
    }
    if (item.caseNumber !== null) {
      if (seen.has(item.caseNumber)) {
        problems.push({ code: 'duplicateCaseNumber', severity: 'error', itemId: item.id, message: `Saksnummer ${item.caseNumber} er brukt to ganger.` });
      }
      seen.set(item.caseNumber, item.id);
    }
    for (const attachment of item.attachments) {
      const label = `Vedlegget «${attachment.title}» i sak ${name}`;
      if (!attachment.driveItemId && !attachment.webUrl) {
        problems.push({ code: 'attachmentNotUploaded', severity: 'error', itemId: item.id, message: `${label} er ikke lastet opp ennå.` });
      }
      const nameCheck = validateFileName(attachment.fileName);
      if (!nameCheck.ok) {
        problems.push({
          code: 'attachmentNameInvalid',
          severity: 'error',
          itemId: item.id,
          message: `${label} har et filnavn SharePoint ikke godtar: ${nameCheck.problems.map((p) => p.message).join(' ')}`,
        });
      }
      if (committee.attachmentMode !== 'link' && attachment.size !== undefined) {
        const sizeCheck = validateAttachmentSize(attachment.size, committee.languageForm);
        if (!sizeCheck.ok && sizeCheck.code === 'tooLargeForInvite') {
          problems.push({
            code: 'attachmentTooLarge',
            // With 'fileAndLink' the link still reaches invitees; with 'file' only it would be lost.
            severity: committee.attachmentMode === 'file' ? 'error' : 'warning',
            itemId: item.id,
            message: `${label}: ${sizeCheck.message}`,
          });
        }
      }
    }
  }
  if (committee.attachmentMode !== 'link') {
    // Files too big to attach at all are reported above and will not be in the invitation.
    const total = cases
      .flatMap((item) => item.attachments)
      .map((attachment) => attachment.size ?? 0)
      .filter((size) => size <= EVENT_ATTACHMENT_UPLOAD_SESSION_MAX_BYTES)
      .reduce((sum, size) => sum + size, 0);
    const totalCheck = validateInviteTotalSize(total, committee.languageForm);
    if (!totalCheck.ok) {
      // A warning: the tenant may have raised the limit, and with 'fileAndLink' the sender can fall back to links.
      problems.push({ code: 'inviteTooLarge', severity: 'warning', message: totalCheck.message });
    }
  }
  return problems;
}

/** True when nothing blocks sending (warnings allowed). */
export function canSendNotice(problems: readonly NoticeProblem[]): boolean {
  return problems.every((problem) => problem.severity !== 'error');
}
