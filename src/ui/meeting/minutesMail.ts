import type { Committee, DocumentRef, Meeting, Person } from '../../domain/model';
import { formatDateShort } from '../../domain/dates';
import { INLINE_ATTACHMENT_MAX_BYTES } from '../../domain/limits';
import { escapeHtml, safeHref } from '../../documents';
import { SCOPES } from '../../auth/scopes';
import type { GraphClientFactory } from '../../graph/graphClient';

/**
 * "Send referat til medlemmene": one e-mail to the members with the referat attached (when small
 * enough to attach) and linked. Behind an interface because src/graph has no mail gateway yet;
 * when it gets one, `graphMinutesMailer` is the only thing to replace.
 */
export interface MinutesMessage {
  to: Person[];
  subject: string;
  /** Plain text paragraphs; escaped here, since they land in HTML. */
  intro: string;
  minutes: DocumentRef;
  /** The .docx bytes, attached when under the inline attachment limit. */
  bytes?: Uint8Array;
}

export interface MinutesMailer {
  send(message: MinutesMessage): Promise<void>;
}


export function minutesRecipients(committee: Committee, meeting: Meeting): Person[] {
  const people = [...committee.members, ...(meeting.chair ? [meeting.chair] : [])];
  const seen = new Set<string>();
  return people.filter((p) => {
    const email = p.email?.toLowerCase();
    if (!email || seen.has(email)) return false;
    seen.add(email);
    return true;
  });
}

export function minutesMailHtml(message: Pick<MinutesMessage, 'intro' | 'minutes'>): string {
  const href = message.minutes.webUrl ? safeHref(message.minutes.webUrl) : undefined;
  const link = href ? `<p><a href="${href}">${escapeHtml(message.minutes.fileName)}</a></p>` : '';
  return `<p>${escapeHtml(message.intro)}</p>${link}`;
}

/** The body of POST /me/sendMail (202 Accepted). */
export function sendMailBody(message: MinutesMessage): Record<string, unknown> {
  const attach = message.bytes && message.bytes.byteLength < INLINE_ATTACHMENT_MAX_BYTES;
  return {
    message: {
      subject: message.subject,
      body: { contentType: 'HTML', content: minutesMailHtml(message) },
      toRecipients: message.to.map((p) => ({ emailAddress: { address: p.email, name: p.name } })),
      ...(attach && message.bytes
        ? {
            attachments: [
              {
                '@odata.type': '#microsoft.graph.fileAttachment',
                name: message.minutes.fileName,
                contentType: message.minutes.contentType ?? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                contentBytes: base64(message.bytes),
              },
            ],
          }
        : {}),
    },
    saveToSentItems: true,
  };
}

export function graphMinutesMailer(graph: GraphClientFactory): MinutesMailer {
  return {
    async send(message) {
      // Mail.Send is asked for only here, the first time a referent sends minutes.
      await graph(SCOPES.sendMail).api('/me/sendMail').post(sendMailBody(message));
    },
  };
}

export function minutesSubject(template: (values: Record<string, string>) => string, committee: Committee, meeting: Meeting): string {
  return template({ committee: committee.name, date: formatDateShort(meeting.date) });
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}
