import { describe, expect, it } from 'vitest';
import { CommitteeSchema } from '../../domain/model';
import { INLINE_ATTACHMENT_MAX_BYTES } from '../../domain/limits';
import { minutesRecipients, sendMailBody } from './minutesMail';
import { testMeeting } from './testMeeting';

describe('minutes mail', () => {
  const committee = CommitteeSchema.parse({
    id: 'pm',
    name: 'Partnerskapsmøtet',
    shortName: 'PM',
    languageForm: 'nb',
    caseNumberPadding: 2,
    members: [
      { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example' },
      { name: 'Uten Epost' },
      { name: 'Kristin Liset', email: 'kristin.liset@horten.kommune.example.no' },
    ],
  });

  it('sends to every member with an address once, chair included', () => {
    expect(minutesRecipients(committee, testMeeting()).map((p) => p.email)).toEqual(['per.christian.voss@siv.example', 'kristin.liset@horten.kommune.example.no']);
  });

  it('escapes user text in the body and attaches the referat as base64', () => {
    const body = sendMailBody({
      to: minutesRecipients(committee, testMeeting()),
      subject: 'Referat',
      intro: 'Se <script>alert(1)</script> & kommenter',
      minutes: { fileName: 'Referat PM 11.06.26.docx', webUrl: 'https://contoso.sharepoint.com/referat.docx' },
      bytes: new Uint8Array([80, 75, 3, 4]),
    });
    const message = body.message as { body: { content: string }; attachments: { contentBytes: string }[] };
    expect(message.body.content).toContain('Se &lt;script&gt;alert(1)&lt;/script&gt; &amp; kommenter');
    expect(message.body.content).not.toContain('<script>');
    expect(message.attachments[0]?.contentBytes).toBe('UEsDBA==');
  });

  it('links instead of attaching a referat too large for an inline attachment', () => {
    const body = sendMailBody({
      to: [],
      subject: 'Referat',
      intro: 'Her',
      minutes: { fileName: 'Referat.docx', webUrl: 'https://contoso.sharepoint.com/r.docx' },
      bytes: new Uint8Array(INLINE_ATTACHMENT_MAX_BYTES),
    });
    expect(body.message).not.toHaveProperty('attachments');
    expect(JSON.stringify(body)).toContain('https://contoso.sharepoint.com/r.docx');
  });
});
