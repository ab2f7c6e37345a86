import { formatDateShort } from '../../domain/dates';
import type { DocumentRef, MeetingFile } from '../../domain/model';
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
 */
export function renderMinutesMail(file: MeetingFile, minutes: Pick<DocumentRef, 'fileName' | 'webUrl'>, attached: boolean): MinutesMail {
  const { committee, meeting } = file;
  const t = documentTexts(committee);
  const date = formatDateShort(meeting.date);
  const href = minutes.webUrl ? safeHref(minutes.webUrl) : undefined;
  const name = escapeHtml(minutes.fileName);
  const where = `<p style="${P_STYLE}">${escapeHtml(attached ? t.minutesMailAttached(t.words.minutes) : t.minutesMailLinked(t.words.minutes))} ${href ? `<a href="${href}">${name}</a>` : name}</p>`;
  return {
    subject: t.minutesMailSubject(t.words.minutes, committee.name, date),
    html: `<div lang="${languageTag(committee.languageForm)}"><p style="${P_STYLE}">${escapeHtml(t.minutesMailIntro(t.words.minutes, committee.name, date))}</p>${where}</div>`,
  };
}
