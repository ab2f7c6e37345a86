import { describe, expect, it } from 'vitest';
import { EXEMPT_STUB_VERSION, entitlementChanged, exemptRowAccess, exemptStub, stubAsRead } from './exemptRowAccess';
import { personViewer, publicVersion, stageView, viewFor } from './confidentiality';
import type { AgendaItem, MeetingFile } from './model';
import { aCommittee, anItem } from './testing/builders';
import { accessTable, anExemptFile, anExemptItem, people } from './testing/exemptCommittee';

const { secretary, referent, chair, member, vara, observer, guest } = people;
const exempt = (grants: string[] = []): AgendaItem => anExemptItem('personal', '2026.01', grants);
const aFile = (item: AgendaItem, substitutesMaySee = false): MeetingFile => anExemptFile([item], substitutesMaySee);
const table = accessTable;

describe('the role assignments of an exempt sak’s list row', () => {
  it('gives the secretariat Full Control, the referents Contribute, the entitled Read and nobody else', () => {
    const item = exempt();
    expect(table(exemptRowAccess(aFile(item), item, { frozen: false }))).toEqual([
      `${member.email} → read`,
      `${chair.email} → read`,
      `${referent.email} → write`,
      `${secretary.email} → manage`,
    ].sort());
  });

  it('demotes the referents to Read once the meeting is frozen, and keeps the secretariat managing', () => {
    const item = exempt();
    expect(table(exemptRowAccess(aFile(item), item, { frozen: true }))).toEqual([`${member.email} → read`, `${chair.email} → read`, `${referent.email} → read`, `${secretary.email} → manage`].sort());
  });

  it('lets a vara read only when the committee lets vara see exempt content', () => {
    const item = exempt();
    const emails = (file: MeetingFile) => exemptRowAccess(file, item, { frozen: false })?.map((entry) => entry.person.email);
    expect(emails(aFile(item, false))).not.toContain(vara.email);
    expect(emails(aFile(item, true))).toContain(vara.email);
  });

  it('gives an observer or guest Read only on the sak the secretariat granted them', () => {
    const item = exempt([observer.email]);
    const emails = exemptRowAccess(aFile(item), item, { frozen: false })?.map((entry) => entry.person.email);
    expect(emails).toContain(observer.email);
    expect(emails).not.toContain(guest.email);
  });

  it('keeps the highest level for a person in several roles (a referent who is also a member writes)', () => {
    const item = exempt();
    const file = aFile(item);
    const withReferentAsMember = { ...file, committee: { ...file.committee, members: [...file.committee.members, referent] } };
    const entries = exemptRowAccess(withReferentAsMember, item, { frozen: false }) ?? [];
    expect(entries.filter((entry) => entry.person.email === referent.email).map((entry) => entry.level)).toEqual(['write']);
  });

  it('leaves the row of a sak with nothing exempt in it to inherit', () => {
    const open = anItem('budget', { caseNumber: '2026.02' as never, title: 'Budsjett 2027' });
    expect(exemptRowAccess(aFile(open), open, { frozen: false })).toBeUndefined();
  });

  it('closes the row of a sak with only an exempt vedlegg: the row names the file', () => {
    const vedleggOnly = anItem('vedlegg', {
      caseNumber: '2026.05' as never,
      title: 'Avtale',
      attachments: [{ id: 'v1', number: 1, title: 'Forhandlingsnotat', fileName: 'Forhandlingsnotat.pdf', exemption: { basis: 'offl. § 23 første ledd' } }],
    });
    expect(exemptRowAccess(aFile(vedleggOnly), vedleggOnly, { frozen: false })?.map((entry) => entry.person.email)).not.toContain(vara.email);
    expect(JSON.stringify(exemptStub(vedleggOnly))).not.toContain('Forhandlingsnotat');
  });

  it('closes the row of a sak whose saksframlegg is exempt: its background is written in the row', () => {
    const memoOnly = anItem('memo', { caseNumber: '2026.03' as never, title: 'Avtale', background: [{ type: 'paragraph', content: [{ text: 'Forhandlingsposisjonen er 12 mill.' }] }], confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } } });
    expect(table(exemptRowAccess(aFile(memoOnly), memoOnly, { frozen: true }))).toEqual([`${member.email} → read`, `${chair.email} → read`, `${referent.email} → read`, `${secretary.email} → manage`].sort());
  });
});

describe('the public stub of a sak whose row is closed', () => {
  const personal = (): AgendaItem => ({
    ...exempt([observer.email]),
    summary: [{ type: 'paragraph', content: [{ text: 'Avdelingsleder Hansen har fått varsel om oppsigelse.' }] }],
    proposedConclusion: ['Oppsigelsen opprettholdes.'],
    conclusion: ['Oppsigelsen av Hansen opprettholdes.'],
    presenters: [{ name: 'Kari Personalsjef' }],
    attachments: [{ id: 'v1', number: 3, title: 'Varsel til Hansen', fileName: 'Varsel til Hansen.pdf', driveItemId: 'd1', webUrl: 'https://example.sharepoint.com/v1' }],
  });

  it('carries nothing of an exempt sak but what its public version shows (number, marking, presenters, numbered vedlegg lines), and no grants', () => {
    const item = personal();
    const stub = exemptStub(item);
    const text = JSON.stringify(stub);
    for (const secret of ['Hansen', 'Oppsigelse', 'Varsel', 'd1', 'https:', observer.email]) expect(text).not.toContain(secret);
    expect(stub).toMatchObject({ id: item.id, caseNumber: '2026.01', title: 'Personalsak', confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1' } } });
    expect(stub.attachments.map((attachment) => [attachment.number, attachment.fileName])).toEqual([[3, 'Unntatt offentlighet.pdf']]);
  });

  it('shows a reader without access exactly what the sak itself shows them', () => {
    const item = personal();
    const file = aFile(item);
    const fromStub = { ...file, meeting: { ...file.meeting, items: [{ ...exemptStub(item), restricted: true as const }] } };
    const flagged = (items: AgendaItem[]) => items.map((shown) => ({ ...shown, restricted: true }));
    expect(viewFor(fromStub, personViewer(vara.email)).meeting.items).toEqual(flagged(viewFor(file, personViewer(vara.email)).meeting.items));
    // The stage, the public documents: the same public version.
    expect(stageView(fromStub).meeting.items).toEqual(flagged(stageView(file).meeting.items));
    expect(publicVersion(fromStub).meeting.items).toEqual(flagged(publicVersion(file).meeting.items));
    // A reader who would be entitled but has only the stub (the row not yet opened to them) sees the public version, not the placeholders.
    expect(viewFor(fromStub, personViewer(member.email)).meeting.items[0]?.summary).toEqual(viewFor(file, personViewer(vara.email)).meeting.items[0]?.summary);
  });

  it('keeps a sak with an exempt saksframlegg as it is, without the background and the saksframlegg file', () => {
    const item = anItem('memo', {
      caseNumber: '2026.03' as never,
      title: 'Avtale om legevakt',
      conclusion: ['Avtalen godkjennes.'],
      background: [{ type: 'paragraph', content: [{ text: 'Forhandlingsposisjonen er 12 mill.' }] }],
      caseMemo: { fileName: 'Saksframlegg legevakt.docx', driveItemId: 'm1' },
      confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' }, grants: [guest.email] },
    });
    const stub = exemptStub(item);
    expect(stub).toMatchObject({ title: 'Avtale om legevakt', conclusion: ['Avtalen godkjennes.'], background: [] });
    expect(JSON.stringify(stub)).not.toMatch(/12 mill|Saksframlegg legevakt|m1|gunnar/);
    expect(exemptStub({ ...stub, restricted: true })).toEqual(stub);
  });

  it('is the same when made again from itself, so a reader who has only the stub writes the meeting row unchanged', () => {
    const stub = exemptStub(personal());
    expect(exemptStub({ ...stub, restricted: true })).toEqual(stub);
  });
});

describe('a stub stored before it said whether a konklusjon was recorded (no version)', () => {
  const decided = (): AgendaItem => ({ ...exempt(), conclusion: ['Oppsigelsen av Hansen opprettholdes.'], outcome: 'treated' });
  const undecided = (): AgendaItem => ({ ...exempt(), conclusion: [], outcome: 'treated' });
  /** A stub as the code before version 2 wrote it: the konklusjon always empty. */
  const oldStub = (item: AgendaItem): AgendaItem => ({ ...exemptStub(item), conclusion: [] });
  const publicConclusion = (item: AgendaItem, stub: AgendaItem): string[] => {
    const file = aFile(item);
    return publicVersion({ ...file, meeting: { ...file.meeting, items: [{ ...stub, restricted: true }] } }).meeting.items[0]?.conclusion ?? [];
  };
  const line = 'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1';

  it('says the konklusjon is exempt, never that none was recorded: the reader cannot know which', () => {
    expect(publicConclusion(decided(), stubAsRead(oldStub(decided()), undefined))).toEqual([line]);
    // The same for a sak that had none: the cautious side until the stub is made again from the sak.
    expect(publicConclusion(undecided(), stubAsRead(oldStub(undecided()), undefined))).toEqual([line]);
    expect(JSON.stringify(stubAsRead(oldStub(decided()), undefined))).not.toContain('Hansen');
  });

  it('takes a stub of the current version as it says: recorded as exempt, none as none', () => {
    expect(publicConclusion(decided(), stubAsRead(exemptStub(decided()), EXEMPT_STUB_VERSION))).toEqual([line]);
    expect(publicConclusion(undecided(), stubAsRead(exemptStub(undecided()), EXEMPT_STUB_VERSION))).toEqual([]);
  });

  it('leaves an old stub of a sak only partly exempt as it is: its konklusjon is public and in the stub', () => {
    const memo = anItem('memo', { conclusion: [], confidentiality: { caseMemo: { basis: 'offl. § 14 første ledd' } } });
    expect(stubAsRead(exemptStub(memo), undefined)).toEqual(exemptStub(memo));
  });
});

describe('whether a settings save can change who is entitled to a closed row', () => {
  const committee = aCommittee();
  it('is not for names, texts and numbering', () => {
    expect(entitlementChanged(committee, { ...committee, name: 'Nytt navn', recipientsLine: 'Til alle', defaultPlace: 'Tønsberg' })).toBe(false);
  });
  it('is for members, the vara setting, the secretariat and the standing referent', () => {
    expect(entitlementChanged(committee, { ...committee, members: [...committee.members, { name: 'Ny', email: 'ny@example.no' }] })).toBe(true);
    expect(entitlementChanged(committee, { ...committee, confidentiality: { substitutesMaySee: true } })).toBe(true);
    expect(entitlementChanged(committee, { ...committee, secretariat: [{ name: 'Ny', email: 'ny@example.no' }] })).toBe(true);
    expect(entitlementChanged(committee, { ...committee, defaultMinuteTaker: { name: 'Ny', email: 'ny@example.no' } })).toBe(true);
  });
});
