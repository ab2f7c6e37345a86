import { describe, expect, it } from 'vitest';
import type { MeetingFile } from '../domain/model';
import { aCommittee, aMeeting, anAttachment, anItem } from '../domain/testing/builders';
import { sendExemptLinks } from './confidentialNotice';
import type { OutgoingMail } from './mailGateway';

const member = { name: 'Mona Medlem', email: 'mona@siv.example.no' };

/** A committee numbering «AMU-sak 2/26», one exempt vedlegg with its link. */
function amuFile(): MeetingFile {
  return {
    committee: aCommittee({ members: [member], caseNumberFormat: 'AMU-sak {N}/{YY}' }),
    meeting: aMeeting({
      items: [
        anItem('personal', {
          caseNumber: 'AMU-sak 2/26' as never,
          title: 'Oppfølging av sykefravær',
          attachments: [anAttachment('a1', { title: 'Notat fra personalavdelingen', driveItemId: 'd1', webUrl: 'https://contoso.sharepoint.com/Notat.pdf' })],
          confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } },
        }),
      ],
    }),
  };
}

describe('the mail with the links to exempt vedlegg', () => {
  it('names the sak by its number once: «AMU-sak 2/26: …», not «Sak AMU-sak 2/26: …»', async () => {
    const sent: OutgoingMail[] = [];
    await sendExemptLinks({ send: async (mail) => void sent.push(mail) }, amuFile());
    expect(sent).toHaveLength(1);
    expect(sent[0]?.html).toContain('AMU-sak 2/26: Notat fra personalavdelingen');
    expect(sent[0]?.html).not.toMatch(/Sak AMU-sak/);
  });

  it('tells a member from another organisation, in the committee’s målform, that the links ask him to sign in with his account there (also as a guest)', async () => {
    const sent: OutgoingMail[] = [];
    const file = amuFile();
    await sendExemptLinks({ send: async (mail) => void sent.push(mail) }, file);
    await sendExemptLinks({ send: async (mail) => void sent.push(mail) }, { ...file, committee: { ...file.committee, languageForm: 'nn' } });
    expect(sent[0]?.html).toContain('Lenkene til møtemappen krever innlogging med en konto hos organisasjonen som eier den (også som gjest).');
    expect(sent[1]?.html).toContain('Lenkjene til møtemappa krev innlogging med ein konto hos organisasjonen som eig ho (òg som gjest).');
  });
});
