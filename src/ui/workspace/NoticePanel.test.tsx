// @vitest-environment jsdom
import * as v from 'valibot';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { aCommittee, aMeeting, anAttachment, anItem } from '../../domain/testing/builders';
import { CaseNumberSchema, type Committee, type Meeting } from '../../domain/model';
import { ConventionsSchema } from '../../domain/conventions';
import type { Versioned } from '../../domain/ports';
import type { BoardPackService } from '../../graph/boardPackService';
import type { NoticeOptions, NoticeProgress, Services } from '../shared/services';
import { setLanguage } from '../shared/i18n';
import { exemptStub } from '../../domain/exemptRowAccess';
import { DomainError } from '../../domain/errors';
import { inviteMailFit, InviteTooLargeError, withSizes } from '../../domain/inviteSize';
import { configFromEnv } from '../../config/configFromEnv';
import { storedEditor } from './testing/storedEditor';
import { NoticePanel } from './NoticePanel';
import { renderWithServices } from './testing/renderWithServices';

const members = Array.from({ length: 9 }, (_, index) => ({ name: `Medlem ${index + 1}`, email: `medlem${index + 1}@kommune.example.no` }));

// Uploaded under the user's own names; the invite carries numbered names.
const vedlegg = [
  anAttachment('plan', { number: 1, title: 'Kompetanseplan 2027 utkast', fileName: 'Kompetanseplan 2027 utkast.pdf', driveItemId: 'd1', size: 850 * 1024 }),
  anAttachment('budsjett', { number: 2, title: 'Budsjett', fileName: 'Budsjett.xlsx', driveItemId: 'd2', size: 1.2 * 1024 * 1024 }),
  anAttachment('side', { number: 3, title: 'Nettsiden om planen', fileName: 'Nettsiden om planen', webUrl: 'https://siv.no/plan' }),
];
const meetingWithVedlegg = (): Meeting => aMeeting({ items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.12'), attachments: vedlegg })] });

async function renderPanel(committee: Committee, meeting: Meeting, overrides: Partial<Services> = {}, sendButton = 'Send innkalling', stored = false, locale?: string) {
  const { repository, editor } = await storedEditor(committee, meeting);
  renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} />, repository, { locale, services: overrides });
  // The møtebok panel loads by import() and then looks for a stored pack: settled before the dialog opens.
  if (overrides.boardPacks) await screen.findByRole('heading', { name: 'Møtebok (PDF)' });
  if (overrides.boardPacks && stored) await screen.findByRole('link', { name: 'Åpne møteboken (PDF)' });
  fireEvent.click(await screen.findByRole('button', { name: sendButton }));
  await screen.findByRole('alertdialog', { hidden: true });
  return dialogNow();
}

/**
 * The open dialog, found afresh, with `hidden: true`. Not load alone but jsdom: it lays nothing out,
 * so the body measures 0 × 0 and Fluent's focus manager (tabster) takes every element for
 * invisible. The dialog finds nothing inside to focus, focuses its own surface, tabster never
 * makes its modal the active one, and its own timer then marks the surface aria-hidden — every
 * time, some milliseconds after opening; load only decided whether a query came before or after
 * that timer. (Giving the body a size is not enough; in Chromium the browser tests find the dialog
 * by role, so users are not affected.)
 */
const dialogNow = () => within(screen.getByRole('alertdialog', { hidden: true }));

const packRef = { fileName: 'Møtebok Partnerskapsmøtet 11.06.26.pdf', driveItemId: 'pack', webUrl: 'https://example.sharepoint.com/sites/m/M%C3%B8tebok.pdf' };

/** A pack service whose folder holds `stored`, and a notice service that records what each send was asked to do. */
function packServices(stored?: typeof packRef) {
  const boardPacks: BoardPackService = { findStored: async () => stored, build: async () => Promise.reject(new Error('bygges av avsenderen')) };
  const sends: { kind: 'send' | 'update'; options: NoticeOptions | undefined }[] = [];
  const record = (kind: 'send' | 'update') => async (_committee: Committee, meeting: Versioned<Meeting>, _progress?: unknown, options?: NoticeOptions) => {
    sends.push({ kind, options });
    return meeting;
  };
  return { boardPacks, sends, overrides: { boardPacks, notices: { send: record('send'), sendUpdate: record('update') } } };
}

// The checks before sending know today's date in Oslo: the builders' meeting (11 June 2026) is ahead.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-05-20T10:00:00Z') });
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await setLanguage('nb');
});

describe('the checks before sending', () => {
  async function renderUnopened(committee: Committee, meeting: Meeting) {
    const { repository, editor } = await storedEditor(committee, meeting);
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} />, repository);
  }

  it('will not send a meeting with neither place nor Teams, and says why where the button points', async () => {
    await renderUnopened(aCommittee({ members }), { ...meetingWithVedlegg(), place: '', online: false });
    const button = await screen.findByRole('button', { name: 'Send innkalling' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const reason = 'Møtet har verken møtested eller Teams-møte. Fyll inn sted eller velg Teams.';
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    await waitFor(() => expect(described?.textContent).toContain(reason));
    expect(described?.textContent).toContain('Dette må rettes før innkallingen kan sendes:');
    fireEvent.click(button);
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
  });

  it('names a case number used twice in the committee’s own form, once', async () => {
    const amu = (id: string) => anItem(id, { caseNumber: v.parse(CaseNumberSchema, 'AMU-sak 12/26') });
    await renderUnopened(aCommittee({ members }), aMeeting({ items: [amu('a'), amu('b')] }));
    expect(await screen.findByText('Saksnummer AMU-sak 12/26 er brukt to ganger.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Send innkalling' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('will not send while a sak or vedlegg is marked unntatt offentlighet without its hjemmel, naming the sak and the document; the preview says «hjemmel mangler»', async () => {
    const exempt = anItem('x', { caseNumber: v.parse(CaseNumberSchema, '2026.13'), title: 'Klage på sjukeheimsplass', confidentiality: { exempt: {} } });
    const open = anItem('o', { caseNumber: v.parse(CaseNumberSchema, '2026.14'), attachments: [anAttachment('n', { number: 1, title: 'Internt notat', driveItemId: 'd1', size: 1000, exemption: {} })] });
    await renderUnopened(aCommittee({ members }), aMeeting({ items: [exempt, open] }));
    const button = await screen.findByRole('button', { name: 'Send innkalling' });
    expect(button.getAttribute('aria-disabled')).toBe('true');
    const described = document.getElementById(button.getAttribute('aria-describedby') ?? '');
    await waitFor(() => expect(described?.textContent).toContain('Sak 2026.13 er unntatt offentlighet, men hjemmelen mangler. Velg eller skriv hjemmelen under «Offentlighet» i saken.'));
    expect(described?.textContent).toContain('Vedlegget «Internt notat» i sak 2026.14 er unntatt offentlighet, men hjemmelen mangler. Velg eller skriv hjemmelen ved vedlegget.');
    fireEvent.click(button);
    expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull();
    fireEvent.click(await screen.findByRole('button', { name: 'Forhåndsvis innkallingen' }));
    const frame = await screen.findByTitle('Forhåndsvisning av innkallingen slik sekretariatet ser den (saker unntatt offentlighet i sin helhet)');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('Unntatt offentlighet, hjemmel mangler');
    expect(html).not.toContain('undefined');
  });

  it('lists a sak without anyone responsible in the dialog, and sends all the same', async () => {
    const world = packServices();
    const meeting = meetingWithVedlegg();
    await renderPanel(aCommittee({ members }), { ...meeting, items: [...meeting.items, anItem('b', { caseNumber: v.parse(CaseNumberSchema, 'AMU-sak 13/26') })] }, world.overrides);
    await waitFor(() => expect(dialogNow().getByText('Sak 2026.12 har ingen ansvarlig.')).toBeTruthy());
    expect(dialogNow().getByText('Sak 13/26 har ingen ansvarlig.')).toBeTruthy();
    expect(dialogNow().getByText('Sjekk dette før du sender:')).toBeTruthy();
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
  });

  it('asks no ansvarlig of the approval row, and names many saker without one in one line', async () => {
    const world = packServices();
    const approval = anItem('g', { caseNumber: v.parse(CaseNumberSchema, '1/27'), opening: true, title: 'Godkjenning av innkalling og sakliste' });
    const saker = ['2/27', '3/27', '4/27', '5/27'].map((number) => anItem(`s${number}`, { caseNumber: v.parse(CaseNumberSchema, number) }));
    await renderPanel(aCommittee({ members }), aMeeting({ chair: members[0], items: [approval, ...saker] }), world.overrides);
    await waitFor(() => expect(dialogNow().getByText('4 saker har ingen ansvarlig: 2/27, 3/27, 4/27, 5/27.')).toBeTruthy());
    expect(dialogNow().queryByText(/Sak 1\/27/)).toBeNull();
    expect(dialogNow().queryByText(/^Sak .* har ingen ansvarlig/)).toBeNull();
  });
});

describe('the send dialog', () => {
  it('names the vedlegg as the invite carries them, with sizes in kB under a megabyte', async () => {
    const dialog = await renderPanel(aCommittee({ members }), meetingWithVedlegg());
    const list = dialog.getByRole('list', { name: /^Vedlegg \(3\)/, hidden: true });
    expect(within(list).getAllByRole('listitem', { hidden: true }).map((item) => item.textContent)).toEqual([
      'Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf (850 kB)',
      'Vedlegg 2 - Sak 2026.12 Budsjett.xlsx (1,2 MB)',
      'Vedlegg 3 - Sak 2026.12 Nettsiden om planen (som lenke)',
    ]);
    expect(screen.getByRole('alertdialog', { hidden: true }).textContent).not.toContain('0,0 MB');
    expect(dialog.getByText('Vedlegg (3), til sammen 2,0 MB')).toBeTruthy();
  });

  it('shows that a long recipient list scrolls, and lets the keyboard reach it', async () => {
    const dialog = await renderPanel(aCommittee({ members }), meetingWithVedlegg());
    const list = dialog.getByRole('list', { name: 'Mottakere (9)', hidden: true });
    expect(within(list).getAllByRole('listitem', { hidden: true })).toHaveLength(9);
    expect(list.getAttribute('tabindex')).toBe('0');
    const hint = list.getAttribute('aria-describedby');
    expect(hint && document.getElementById(hint)?.textContent).toBe('Listen ruller: bla for å se alle 9.');
  });

  it('says «Ingen vedlegg.» in a paragraph of its own, not on the line of the møtebok checkbox', async () => {
    const world = packServices();
    const meeting = meetingWithVedlegg();
    await renderPanel(aCommittee({ members }), { ...meeting, items: meeting.items.map((item) => ({ ...item, attachments: [] })) }, world.overrides);
    const none = dialogNow().getByText('Ingen vedlegg.');
    expect(none.tagName).toBe('P');
    expect(none.contains(dialogNow().getByRole('checkbox', { name: 'Lag møtebok (PDF) og lenk til møteboken i innkallingen', hidden: true }))).toBe(false);
  });

  it('shows a short list in full, without a scrolling frame', async () => {
    const dialog = await renderPanel(aCommittee({ members: members.slice(0, 3) }), meetingWithVedlegg());
    const list = dialog.getByRole('list', { name: 'Mottakere (3)', hidden: true });
    expect(list.getAttribute('tabindex')).toBeNull();
    expect(screen.getByRole('alertdialog', { hidden: true }).textContent).not.toContain('Listen ruller');
  });

  it('offers to make the møtebok and link to it, ticked when a pack is in the folder, and sends with it only when ticked', async () => {
    const world = packServices(packRef);
    await renderPanel(aCommittee({ members }), meetingWithVedlegg(), world.overrides, 'Send innkalling', true);
    await waitFor(() => expect((dialogNow().getByRole('checkbox', { name: 'Lag møtebok (PDF) og lenk til møteboken i innkallingen', hidden: true }) as HTMLInputElement).checked).toBe(true));
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: { boardPack: world.boardPacks } });
  });

  it('sends without the møtebok when no pack is made and the box is left empty', async () => {
    const world = packServices();
    const dialog = await renderPanel(aCommittee({ members }), meetingWithVedlegg(), world.overrides);
    expect((dialog.getByRole('checkbox', { name: 'Lag møtebok (PDF) og lenk til møteboken i innkallingen', hidden: true }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: {} });
  });

  it('says in its own words why the sender refused, not the general «ikke tillatt slik møtet er nå»', async () => {
    const refuse = async () => Promise.reject(new DomainError('transitionNotAllowed', { key: 'noticeOnlyFromDraft' }));
    await renderPanel(aCommittee({ members }), meetingWithVedlegg(), { notices: { send: refuse, sendUpdate: refuse } });
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(dialogNow().getByText('Innkallingen kan bare sendes fra et møte som er under arbeid (utkast).')).toBeTruthy());
    expect(dialogNow().queryByText(/ikke tillatt slik møtet er nå/)).toBeNull();
  });

  it('a pack made after sending waits for the next update, which says it adds the link', async () => {
    const world = packServices(packRef);
    const sent = meetingWithVedlegg();
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: sent.items, attachmentIds: [] };
    await renderPanel(aCommittee({ members }), { ...sent, status: 'noticeSent', notice }, world.overrides, 'Send oppdatert innkalling', true);
    expect(await screen.findByText(/Møteboken er laget etter at innkallingen ble sendt, og deltakerne har ingen lenke til PDF-en ennå/)).toBeTruthy();
    await waitFor(() => expect(dialogNow().getByText('Møteboken (PDF) er lagt til som lenke')).toBeTruthy());
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'update', options: { boardPack: world.boardPacks } });
  });

  it('lists the changes as the update will word them: an unchanged exempt sak neither named nor said to have changed', async () => {
    const world = packServices();
    const exempt = anItem('x', {
      caseNumber: v.parse(CaseNumberSchema, '2026.13'),
      title: 'Klage på sjukeheimsplass – Olav Nesheim',
      summary: [{ type: 'paragraph', content: [{ text: 'Diagnosen til klagaren.' }] }],
      proposedConclusion: ['Klaga blir teken til orientering.'],
      confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Klage på sjukeheimsplass' } },
    });
    const open = anItem('o', { caseNumber: v.parse(CaseNumberSchema, '2026.14'), title: 'Bustadplan' });
    // As the sender keeps it (noticeSender.ts snapshotOf): the exempt sak as its public stub.
    const sentItems = [exemptStub(exempt), open];
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: sentItems, attachmentIds: [] };
    const meeting = aMeeting({ status: 'noticeSent', notice, items: [exempt, { ...open, title: 'Bustadplan 2027–2030' }] });
    await renderPanel(aCommittee({ members }), meeting, world.overrides, 'Send oppdatert innkalling');
    const dialog = screen.getByRole('alertdialog', { hidden: true });
    // The list of changes; the checks above it may name the sak by number to the secretariat (a sak without ansvarlig).
    const changes = dialogNow().getByText('Endringer siden forrige utsending').nextElementSibling;
    expect(changes?.textContent).toContain('endret tittel til «Bustadplan 2027–2030»');
    expect(dialog.textContent).not.toContain('Nesheim');
    expect(changes?.textContent).not.toContain('2026.13');
  });
});

describe('an update the workspace made itself', () => {
  // The workspace re-marks a saksgang on open when a råd is set up as one that gives uttalelser (useKnownAdvisoryMarks.ts):
  // the secretary finds an update waiting that she did not make, and is told what it changes and why before she sends.
  const routed = (advisory: boolean) =>
    anItem('r', {
      caseNumber: v.parse(CaseNumberSchema, '2026.15'),
      title: 'Aldersvennlig kommune',
      caseRoute: [{ body: 'Formannskapet' }, { body: 'Eldrerådet', ...(advisory ? { advisory: true } : {}) }, { body: 'Partnerskapsmøtet' }],
    });
  const updateWithMark = () => {
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: [routed(false)], attachmentIds: [] };
    return aMeeting({ status: 'noticeSent', notice, items: [routed(true)] });
  };

  it('says which sak, what the innkalling now heads its proposal, and that the råd’s setting is why, not a change of hers', async () => {
    await renderPanel(aCommittee({ members }), updateWithMark(), packServices().overrides, 'Send oppdatert innkalling');
    const why = await waitFor(() => dialogNow().getByTestId('notice-advisory-marks'));
    expect(why.textContent).toContain('Møtebok har endret saksgangen selv');
    expect(why.textContent).toContain('Sak 2026.15: Eldrerådet er satt opp som et råd som gir uttalelser');
    expect(why.textContent).toContain('«Innstilling fra Formannskapet», ikke «Innstilling fra Eldrerådet»');
    expect(why.textContent).toContain('innstillingene for Eldrerådet');
    // Not «Ingen endringer» above it: something did change.
    expect(dialogNow().queryByText(/Ingen endringer i sakslisten/)).toBeNull();
  });

  it('says the same in nynorsk and English screens', async () => {
    await renderPanel(aCommittee({ members }), updateWithMark(), {}, 'Send oppdatert innkalling', false, 'nn-NO');
    expect((await waitFor(() => dialogNow().getByTestId('notice-advisory-marks'))).textContent).toContain('Sak 2026.15: Eldrerådet er sett opp som eit råd som gjev fråsegner');
    cleanup();
    await renderPanel(aCommittee({ members }), updateWithMark(), {}, 'Send updated notice', false, 'en-US');
    expect((await waitFor(() => dialogNow().getByTestId('notice-advisory-marks'))).textContent).toContain('Sak 2026.15: Eldrerådet is set up as a council that gives statements');
  });

  it('says nothing of the kind when the marks are as sent', async () => {
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: [routed(true)], attachmentIds: [] };
    await renderPanel(aCommittee({ members }), aMeeting({ status: 'noticeSent', notice, items: [routed(true)] }), packServices().overrides, 'Send oppdatert innkalling');
    expect(dialogNow().getByText(/Ingen endringer i sakslisten/)).toBeTruthy();
    expect(dialogNow().queryByTestId('notice-advisory-marks')).toBeNull();
  });
});

describe('the preview of the innkalling', () => {
  it('shows an exempt sak in full to the secretariat, marked «Unntatt offentlighet» with its hjemmel', async () => {
    const exempt = anItem('x', {
      caseNumber: v.parse(CaseNumberSchema, '2026.13'),
      title: 'Klage på sjukeheimsplass – Olav Nesheim',
      summary: [{ type: 'paragraph', content: [{ text: 'Diagnosen til klagaren.' }] }],
      confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Klage på sjukeheimsplass' } },
    });
    const open = anItem('o', { caseNumber: v.parse(CaseNumberSchema, '2026.14'), title: 'Bustadplan' });
    const { repository, editor } = await storedEditor(aCommittee({ members }), aMeeting({ items: [exempt, open] }));
    renderWithServices(<NoticePanel committee={aCommittee({ members })} editor={editor} state={editor.getState()} />, repository);
    fireEvent.click(await screen.findByRole('button', { name: 'Forhåndsvis innkallingen' }));
    const frame = await screen.findByTitle('Forhåndsvisning av innkallingen slik sekretariatet ser den (saker unntatt offentlighet i sin helhet)');
    const html = frame.getAttribute('srcdoc') ?? '';
    expect(html).toContain('Klage på sjukeheimsplass – Olav Nesheim');
    expect(html).toContain('Diagnosen til klagaren.');
    const marked = html.indexOf('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(marked).toBeGreaterThan(html.indexOf('2026.13'));
    expect(marked).toBeLessThan(html.indexOf('Diagnosen til klagaren.'));
    expect(html.indexOf('Unntatt offentlighet', html.indexOf('2026.14'))).toBe(-1);
  });
});

describe('closing the preview with Escape', () => {
  it('closes it on Escape pressed inside its frame (the frame\'s own document), the focus back on the button that opened it', async () => {
    const { repository, editor } = await storedEditor(aCommittee({ members }), aMeeting());
    renderWithServices(<NoticePanel committee={aCommittee({ members })} editor={editor} state={editor.getState()} />, repository);
    const opener = await screen.findByRole('button', { name: 'Forhåndsvis innkallingen' });
    fireEvent.click(opener);
    const frame = await screen.findByTitle<HTMLIFrameElement>(/^Forhåndsvisning av innkallingen/);
    // Its scripts never run: only the page listens in it.
    expect(frame.getAttribute('sandbox')?.split(' ')).toEqual(['allow-same-origin']);
    fireEvent.load(frame);
    const inside = frame.contentDocument;
    expect(inside).not.toBeNull();
    // Another key does nothing.
    inside?.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(screen.queryByTitle(/^Forhåndsvisning av innkallingen/)).not.toBeNull();
    inside?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    await waitFor(() => expect(screen.queryByTitle(/^Forhåndsvisning av innkallingen/)).toBeNull());
    const button = screen.getByRole('button', { name: 'Forhåndsvis innkallingen' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});

describe('the send’s progress', () => {
  it('words the step the sender reports as data in the user’s language, the vedlegg named and counted', async () => {
    const cases = [
      ['nn-NO', 'Send innkalling', 'Legg ved Budsjett.xlsx (2 av 3) …'],
      ['en-GB', 'Send notice', 'Attaching Budsjett.xlsx (2 of 3) …'],
    ] as const;
    for (const [locale, button, line] of cases) {
      let release = () => {};
      const send = async (_committee: Committee, meeting: Versioned<Meeting>, progress?: (progress: NoticeProgress) => void) => {
        progress?.({ step: 'attachment', fileName: 'Budsjett.xlsx', index: 1, count: 3, bytesSent: 10, totalBytes: 20 });
        await new Promise<void>((resolve) => (release = resolve));
        return meeting;
      };
      const committee = aCommittee({ members });
      const { repository, editor } = await storedEditor(committee, meetingWithVedlegg());
      renderWithServices(
        <NoticePanel committee={committee} editor={editor} state={editor.getState()} />,
        repository,
        { locale, services: { notices: { send, sendUpdate: send } } },
      );
      fireEvent.click(await screen.findByRole('button', { name: button }));
      await screen.findByRole('alertdialog', { hidden: true });
      fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
      await waitFor(() => expect(dialogNow().getByRole('status', { hidden: true }).textContent).toBe(line));
      release();
      await waitFor(() => expect(screen.queryByRole('alertdialog', { hidden: true })).toBeNull());
      cleanup();
    }
  });
});

describe('a secretary signed in from another organisation (a guest)', () => {
  const guro = { directoryId: 'guro', addresses: ['guro.winsvold@faerder.kommune.example.no', 'guro.winsvold_faerder.kommune.example.no#EXT#@siv.example.no'] };
  const committee = aCommittee({ name: 'Kontrollutvalget i Sandefjord kommune', members, senderMailbox: 'kontrollutvalget@siv.example.no' });

  it('is told before sending that the innkalling cannot go from a guest account and who can send it, and the dialog does not send', async () => {
    const { sends, overrides } = packServices();
    const dialog = await renderPanel(committee, meetingWithVedlegg(), { notices: overrides.notices, signedInUser: async () => guro });
    await waitFor(() => expect(dialog.getByText('Du kan ikke sende innkallingen herfra')).toBeTruthy());
    const body = dialog.getByTestId('notice-guest').textContent ?? '';
    expect(body).toContain('kan ikke sende fra møteorganets felles postboks');
    expect(body).toContain('Be noen i sekretariatet for Kontrollutvalget i Sandefjord kommune som har konto i organisasjonen, sende innkallingen, eller be IT om en konto i organisasjonen');
    const send = dialog.getByRole('button', { name: 'Send', hidden: true });
    expect(send.hasAttribute('disabled') || send.getAttribute('aria-disabled') === 'true').toBe(true);
    fireEvent.click(send);
    expect(sends).toEqual([]);
  });

  it('says it in nynorsk and English too; someone with an account in the organisation is not told', async () => {
    let dialog = await renderPanel(committee, meetingWithVedlegg(), { signedInUser: async () => guro }, 'Send innkalling', false, 'nn-NO');
    await waitFor(() => expect(dialog.getByText('Du kan ikkje sende innkallinga herifrå')).toBeTruthy());
    cleanup();
    dialog = await renderPanel(committee, meetingWithVedlegg(), { signedInUser: async () => guro }, 'Send notice', false, 'en-GB');
    await waitFor(() => expect(dialog.getByText('You cannot send the notice from here')).toBeTruthy());
    cleanup();
    await setLanguage('nb');
    dialog = await renderPanel(committee, meetingWithVedlegg(), { signedInUser: async () => ({ addresses: ['hilde.kari.maugesten@siv.example.no'] }) });
    // The identity is answered asynchronously: give it the time the guest's notice takes above.
    await act(async () => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(dialog.queryByTestId('notice-guest')).toBeNull();
    const send = dialog.getByRole('button', { name: 'Send', hidden: true });
    expect(send.hasAttribute('disabled')).toBe(false);
  });
});

describe('invitees who cannot open what lives in SharePoint', () => {
  const outsider = members[8] ?? { name: '', email: '' };
  const notYet = members[7] ?? { name: '', email: '' };
  const access = {
    canRepair: true,
    findings: [
      {
        target: { kind: 'committee' as const, committeeId: 'pm', committee: 'Partnerskapsmøtet' },
        problem: 'noAccount' as const,
        who: outsider.email,
        name: outsider.name,
      },
      { target: { kind: 'folder' as const, path: 'Partnerskapsmøtet', committeeId: 'pm' }, problem: 'missing' as const, who: notYet.email, level: 'read' as const },
      // Another committee's people are not this send's.
      { target: { kind: 'committee' as const, committeeId: 'annet', committee: 'Annet' }, problem: 'noAccount' as const, who: 'medlem1@kommune.example.no' },
    ],
  };
  // Sizes as SharePoint gives them: whole bytes.
  const files = vedlegg.map((entry) => (entry.size === undefined ? entry : { ...entry, size: Math.round(entry.size) }));
  const withMemo = (): Meeting =>
    aMeeting({ items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.12'), attachments: files, caseMemo: { driveItemId: 'memo', fileName: 'Saksframlegg 2026.12.docx' } })] });

  async function renderWithAccess(committee: Committee, meeting: Meeting, button = 'Send innkalling') {
    const world = packServices();
    const { repository, editor } = await storedEditor(committee, meeting);
    const services = { notices: world.overrides.notices };
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} access={access} />, repository, { services });
    fireEvent.click(await screen.findByRole('button', { name: button }));
    await screen.findByRole('alertdialog', { hidden: true });
    return world;
  }

  it('names each one in the send dialog with what they cannot open and what they get instead, offers to attach the linked vedlegg, and still sends', async () => {
    const world = await renderWithAccess(aCommittee({ members, attachmentMode: 'link' }), withMemo());
    const warning = dialogNow().getByTestId('notice-reach');
    expect(warning.textContent).toContain(
      'Medlem 9 <medlem9@kommune.example.no> har ingen konto i organisasjonen, heller ikke som gjest, og kan ikke åpne vedleggene som bare sendes som lenke (2) og saksframleggene (1). Vedkommende får sakslisten med tid, sted og Teams-lenken i invitasjonen og innkallingen som Word-fil. IT kan invitere adressen som gjest.',
    );
    expect(warning.textContent).toContain('Medlem 8 <medlem8@kommune.example.no> har ennå ikke tilgang til møteorganets mappe i SharePoint og kan ikke åpne saksframleggene (1).');
    expect(warning.textContent).toContain('«Rett tilgangene» øverst i arbeidsområdet gir tilgang.');
    expect(warning.textContent).not.toContain('medlem1@');
    const offer = dialogNow().getByRole('checkbox', { name: /Legg ved vedleggene som filer også denne gangen/, hidden: true }) as HTMLInputElement;
    expect(offer.checked).toBe(false);
    fireEvent.click(offer);
    // Ticked: the vedlegg are listed as files, and the person without an account is told they get them.
    await waitFor(() => expect(dialogNow().getByText('Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf (850 kB)')).toBeTruthy());
    expect(dialogNow().getByTestId('notice-reach').textContent).toContain('innkallingen som Word-fil og 2 vedlegg som filer.');
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: { attachLinked: true } });
  });

  it('offers no files when the committee attaches them already, and sends as the committee says', async () => {
    const world = await renderWithAccess(aCommittee({ members, attachmentMode: 'fileAndLink' }), withMemo());
    expect(dialogNow().getByTestId('notice-reach').textContent).toContain('kan ikke åpne saksframleggene (1). Vedkommende får sakslisten med tid, sted og Teams-lenken i invitasjonen og innkallingen som Word-fil og 2 vedlegg som filer.');
    expect(dialogNow().queryByRole('checkbox', { name: /Legg ved vedleggene/, hidden: true })).toBeNull();
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: {} });
  });

  it('offers the update ticked when the last innkalling attached the linked vedlegg, says why, and keeps attaching them', async () => {
    const sent = withMemo();
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: sent.items, attachmentIds: [], attachedLinked: true };
    const world = await renderWithAccess(aCommittee({ members, attachmentMode: 'link' }), { ...sent, status: 'noticeSent', notice }, 'Send oppdatert innkalling');
    const offer = dialogNow().getByRole('checkbox', { name: /Legg ved vedleggene som filer også denne gangen/, hidden: true }) as HTMLInputElement;
    expect(offer.checked).toBe(true);
    expect(dialogNow().getByText(/Forrige innkalling hadde vedleggene som filer, derfor er det krysset av\. Uten haken tar oppdateringen filene bort fra invitasjonen\./)).toBeTruthy();
    expect(dialogNow().getByText('Vedlegg 1 - Sak 2026.12 Kompetanseplan 2027 utkast.pdf (850 kB)')).toBeTruthy();
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'update', options: { attachLinked: true } });
  });

  it('sends the update without the files when the secretary takes the tick off', async () => {
    const sent = withMemo();
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: sent.items, attachmentIds: [], attachedLinked: true };
    const world = await renderWithAccess(aCommittee({ members, attachmentMode: 'link' }), { ...sent, status: 'noticeSent', notice }, 'Send oppdatert innkalling');
    fireEvent.click(dialogNow().getByRole('checkbox', { name: /Legg ved vedleggene som filer også denne gangen/, hidden: true }));
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'update', options: {} });
  });

  it('names, before Send, the member with no account who must get a sak unntatt offentlighet, and Send waits: SharePoint cannot grant her it, so the send would refuse', async () => {
    const exempt = anItem('x', { caseNumber: v.parse(CaseNumberSchema, '2026.13'), title: 'Klage', confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } });
    const world = await renderWithAccess(aCommittee({ members, attachmentMode: 'fileAndLink' }), { ...meetingWithVedlegg(), items: [...meetingWithVedlegg().items, exempt] });
    const blocked = dialogNow().getByTestId('notice-exempt-unreachable');
    expect(blocked.textContent).toContain('Innkallingen kan ikke sendes før dette er rettet');
    expect(blocked.textContent).toContain(
      'Medlem 9 <medlem9@kommune.example.no> har ingen konto i organisasjonen, heller ikke som gjest, så SharePoint kan ikke gi vedkommende tilgang til sak 2026.13, som er unntatt offentlighet.',
    );
    expect(blocked.textContent).toContain('Be IT invitere adressen som gjest, rett adressen i innstillingene for møteorganet, eller fjern merket «Saken er unntatt offentlighet».');
    const send = dialogNow().getByRole('button', { name: 'Send', hidden: true });
    expect(send.hasAttribute('disabled')).toBe(true);
    fireEvent.click(send);
    expect(world.sends).toHaveLength(0);
  });

  it('says nothing when nobody lacks anything they are sent', async () => {
    await renderWithAccess(aCommittee({ members, attachmentMode: 'fileAndLink' }), meetingWithVedlegg());
    expect(dialogNow().queryByTestId('notice-reach')).toBeNull();
  });
});

describe('the least notice before the meeting (conventions.noticeDays; a generalforsamling\'s week, aksjeloven § 5-10)', () => {
  // Today is 20 May 2026 (the fake clock above): a meeting on 25 May should have had its innkalling by 18 May.
  const withNotice = () => aCommittee({ members, conventions: v.parse(ConventionsSchema, { noticeDays: 7 }) });
  const soon = () => ({ ...meetingWithVedlegg(), date: '2026-05-25' });

  it('warns, naming the last day, when the innkalling goes out later, and sends only once the secretary confirms', async () => {
    const world = packServices();
    await renderPanel(withNotice(), soon(), world.overrides);
    const late = await waitFor(() => dialogNow().getByTestId('notice-late'));
    expect(late.textContent).toContain('Innkallingen sendes etter fristen');
    expect(late.textContent).toContain('minst 7 dager før møtet, altså senest 18.05.2026');
    const send = dialogNow().getByRole('button', { name: 'Send', hidden: true });
    expect(send.hasAttribute('disabled')).toBe(true);
    fireEvent.click(dialogNow().getByRole('checkbox', { name: 'Send likevel, etter fristen', hidden: true }));
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toHaveLength(1));
  });

  it('says nothing when there is time, or the committee sets no limit', async () => {
    await renderPanel(withNotice(), meetingWithVedlegg(), packServices().overrides);
    expect(dialogNow().queryByTestId('notice-late')).toBeNull();
    cleanup();
    await renderPanel(aCommittee({ members }), soon(), packServices().overrides);
    expect(dialogNow().queryByTestId('notice-late')).toBeNull();
  });

  // The innkalling went out on 10 May for a meeting on 4 June; today (20 May) is after 18 May, the last day for 25 May.
  const sentFor = (meeting: Meeting, date: string): Meeting => ({
    ...meeting,
    status: 'noticeSent',
    notice: { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-10T08:00:00.000Z', version: 1, items: meeting.items, attachmentIds: [], details: { date, place: meeting.place, online: meeting.online } },
  });

  it('warns the same way when an update moves the meeting to an earlier date after its last day, and sends once confirmed', async () => {
    const world = packServices();
    await renderPanel(withNotice(), sentFor(soon(), '2026-06-04'), world.overrides, 'Send oppdatert innkalling');
    const late = await waitFor(() => dialogNow().getByTestId('notice-late'));
    expect(late.textContent).toContain('Oppdateringen sendes etter fristen');
    expect(late.textContent).toContain('Møtet er flyttet til en tidligere dato. Innkallingen skal sendes minst 7 dager før møtet, altså senest 18.05.2026');
    expect(dialogNow().getByRole('button', { name: 'Send', hidden: true }).hasAttribute('disabled')).toBe(true);
    fireEvent.click(dialogNow().getByRole('checkbox', { name: 'Send likevel, etter fristen', hidden: true }));
    fireEvent.click(dialogNow().getByRole('button', { name: 'Send', hidden: true }));
    await waitFor(() => expect(world.sends).toEqual([{ kind: 'update', options: {} }]));
  });

  it('warns when an update adds a sak after the last day, and not for an update that only changes the place', async () => {
    const sent = sentFor(soon(), '2026-05-25');
    await renderPanel(withNotice(), { ...sent, items: [...sent.items, anItem('ny', { caseNumber: v.parse(CaseNumberSchema, '2026.13'), title: 'Ny sak' })] }, packServices().overrides, 'Send oppdatert innkalling');
    expect((await waitFor(() => dialogNow().getByTestId('notice-late'))).textContent).toContain('En ny sak er lagt til.');
    cleanup();
    await renderPanel(withNotice(), { ...sent, place: 'Rådhuset' }, packServices().overrides, 'Send oppdatert innkalling');
    expect(dialogNow().queryByTestId('notice-late')).toBeNull();
    expect(dialogNow().getByRole('button', { name: 'Send', hidden: true }).hasAttribute('disabled')).toBe(false);
  });

  it('says it in nynorsk and English too', async () => {
    await setLanguage('nn');
    await renderPanel(withNotice(), soon(), { notices: packServices().overrides.notices }, 'Send innkalling', false, 'nn');
    expect((await waitFor(() => dialogNow().getByTestId('notice-late'))).textContent).toContain('seinast 18.05.2026');
    cleanup();
    await setLanguage('en');
    await renderPanel(withNotice(), soon(), { notices: packServices().overrides.notices }, 'Send notice', false, 'en');
    expect((await waitFor(() => dialogNow().getByTestId('notice-late'))).textContent).toContain('by 18.05.2026');
  });
});

describe('a sak taken from another body whose exempt files lie there, with the committee\'s own level missing', () => {
  const treatment = { body: 'Planutvalget', date: '2026-05-20', caseNumber: 'PS 14/26', proceedings: [], recommendation: [] };
  const notat = anAttachment('notat', { number: 1, title: 'Notat', fileName: 'Notat.pdf', webUrl: 'https://example.sharepoint.com/sites/m/Shared%20Documents/Notat.pdf', exemption: { basis: 'offl. § 14 første ledd' } });
  const carried = anItem('carried', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), earlierTreatments: [treatment], attachments: [notat] });
  const committee = aCommittee({ id: 'ks', name: 'Kommunestyret', members });
  const levelMissing = { target: { kind: 'committee' as const, committeeId: 'ks', committee: 'Kommunestyret' }, problem: 'levelMissing' as const, levelName: 'Møtebok hentet sak ks' };

  async function openDialog(items: Meeting['items']) {
    const asked: string[] = [];
    const sitePermissions = {
      check: async () => ({ checked: true, findings: [] }),
      repair: async () => ({ checked: true, findings: [] }),
      freeze: async () => undefined,
      unfreeze: async () => undefined,
      carriedLevel: async (of: Committee) => {
        asked.push(of.id);
        return [levelMissing];
      },
    };
    const meeting = aMeeting({ committeeId: 'ks', items });
    const { repository, editor } = await storedEditor(committee, meeting);
    // The start-up check ran before the sak was taken in: it knows nothing of the level.
    const access = { canRepair: false, findings: [] };
    const services = { notices: packServices().overrides.notices, sitePermissions };
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} access={access} />, repository, { services });
    fireEvent.click(await screen.findByRole('button', { name: 'Send innkalling' }));
    await screen.findByRole('alertdialog', { hidden: true });
    return asked;
  }

  it('the send dialog asks for the level once and says the planutvalg\'s next send takes her members\' access away until the site owner repairs', async () => {
    const asked = await openDialog([carried]);
    const warning = await waitFor(() => dialogNow().getByTestId('notice-carried-level'));
    expect(warning.textContent).toContain('Dokumentene unntatt offentlighet i 2026.03 ligger hos Planutvalget.');
    expect(warning.textContent).toContain('den neste utsendingen fra Planutvalget tar den bort igjen');
    expect(asked).toEqual(['ks']);
  });

  it('a meeting without such a sak asks nothing', async () => {
    const asked = await openDialog([anItem('own', { caseNumber: v.parse(CaseNumberSchema, '2026.04') })]);
    expect(dialogNow().queryByTestId('notice-carried-level')).toBeNull();
    expect(asked).toEqual([]);
  });
});

describe('a sak no longer marked exempt since the innkalling was sent', () => {
  // A referent can take the marking off through Graph (Contribute on the sak's row); the update's send would open the sak's
  // row and vedlegg to every member. The dialog names it before the secretariat sends (domain openedAfterNotice).
  const exempt = anItem('x', {
    caseNumber: v.parse(CaseNumberSchema, '2026.13'),
    title: 'Klage på sjukeheimsplass – Olav Nesheim',
    confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Klage på sjukeheimsplass' } },
  });
  const { confidentiality: _marking, ...unmarked } = exempt;
  const update = () => {
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: [exemptStub(exempt)], attachmentIds: [] };
    return aMeeting({ status: 'noticeSent', notice, items: [unmarked] });
  };

  it.each([
    ['nb-NO', 'Send oppdatert innkalling', 'Sak 2026.13 Klage på sjukeheimsplass – Olav Nesheim var unntatt offentlighet i forrige utsending, men er ikke merket nå.', 'merk den igjen under «Offentlighet»'],
    ['nn-NO', 'Send oppdatert innkalling', 'Sak 2026.13 Klage på sjukeheimsplass – Olav Nesheim var unnateken offentlegheit i førre utsending, men er ikkje merkt no.', 'merk henne att under «Offentlegheit»'],
    ['en-US', 'Send updated notice', 'Sak 2026.13 Klage på sjukeheimsplass – Olav Nesheim was exempt from public access in the last send, but is not marked now.', 'mark it again under “Public access”'],
  ])('names it and what the send would open, and how to keep it closed (%s)', async (locale, button, line, fix) => {
    await renderPanel(aCommittee({ members }), update(), {}, button, false, locale);
    const note = await waitFor(() => dialogNow().getByTestId('notice-opened-since'));
    expect(note.textContent).toContain(line);
    expect(note.textContent).toContain(fix);
  });

  it('says nothing while the marking is kept', async () => {
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: [exemptStub(exempt)], attachmentIds: [] };
    await renderPanel(aCommittee({ members }), aMeeting({ status: 'noticeSent', notice, items: [{ ...exempt, title: 'Klage – Olav Nesheim' }] }), packServices().overrides, 'Send oppdatert innkalling');
    await waitFor(() => expect(dialogNow().getByText('Endringer siden forrige utsending')).toBeTruthy());
    expect(dialogNow().queryByTestId('notice-opened-since')).toBeNull();
  });
});

describe('an innkalling whose vedlegg are too large for mail (domain/inviteSize.ts)', () => {
  const MB = 1024 * 1024;
  const outsider = members[8] ?? { name: '', email: '' };
  const thick = [
    anAttachment('pakke1', { number: 1, title: 'Saksframlegg samlet del 1', fileName: 'Del 1.pdf', driveItemId: 'd1', size: 20 * MB }),
    anAttachment('pakke2', { number: 2, title: 'Saksframlegg samlet del 2', fileName: 'Del 2.pdf', driveItemId: 'd2', size: 23 * MB }),
  ];
  const thickMeeting = (): Meeting => aMeeting({ items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.12'), attachments: thick })] });
  const noAccount = {
    canRepair: true,
    findings: [{ target: { kind: 'committee' as const, committeeId: 'pm', committee: 'Partnerskapsmøtet' }, problem: 'noAccount' as const, who: outsider.email, name: outsider.name }],
  };

  async function open(meeting: Meeting, options: { access?: typeof noAccount; button?: string; locale?: string } = {}) {
    const world = packServices();
    const { repository, editor } = await storedEditor(aCommittee({ members, attachmentMode: 'fileAndLink' }), meeting);
    const access = options.access;
    renderWithServices(<NoticePanel committee={aCommittee({ members, attachmentMode: 'fileAndLink' })} editor={editor} state={editor.getState()} {...(access ? { access } : {})} />, repository, {
      services: { notices: world.overrides.notices },
      ...(options.locale ? { locale: options.locale } : {}),
    });
    fireEvent.click(await screen.findByRole('button', { name: options.button ?? 'Send innkalling' }));
    await screen.findByRole('alertdialog', { hidden: true });
    return world;
  }
  const sendButton = () => dialogNow().getByRole('button', { name: 'Send', hidden: true }) as HTMLButtonElement;
  const testConfig = configFromEnv({});

  it('says the size as mail counts it and the limit, holds Send back, and sends once with links when the secretary chooses them', async () => {
    const world = await open(thickMeeting());
    const note = dialogNow().getByTestId('notice-invite-size');
    expect(note.textContent).toContain('Vedleggene er for store til å sendes med e-post');
    // The vedlegg alone are 57,3 MB encoded; with the innkalling (.docx, as made when the dialog opens) and the body, more.
    await waitFor(() => expect(note.textContent).toMatch(/er til sammen 43,0 MB\. Med innkallingen \(Word\) og teksten blir e-posten omtrent 57,[4-9] MB slik e-post koder den\./));
    expect(note.textContent).toContain('En e-post kan som standard være høyst 35,0 MB (Exchange Online), så Microsoft 365 ville avvist innkallingen.');
    expect(note.textContent).toContain('Velg lenker, eller gjør vedleggene mindre.');
    expect(sendButton().disabled).toBe(true);
    expect(dialogNow().getByText('Vedlegg 2 - Sak 2026.12 Saksframlegg samlet del 2.pdf (23,0 MB)')).toBeTruthy();

    fireEvent.click(dialogNow().getByRole('checkbox', { name: 'Send vedleggene som lenker til møteorganets bibliotek i SharePoint denne gangen', hidden: true }));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    // Listed as they will go: links, no size to carry.
    expect(dialogNow().getByText('Vedlegg 2 - Sak 2026.12 Saksframlegg samlet del 2 (som lenke)')).toBeTruthy();
    fireEvent.click(sendButton());
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: { linkInstead: true } });
  });

  it('names the invitee with no account whom links would not reach, and holds Send back', async () => {
    const world = await open(thickMeeting(), { access: noAccount });
    // Attached, the files reach her: nothing to say.
    expect(dialogNow().queryByTestId('notice-reach')).toBeNull();
    fireEvent.click(dialogNow().getByRole('checkbox', { name: /Send vedleggene som lenker/, hidden: true }));
    const held = await waitFor(() => dialogNow().getByTestId('notice-links-unreachable'));
    // The warning above says what is true with links: the vedlegg are links she cannot open.
    expect(dialogNow().getByTestId('notice-reach').textContent).toContain('kan ikke åpne vedleggene som bare sendes som lenke (2).');
    expect(held.textContent).toContain('Medlem 9 <medlem9@kommune.example.no> har ingen konto i organisasjonen, heller ikke som gjest, og kan ikke åpne lenkene.');
    expect(sendButton().disabled).toBe(true);
    fireEvent.click(sendButton());
    expect(world.sends).toEqual([]);
  });

  it('says nothing and sends the files when they fit', async () => {
    const world = await open(meetingWithVedlegg());
    expect(dialogNow().queryByTestId('notice-invite-size')).toBeNull();
    fireEvent.click(sendButton());
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: {} });
  });

  it('holds an update that adds a large vedlegg back the same way, and sends it once with links', async () => {
    const small = meetingWithVedlegg();
    const notice = { eventId: 'e1', transactionId: 't1', sentAt: '2026-05-20T10:00:00.000Z', version: 1, items: small.items, attachmentIds: [] };
    const grown = { ...small, status: 'noticeSent' as const, notice, items: small.items.map((item) => ({ ...item, attachments: [...item.attachments, ...thick.map((a, i) => ({ ...a, id: `ny${i}`, number: 4 + i }))] })) };
    const world = await open(grown, { button: 'Send oppdatert innkalling' });
    expect(dialogNow().getByTestId('notice-invite-size').textContent).toContain('til sammen 45,0 MB');
    expect(sendButton().disabled).toBe(true);
    fireEvent.click(dialogNow().getByRole('checkbox', { name: /Send vedleggene som lenker/, hidden: true }));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    fireEvent.click(sendButton());
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'update', options: { linkInstead: true } });
  });

  it('when the sender refuses for sizes the library has now (a file replaced in SharePoint), says nothing was sent, the true size, and sends once with links', async () => {
    const meeting = meetingWithVedlegg();
    const committee = aCommittee({ members, attachmentMode: 'fileAndLink' });
    const { repository, editor } = await storedEditor(committee, meeting);
    // The sender's refusal as it makes it (graph/noticeSender.ts): its fit by the library's sizes, and those sizes.
    const sizes = { plan: 850 * 1024, budsjett: 30 * MB };
    const sends: (NoticeOptions | undefined)[] = [];
    const send = async (_c: Committee, stored: Versioned<Meeting>, _p?: unknown, options?: NoticeOptions) => {
      sends.push(options);
      if (options?.linkInstead) return stored;
      const fit = inviteMailFit(committee, withSizes(stored.value, sizes), 'fileAndLink', undefined, 40_000);
      if (!fit.reason) throw new Error('the test\'s sizes should not fit');
      throw new InviteTooLargeError({ ...fit, reason: fit.reason }, sizes);
    };
    const notices = { send, sendUpdate: send };
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} />, repository, { services: { notices } });
    fireEvent.click(await screen.findByRole('button', { name: 'Send innkalling' }));
    await screen.findByRole('alertdialog', { hidden: true });
    // By the sizes Møtebok stored, it fits: nothing to say, Send offered.
    expect(dialogNow().queryByTestId('notice-invite-size')).toBeNull();
    fireEvent.click(sendButton());
    const note = await waitFor(() => dialogNow().getByTestId('notice-invite-size'));
    expect(note.textContent).toContain('Ingenting er sendt. Filene i SharePoint er større enn da de ble lagt til møtet');
    expect(note.textContent).toContain('er til sammen 30,8 MB.');
    expect(dialogNow().getByText('Vedlegg 2 - Sak 2026.12 Budsjett.xlsx (30,0 MB)')).toBeTruthy();
    // Said once, by the note, not again as an error line with the refusal's words (domainReasonMessages `size.totalTooLarge`).
    expect(dialogNow().queryByText(/Vedleggene er til sammen/)).toBeNull();
    expect(sendButton().disabled).toBe(true);
    fireEvent.click(dialogNow().getByRole('checkbox', { name: /Send vedleggene som lenker/, hidden: true }));
    await waitFor(() => expect(sendButton().disabled).toBe(false));
    fireEvent.click(sendButton());
    await waitFor(() => expect(sends).toHaveLength(2));
    expect(sends).toEqual([{}, { linkInstead: true }]);
  });

  it('says the limit IT set in the build (MOTEBOK_MAX_SEND_SIZE_MB) as such, and lets through what fits under it', async () => {
    const committee = aCommittee({ members, attachmentMode: 'fileAndLink' });
    const { repository, editor } = await storedEditor(committee, thickMeeting());
    const world = packServices();
    renderWithServices(<NoticePanel committee={committee} editor={editor} state={editor.getState()} />, repository, {
      services: { notices: world.overrides.notices, config: { ...testConfig, maxSendBytes: 50 * MB } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send innkalling' }));
    await screen.findByRole('alertdialog', { hidden: true });
    const note = dialogNow().getByTestId('notice-invite-size');
    expect(note.textContent).toContain('IT har satt grensen for e-post fra organisasjonen til 50,0 MB, så Microsoft 365 ville avvist innkallingen.');
    cleanup();

    const { repository: again, editor: editor2 } = await storedEditor(committee, thickMeeting());
    renderWithServices(<NoticePanel committee={committee} editor={editor2} state={editor2.getState()} />, again, {
      services: { notices: world.overrides.notices, config: { ...testConfig, maxSendBytes: 150 * MB } },
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Send innkalling' }));
    await screen.findByRole('alertdialog', { hidden: true });
    expect(dialogNow().queryByTestId('notice-invite-size')).toBeNull();
    fireEvent.click(sendButton());
    await waitFor(() => expect(world.sends).toHaveLength(1));
    expect(world.sends[0]).toEqual({ kind: 'send', options: {} });
  });

  it('says it in nynorsk', async () => {
    await setLanguage('nn');
    await open(thickMeeting(), { locale: 'nn' });
    const note = dialogNow().getByTestId('notice-invite-size');
    expect(note.textContent).toContain('Vedlegga er for store til å sendast med e-post');
    expect(note.textContent).toMatch(/til saman 43,0 MB\. Med innkallinga \(Word\) og teksten vert e-posten omtrent 57,\d MB slik e-post kodar han\./);
    expect(note.textContent).toContain('Ein e-post kan som standard vere høgst 35,0 MB (Exchange Online)');
    expect(dialogNow().getByRole('checkbox', { name: /Send vedlegga som lenkjer til biblioteket til møteorganet/, hidden: true })).toBeTruthy();
  });
});
