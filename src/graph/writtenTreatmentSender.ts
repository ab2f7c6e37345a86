import { publicVersion } from '../domain/confidentiality';
import { formatClockTime, formatDateLong, formatDeadline, utcToOslo } from '../domain/dates';
import { DomainError } from '../domain/errors';
import type { Committee, Meeting } from '../domain/model';
import type { MeetingRepository, Versioned } from '../domain/ports';
import { withWrittenSendStarted, withWrittenSent, withoutWrittenSendStarted, writtenRecipients, writtenSendState } from '../domain/writtenTreatment';
import { writtenTreatmentWords } from '../domain/writtenTreatmentWords';
import { GraphRequestError } from './graphError';
import type { MailSender } from './mailGateway';

// The body is the innkalling's (documents/html/agendaHtml.ts), loaded when the saker are sent, not with every page's Graph side.
const loadDocuments = () => import(/* webpackChunkName: "documents" */ '../documents');

/** Where the send is: recording that it begins, sending the mail, recording that it went. Worded by the screen. */
export type WrittenSendProgress = 'recording' | 'sending' | 'saved';

export interface WrittenSendDeps {
  repository: Pick<MeetingRepository, 'saveMeeting'>;
  /** Built on first use, so Mail.Send consent is asked for only when the saker are sent. */
  mail: () => MailSender;
  now?: () => Date;
}

export interface WrittenSendOptions {
  onProgress?: (step: WrittenSendProgress) => void;
  /** The sender has looked in Sent Items after a send that may have gone (`written.sendUncertain`) and sends again. */
  resend?: boolean;
}

/**
 * A written treatment's saker to the members with a vote (domain/writtenTreatment.ts), by one mail from the signed-in user
 * (`MailGateway`, Mail.Send): the innkalling's body (`renderAgendaHtml`) in the public view, with the saker, their forslag,
 * the Svarfrist and «Enig / Ikke enig / Krever møtebehandling», the vedlegg as links to the meeting folder Møtebok sets the
 * permissions of; no calendar invite, no Teams. Exactly once, as the innkalling: Graph's sendMail has no transaction id, so
 * the send is recorded on the meeting (eTag) BEFORE the mail goes (`sendStartedAt`) and when it went (`sentAt`). Already sent:
 * nothing is sent. Begun and not known to have gone (a fault after the request left): refused with `written.sendUncertain`
 * until the sender says, having looked in Sent Items, to send again (`resend`). Graph refused the mail (4xx: it did not go):
 * the begun send is taken back, so a retry sends.
 */
export async function sendWrittenTreatment(
  deps: WrittenSendDeps,
  committee: Committee,
  stored: Versioned<Meeting>,
  options: WrittenSendOptions = {},
): Promise<Versioned<Meeting>> {
  const state = writtenSendState(stored.value);
  if (state.state === 'sent') return stored; // already done: exactly once
  if (state.state === 'uncertain' && options.resend !== true) {
    const { date, time } = utcToOslo(state.startedAt);
    throw new DomainError('writtenSend', { key: 'written.sendUncertain', values: { at: `${formatDateLong(date)} ${formatClockTime(time)}` } });
  }
  const { to } = writtenRecipients(committee);
  if (to.length === 0) throw new DomainError('writtenSend', { key: 'written.noRecipients' });
  const { renderAgendaHtml } = await loadDocuments();
  const words = writtenTreatmentWords(committee.languageForm);
  const html = renderAgendaHtml(publicVersion({ committee, meeting: stored.value }));
  const subject = `${words.putTitle} ${words.in} ${committee.name} – ${words.deadline.toLowerCase()} ${formatDeadline(stored.value)}`;
  const now = () => (deps.now?.() ?? new Date()).toISOString();

  options.onProgress?.('recording');
  const begun = await deps.repository.saveMeeting(withWrittenSendStarted(stored.value, now()), stored.version);
  options.onProgress?.('sending');
  try {
    await deps.mail().send({ subject, html, to });
  } catch (error) {
    // Graph answered with a refusal: the mail did not go. Anything else (no answer, a server error) may have sent it.
    if (error instanceof GraphRequestError && error.status >= 400 && error.status < 500 && error.status !== 408) {
      await deps.repository.saveMeeting(withoutWrittenSendStarted(begun.value), begun.version);
    }
    throw error;
  }
  const sent = await deps.repository.saveMeeting(withWrittenSent(begun.value, now()), begun.version);
  options.onProgress?.('saved');
  return sent;
}
