// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, screen } from '@testing-library/react';
import { aCommittee, aMeeting, anItem } from '../../domain/testing/builders';
import { defaultConventions } from '../../domain/conventions';
import type { CaseNumber, Committee } from '../../domain/model';
import { storedEditor } from './testing/storedEditor';
import { renderWithServices } from './testing/renderWithServices';
import { CarriedReadAfterSend, NoticeReach } from './NoticeReach';

afterEach(cleanup);

const outsider = { name: 'Kari Utenfor', email: 'kari@pasientforening.example.no' };
const access = {
  canRepair: false,
  findings: [{ target: { kind: 'committee' as const, committeeId: 'pm', committee: 'Partnerskapsmøtet' }, problem: 'noAccount' as const, who: outsider.email, name: outsider.name }],
};

async function reachText(committee: Committee): Promise<string> {
  const meeting = aMeeting({ items: [] });
  const { repository } = await storedEditor(committee, meeting);
  renderWithServices(
    <NoticeReach committee={committee} meeting={meeting} access={access} withPack attachLinked={false} onAttachLinked={() => undefined} disabled={false} />,
    repository,
  );
  return (await screen.findByTestId('notice-reach')).textContent ?? '';
}

describe('the send dialog names the PDF of the papers by the committee\'s word', () => {
  it('says «sakskartet (PDF)» for a committee that calls it Sakskart, and «møteboka (PDF)» for a nynorsk one with the default word', async () => {
    const sakskart = aCommittee({ id: 'pm', members: [outsider], conventions: { ...defaultConventions(), pack: 'sakskart' } });
    expect(await reachText(sakskart)).toContain('kan ikke åpne sakskartet (PDF).');
    cleanup();
    const nynorsk = aCommittee({ id: 'pm', members: [outsider], languageForm: 'nn' });
    expect(await reachText(nynorsk)).toContain('kan ikke åpne møteboka (PDF).');
  });
});

describe('the send dialog of a body whose own level for saker taken from another body is missing', () => {
  const member = { name: 'Erik Nordberg', email: 'erik.nordberg@example.no' };
  const treatment = { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: [], recommendation: [] };
  const vedlegg = { id: 'a', number: 1, title: 'Notat.pdf', fileName: 'Notat.pdf', webUrl: 'https://example.sharepoint.com/sites/m/Shared%20Documents/Notat.pdf', exemption: { basis: 'offl. § 14 første ledd' } };
  const carried = anItem('carried', { caseNumber: '2026.03' as CaseNumber, earlierTreatments: [treatment], attachments: [vedlegg] });
  const levelMissing = { target: { kind: 'committee' as const, committeeId: 'ks', committee: 'Kommunestyret' }, problem: 'levelMissing' as const, levelName: 'Møtebok hentet sak ks' };

  /** The dialog's warnings for a meeting with `items`; an outsider among the members, so the dialog always warns of something. */
  async function shown(items: ReturnType<typeof anItem>[]): Promise<string | undefined> {
    const committee = aCommittee({ id: 'ks', name: 'Kommunestyret', members: [member, outsider] });
    const meeting = aMeeting({ committeeId: 'ks', items });
    const { repository } = await storedEditor(committee, meeting);
    const noAccount = { target: levelMissing.target, problem: 'noAccount' as const, who: outsider.email, name: outsider.name };
    const access = { canRepair: false, findings: [levelMissing, noAccount] };
    renderWithServices(
      <NoticeReach committee={committee} meeting={meeting} access={access} withPack attachLinked={false} onAttachLinked={() => undefined} disabled={false} />,
      repository,
    );
    await screen.findByTestId('notice-reach');
    return screen.queryByTestId('notice-carried-level')?.textContent ?? undefined;
  }

  it('tells her before she sends that the planutvalg\'s next send takes her members\' access away until the site owner repairs', async () => {
    expect(await shown([carried])).toBe(
      'Tilgangen til dokumenter i saker hentet fra et annet utvalg varer ikkeDokumentene unntatt offentlighet i 2026.03 ligger hos Planutvalget. Fordi SharePoint-området mangler tillatelsesnivået «Møtebok hentet sak ks» med rettighetene til Lese, får de innkalte som har tilgang til saken, bare vanlig lesetilgang til dem, og den neste utsendingen fra Planutvalget tar den bort igjen. Da kan de ikke åpne dokumentene før eieren av SharePoint-området har valgt «Rett tilgangene» og innkallingen er sendt på nytt.',
    );
  });

  it('says nothing when the meeting has no such sak', async () => {
    expect(await shown([anItem('own', { attachments: [{ ...vedlegg, driveItemId: 'own' }] })])).toBeUndefined();
  });
});

describe('after a send that could only give the built-in Read on a carried sak\'s exempt files', () => {
  const member = { name: 'Erik Nordberg', email: 'erik.nordberg@example.no' };
  const treatment = { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: [], recommendation: [] };
  const vedlegg = { id: 'a', number: 1, title: 'Notat', fileName: 'Notat.pdf', webUrl: 'https://example.sharepoint.com/sites/m/Shared%20Documents/Notat.pdf', exemption: { basis: 'offl. § 14 første ledd' } };
  const carried = anItem('carried', { caseNumber: '2026.03' as CaseNumber, earlierTreatments: [treatment], attachments: [vedlegg] });
  const notice = { eventId: 'e', transactionId: 't', sentAt: '2026-06-01T10:00:00.000Z', version: 1, items: [], attachmentIds: [] };

  async function shown(carriedBuiltInRead: string[] | undefined): Promise<string | undefined> {
    const committee = aCommittee({ id: 'ks', name: 'Kommunestyret', members: [member] });
    const meeting = aMeeting({ committeeId: 'ks', items: [carried], status: 'noticeSent', notice: { ...notice, ...(carriedBuiltInRead ? { carriedBuiltInRead } : {}) } });
    const { repository } = await storedEditor(committee, meeting);
    renderWithServices(
      <>
        <span data-testid="rendered" />
        <CarriedReadAfterSend committee={committee} meeting={meeting} />
      </>,
      repository,
    );
    await screen.findByTestId('rendered');
    return screen.queryByTestId('notice-carried-read')?.textContent ?? undefined;
  }

  it('the send panel says which sak and files, that the planutvalg\'s next send takes the access away, and to have the site owner repair, then update', async () => {
    expect(await shown(['carried'])).toBe(
      'Tilgangen de innkalte fikk til dokumenter i hentede saker, varer ikkeUtsendingen ga de innkalte som har tilgang til sak 2026.03, vanlig lesetilgang til «Notat.pdf», som er unntatt offentlighet og ligger hos Planutvalget. SharePoint-området mangler møteorganets eget tillatelsesnivå for saker hentet fra et annet utvalg, så den neste utsendingen fra Planutvalget tar denne tilgangen bort. Be eieren av SharePoint-området om å velge «Rett tilgangene», og send deretter en oppdatering av innkallingen.',
    );
  });

  it('says nothing after a send that granted through the body\'s own level', async () => {
    expect(await shown(undefined)).toBeUndefined();
  });
});
