import type { Client } from '@microsoft/microsoft-graph-client';
import type { FileAttachment, Message } from '@microsoft/microsoft-graph-types';
import { graphSend } from './graphCall';
import { bytesToBase64 } from '../domain/base64';

export interface MailRecipient {
  address: string;
  name?: string;
}

export interface MailFile {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

/** One e-mail in domain terms; mapped to Graph's message in one place (`sendMailBody`). */
export interface OutgoingMail {
  subject: string;
  /** Finished HTML: every user string already escaped by `src/documents`. */
  html: string;
  to: readonly MailRecipient[];
  /** Sent inline with the message: the caller keeps them under Graph's inline limit. */
  attachments?: readonly MailFile[];
}

/** What the minutes service needs from mail; tests of the UI put a recorder here. */
export interface MailSender {
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * E-mail from the signed-in user (`POST /me/sendMail`, Mail.Send; Graph answers 202 and saves a
 * copy in Sent Items). The client is built for Mail.Send only, so the consent is asked for the
 * first time a referent sends a referat, never at sign-in.
 */
export class MailGateway implements MailSender {
  constructor(private readonly client: Client) {}

  async send(mail: OutgoingMail): Promise<void> {
    const body = await sendMailBody(mail);
    await graphSend(() => this.client.api('/me/sendMail').post(body));
  }
}

/** The body of `POST /me/sendMail` (Graph's sendMail action: message + saveToSentItems). */
export async function sendMailBody(mail: OutgoingMail): Promise<{ message: Message; saveToSentItems: boolean }> {
  const attachments = await Promise.all(
    (mail.attachments ?? []).map(
      async (file): Promise<FileAttachment & { '@odata.type': string }> => ({
        '@odata.type': '#microsoft.graph.fileAttachment',
        name: file.name,
        contentType: file.contentType,
        contentBytes: bytesToBase64(file.bytes),
      }),
    ),
  );
  return {
    message: {
      subject: mail.subject,
      body: { contentType: 'html', content: mail.html },
      toRecipients: mail.to.map((r) => ({ emailAddress: { address: r.address, ...(r.name ? { name: r.name } : {}) } })),
      ...(attachments.length > 0 ? { attachments } : {}),
    },
    saveToSentItems: true,
  };
}
