import { formatDateShort } from '../../domain/dates';
import { referatClosedFolder } from '../../domain/referatAccess';
import type { DocumentRef, MeetingFile, Person } from '../../domain/model';
import { documentTexts, languageTag } from '../texts';
import { escapeHtml, safeHref } from './escapeHtml';
import { P_STYLE } from './richTextHtml';

export interface MinutesMail {
  subject: string;
  /** The body, Outlook-safe HTML in the committee's målform. */
  html: string;
}

/**
 * "Send referat til medlemmene": subject and body of the mail that sends the referat for comments.
 * Written in the committee's målform like the referat itself, whatever language the referent's
 * Teams is in. `attached` says whether the .docx travels with the mail or only the link does.
 *
 * Where the file is, said truly: in the meeting folder, or — a meeting with exempt content — in its
 * closed folder, named as the library shows it («Unntatt offentlighet/Protokoll», the committee's
 * word). `full` false: the recipient may not see every exempt sak (`domain/confidentiality`
 * `audiencesOf`) and gets a version rendered for them, stored nowhere; the stored referat holds every
 * exempt sak and its folder is closed to them, so a link would only end in SharePoint's «no access».
 * Their mail says so and gives no link nor file name of the stored one.
 */
/**
 * The referent by name and address: «til referenten» alone names nobody to a member from another
 * organisation, and the mail comes from whoever sends it (someone in the secretariat, not always the
 * referent), so a reply need not reach her.
 */
function referentNamed(person: Person | undefined): string | undefined {
  const name = person?.name.trim();
  const email = person?.email?.trim();
  if (name && email) return `${name} (${email})`;
  return name || email || undefined;
}

export function renderMinutesMail(file: MeetingFile, minutes: Pick<DocumentRef, 'fileName' | 'webUrl'>, attached: boolean, full = true): MinutesMail {
  const { committee, meeting } = file;
  const t = documentTexts(committee);
  const date = formatDateShort(meeting.date);
  const href = minutes.webUrl ? safeHref(minutes.webUrl) : undefined;
  const name = escapeHtml(minutes.fileName);
  const stored = minutes.webUrl ? { ...meeting, minutes: { fileName: minutes.fileName, webUrl: minutes.webUrl } } : undefined;
  const closedFolder = stored ? referatClosedFolder(committee, stored) : undefined;
  const said = closedFolder !== undefined
    ? t.minutesMailClosed(t.words.minutes, closedFolder, attached)
    : attached ? t.minutesMailAttached(t.words.minutes) : t.minutesMailLinked(t.words.minutes);
  const where = full
    ? `<p style="${P_STYLE}">${escapeHtml(said)} ${href ? `<a href="${href}">${name}</a>` : name}</p>`
    : `<p style="${P_STYLE}">${escapeHtml(t.minutesMailOwnVersion(t.words.minutes, attached))}</p>`;
  return {
    // Headed as the record is: «Protokoll fra møte i …» when the committee's record says so (attachments.ts `recordHeadOf`).
    subject: t.minutesMailSubject(t.words.minutes, committee.name, date, committee.conventions?.recordFromMeeting === true),
    html: `<div lang="${languageTag(committee.languageForm)}"><p style="${P_STYLE}">${escapeHtml(t.minutesMailIntro(t.words.minutes, committee.name, date, referentNamed(meeting.minuteTaker ?? committee.defaultMinuteTaker)))}</p>${where}</div>`,
  };
}
