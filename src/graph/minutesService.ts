import { referatFileName } from '../domain/attachments';
import { audiencesOf, meetingHasExemptContent, viewFor, withExemptMarked } from '../domain/confidentiality';
import { DomainError } from '../domain/errors';
import { INLINE_ATTACHMENT_MAX_BYTES } from '../domain/limits';
import type { Committee, DocumentRef, Meeting, MeetingFile, Person } from '../domain/model';
import type { MeetingRepository } from '../domain/ports';
import type { MailSender } from './mailGateway';
import { minutesRecipients, type MinutesRecipients } from './minutesRecipients';

export { minutesRecipients, type MinutesRecipients } from './minutesRecipients';

/**
 * The referat's renderers (its .docx, its mail's HTML) load when a referat is first made or sent:
 * every page builds this service with the Graph side, and the stage and a participant's side panel
 * never make one (issue 14: start-up JavaScript).
 */
const loadDocuments = () => import(/* webpackChunkName: "documents" */ '../documents');

/**
 * The referat after the meeting, without React (the side panel's `useMinutes` calls it):
 *
 * 1. `store`: render the referat .docx from the meeting as recorded and store it in the meeting
 *    folder, or — for a meeting with content unntatt offentlighet — in its closed folder
 *    (`storeClosed`, `referatFolder.ts`); same name, same place: making it again replaces it. The caller records the returned
 *    `DocumentRef` on the meeting through its own save path (the live meeting session), so the
 *    service never races the referent's autosave with a second writer.
 * 2. `recipients`: who gets it — the members and the chair with an address, each once — and who
 *    cannot (no address), so the confirmation can name both.
 * 3. `send`: one mail in the committee's målform to those recipients, the .docx attached when it
 *    fits in an inline attachment, and always linked to the stored file.
 *
 * Approving the referat is a status change of the meeting (`domain/meetingStatus`), not a Graph
 * operation, so it stays with the meeting's save path.
 */
export interface StoredMinutes {
  minutes: DocumentRef;
  bytes: Uint8Array;
}

/** `now`: when the protokoll is made; a written treatment's results before its Svarfrist are then «Foreløpig» (referatDocx.ts). */
export interface MinutesStoreOptions {
  now?: Date;
}

export interface MinutesService {
  store(committee: Committee, meeting: Meeting, options?: MinutesStoreOptions): Promise<StoredMinutes>;
  recipients(committee: Committee, meeting: Meeting): MinutesRecipients;
  /** Sends the stored referat (`meeting.minutes`); `bytes` saves a download when the caller just made it. Returns who it went to. */
  send(committee: Committee, meeting: Meeting, bytes?: Uint8Array): Promise<Person[]>;
}

export interface MinutesServiceDeps {
  repository: Pick<MeetingRepository, 'uploadDocument' | 'downloadDocument'>;
  /** Built on first use, so Mail.Send consent is asked for only when a referat is sent. */
  mail: () => MailSender;
  renderReferatDocx?: (file: { committee: Committee; meeting: Meeting }, options?: MinutesStoreOptions) => Promise<Uint8Array>;
  /**
   * Stores the referat of a meeting with content unntatt offentlighet in its closed folder
   * (`referatFolder.ts` `storeClosedReferat`: checked, or closed first by the secretariat, before the
   * upload; a referent is refused while it is not). Without it such a referat is not stored at all.
   */
  storeClosed?: (file: MeetingFile, fileName: string, bytes: Uint8Array) => Promise<DocumentRef>;
}

/** Without a closed place the referat of a meeting with exempt content would lie open in the meeting folder: refused. */
const noClosedPlace = (): Promise<DocumentRef> => Promise.reject(new Error('Ingen lukket mappe'));

export function createMinutesService(deps: MinutesServiceDeps): MinutesService {
  const render = async (file: { committee: Committee; meeting: Meeting }, options: MinutesStoreOptions = {}) =>
    (deps.renderReferatDocx ?? (await loadDocuments()).renderReferatDocx)(file, options);
  return {
    async store(committee, meeting, options = {}) {
      // The full protokoll says which saker were treated in a lukket møte and which are exempt, with their hjemler.
      const bytes = await render(withExemptMarked({ committee, meeting }), options);
      const { DOCX_CONTENT_TYPE } = await loadDocuments();
      const fileName = referatFileName(committee, meeting);
      // Unntatt offentlighet: into the closed folder, never the meeting folder every member reads (referatFolder.ts).
      const ref = meetingHasExemptContent(meeting)
        ? await (deps.storeClosed ?? noClosedPlace)({ committee, meeting }, fileName, bytes)
        : await deps.repository.uploadDocument(committee, meeting, fileName, bytes);
      return { minutes: { ...ref, contentType: ref.contentType ?? DOCX_CONTENT_TYPE }, bytes };
    },
    recipients: minutesRecipients,
    async send(committee, meeting, bytes) {
      const minutes = meeting.minutes;
      if (!minutes) throw new DomainError('minutesNotReady', { key: 'minutesNotMade' });
      const { to } = minutesRecipients(committee, meeting);
      if (to.length === 0) throw new DomainError('minutesNotReady', { key: 'noMemberAddress' });
      const { DOCX_CONTENT_TYPE, renderMinutesMail } = await loadDocuments();
      // Unntatt offentlighet: one mail per group that sees the same (domain/confidentiality.ts). Those who
      // may not see everything get a referat rendered from their own view, attached, without the link to the full one.
      for (const audience of audiencesOf({ committee, meeting }, to)) {
        const view = audience.full ? { committee, meeting } : viewFor({ committee, meeting }, audience.viewer);
        const content = audience.full ? (bytes ?? (await deps.repository.downloadDocument(minutes))) : await render(view);
        const ref = audience.full ? minutes : { fileName: minutes.fileName };
        // Larger files go by the link alone: sendMail takes inline attachments only up to this size.
        const attach = content.byteLength <= INLINE_ATTACHMENT_MAX_BYTES;
        const mail = renderMinutesMail(view, ref, attach, audience.full);
        await deps.mail().send({
          subject: mail.subject,
          html: mail.html,
          to: audience.people.flatMap((p) => (p.email ? [{ address: p.email, name: p.name }] : [])),
          ...(attach ? { attachments: [{ name: minutes.fileName, contentType: minutes.contentType ?? DOCX_CONTENT_TYPE, bytes: content }] } : {}),
        });
      }
      return to;
    },
  };
}
