import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  FULL_VIEWER,
  hiddenTexts,
  leaksIn,
  maySeeExempt,
  personViewer,
  PUBLIC_VIEWER,
  publicVersion,
  revealRefusal,
  roleOf,
  stageView,
  viewFor,
  withExemptMarked,
} from './confidentiality';
import { exemptAfterNotice, exemptFiles, openedAfterNotice } from './confidentialityAudience';
import { MeetingFileSchema, type MeetingFile } from './model';
import { plainTextOf } from './richText';
import { aCommittee, aMeeting, anAttachment, anItem } from './testing/builders';

const member = { name: 'Mona Medlem', email: 'mona@siv.example.no' };
const vara = { name: 'Vidar Vara', email: 'vidar@siv.example.no' };
const observer = { name: 'Olga Observatør', email: 'olga@ksa.example.no' };
const guest = { name: 'Gunnar Gjest', email: 'gunnar@annen.example.no' };

function aFile(overrides: { substitutesMaySee?: boolean } = {}): MeetingFile {
  return {
    committee: aCommittee({
      members: [member, vara, observer, guest],
      confidentiality: {
        ...(overrides.substitutesMaySee !== undefined ? { substitutesMaySee: overrides.substitutesMaySee } : {}),
        roles: [
          { email: vara.email, role: 'substitute' },
          { email: observer.email, role: 'observer' },
          { email: guest.email, role: 'guest' },
        ],
      },
    }),
    meeting: aMeeting({
      items: [
        anItem('personal', {
          caseNumber: '2026.01' as never,
          title: 'Oppsigelse av avdelingsleder Hansen',
          summary: [{ type: 'paragraph', content: [{ text: 'Hansen har vært borte i seks måneder.' }] }],
          proposedConclusion: ['Hansen sies opp fra 1. august.'],
          attachments: [anAttachment('a1', { title: 'Legeerklæring Hansen', driveItemId: 'd1', webUrl: 'https://contoso.sharepoint.com/Legeerklaering.pdf' })],
          confidentiality: { exempt: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Personalsak' }, grants: [observer.email] },
        }),
        anItem('budget', {
          caseNumber: '2026.02' as never,
          title: 'Budsjett 2027',
          attachments: [
            anAttachment('a2', { title: 'Internt notat om kutt i Horten', driveItemId: 'd2', exemption: { basis: 'offl. § 14 første ledd' } }),
            anAttachment('a3', { title: 'Budsjettforslag', driveItemId: 'd3' }),
          ],
        }),
        anItem('closed', { caseNumber: '2026.03' as never, title: 'Forhandlinger om ny avtale', confidentiality: { closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav c' } } }),
      ],
    }),
  };
}

const item = (file: MeetingFile, id: string) => {
  const found = file.meeting.items.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
};

describe('who may see exempt content', () => {
  it('reads roles from the committee list and treats other members as members', () => {
    const { committee } = aFile();
    expect([member, vara, observer, guest, { email: 'ukjent@example.no' }].map((p) => roleOf(committee, p.email))).toEqual(['member', 'substitute', 'observer', 'guest', undefined]);
  });

  it('takes the role a standing member has in the committee settings when the confidentiality list does not name them', () => {
    const { committee } = aFile();
    const withRoles = {
      ...committee,
      confidentiality: {},
      members: [
        { name: 'Olga Observatør', email: 'olga@kommune.example.no', role: 'observer' as const },
        { name: 'Vegard Vara', email: 'vegard@kommune.example.no', role: 'deputy' as const },
        { name: 'Siri Sekretær', email: 'siri@kommune.example.no', role: 'secretariat' as const },
        { name: 'Mona Medlem', email: 'mona@kommune.example.no' },
      ],
    };
    expect(['olga', 'vegard', 'siri', 'mona'].map((who) => roleOf(withRoles, `${who}@kommune.example.no`))).toEqual(['observer', 'substitute', 'member', 'member']);
  });

  it('lets members see, vara only by the committee setting, observers and guests only by grant per sak', () => {
    const file = aFile();
    const personal = item(file, 'personal');
    const closed = item(file, 'closed');
    expect(maySeeExempt(file, personal, member.email)).toBe(true);
    expect(maySeeExempt(file, personal, vara.email)).toBe(false);
    expect(maySeeExempt(aFile({ substitutesMaySee: true }), personal, vara.email)).toBe(true);
    expect(maySeeExempt(file, personal, observer.email)).toBe(true); // granted this sak
    expect(maySeeExempt(file, closed, observer.email)).toBe(false);
    expect(maySeeExempt(file, personal, guest.email.toUpperCase())).toBe(false);
    expect(maySeeExempt(file, personal, undefined)).toBe(false);
  });

  it('knows a B2B guest by the address the grant names, not by their #EXT# UPN, and grants no more than that', () => {
    const base = aFile();
    const file = { ...base, meeting: { ...base.meeting, items: base.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, confidentiality: { ...entry.confidentiality, grants: [guest.email] } } : entry)) } };
    const personal = item(file, 'personal');
    const extUpn = 'gunnar_annen.example.no#EXT#@siv.onmicrosoft.com';
    // Teams gives the guest's UPN and, as login hint, the address they were invited with.
    const signedIn = { directoryId: 'guest-object-id', addresses: [extUpn, 'Gunnar@Annen.example.no'] };
    expect(maySeeExempt(file, personal, extUpn)).toBe(false);
    expect(maySeeExempt(file, personal, signedIn)).toBe(true);
    expect(viewFor(file, personViewer(signedIn)).meeting.items.find((entry) => entry.id === 'personal')?.title).toBe('Oppsigelse av avdelingsleder Hansen');
    expect(viewFor(file, personViewer(extUpn)).meeting.items.find((entry) => entry.id === 'personal')?.title).toBe('Personalsak');
    // Still a guest: nothing the grant does not name (the exempt vedlegg of another sak stays hidden).
    expect(roleOf(file.committee, signedIn)).toBe('guest');
    expect(maySeeExempt(file, item(file, 'budget'), signedIn)).toBe(false);
  });

  it('knows a member by their directory object id when the host gives no matching address', () => {
    const withId = { ...member, directoryId: 'mona-object-id' };
    const base = aFile();
    const file = { ...base, committee: { ...base.committee, members: [withId, vara, observer, guest] } };
    expect(maySeeExempt(file, item(file, 'personal'), { directoryId: 'mona-object-id', addresses: ['mona_siv#EXT#@siv.onmicrosoft.com'] })).toBe(true);
    // An id that is nobody's grants nothing; an empty id never matches a person without one.
    expect(maySeeExempt(file, item(file, 'budget'), { directoryId: 'someone-else', addresses: [] })).toBe(false);
    expect(maySeeExempt(file, item(file, 'budget'), { directoryId: '', addresses: [undefined] })).toBe(false);
  });
});

describe('the view of a meeting for a person', () => {
  it('keeps the number of an exempt sak and shows only the public title and the hjemmel', () => {
    const view = publicVersion(aFile());
    const personal = item(view, 'personal');
    expect(personal.caseNumber).toBe('2026.01');
    expect(personal.title).toBe('Personalsak');
    expect(plainTextOf(personal.summary)).toBe('Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(personal.proposedConclusion).toEqual([]);
    expect(personal.conclusion).toEqual([]);
    expect(personal.confidentiality?.grants).toBeUndefined();
    expect(personal.attachments).toEqual([{ id: 'a1', title: 'Unntatt offentlighet', fileName: 'Unntatt offentlighet.pdf', exemption: { basis: 'offl. § 13 jf. fvl. § 13 første ledd nr. 1', publicTitle: 'Unntatt offentlighet' } }]);
  });

  it('says a recorded konklusjon of an exempt sak is exempt, and says nothing of one not recorded', () => {
    const file = aFile();
    const withConclusion = (fields: Partial<MeetingFile['meeting']['items'][number]>): MeetingFile => ({
      ...file,
      meeting: { ...file.meeting, items: file.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, ...fields } : entry)) },
    });
    const line = 'Unntatt offentlighet, offl. § 13 jf. fvl. § 13 første ledd nr. 1';
    expect(item(publicVersion(withConclusion({ conclusion: ['Hansen får permisjon.'], outcome: 'treated' })), 'personal').conclusion).toEqual([line]);
    expect(item(publicVersion(withConclusion({ conclusion: [], outcome: 'treated' })), 'personal').conclusion).toEqual([]);
  });

  it('marks an exempt sak, an exempt saksframlegg and a closed meeting in the full view for the secretariat\'s preview, in the committee\'s målform', () => {
    const file = aFile();
    const nn: MeetingFile = { ...file, committee: { ...file.committee, languageForm: 'nn' } };
    const marked = withExemptMarked(nn);
    const personal = item(marked, 'personal');
    expect(personal.title).toBe(item(nn, 'personal').title);
    expect(plainTextOf(personal.summary).split('\n')[0]).toBe('Unnateke offentlegheit, offl. § 13 jf. fvl. § 13 første ledd nr. 1');
    expect(plainTextOf(personal.summary)).toContain(plainTextOf(item(nn, 'personal').summary));
    const memo = { ...item(nn, 'budget'), confidentiality: { caseMemo: { basis: 'offl. § 14' }, closedMeeting: { basis: 'koml. § 11-5' } } };
    const withMemo = withExemptMarked({ ...nn, meeting: { ...nn.meeting, items: [memo] } });
    expect(plainTextOf(item(withMemo, 'budget').summary)).toMatch(/^Blir handsama i lukka møte, koml\. § 11-5\n[\s\S]*Saksframlegget er unnateke offentlegheit, offl\. § 14$/);
    expect(item(withExemptMarked(nn), 'budget')).toEqual(item(nn, 'budget'));
  });

  it('opens the saksutredning of an exempt sak or saksframlegg with the line in the full view, so the full saksframlegg says it; an open sak\'s is as typed', () => {
    const file = aFile();
    const background = [{ type: 'paragraph' as const, content: [{ text: 'Utredningen.' }] }];
    const withBackground = (confidentiality: MeetingFile['meeting']['items'][number]['confidentiality']) => ({ ...file, meeting: { ...file.meeting, items: [anItem('s', { background, ...(confidentiality ? { confidentiality } : {}) })] } });
    expect(plainTextOf(item(withExemptMarked(withBackground({ exempt: { basis: 'offl. § 13' } })), 's').background)).toBe('Unntatt offentlighet, offl. § 13\nUtredningen.');
    expect(plainTextOf(item(withExemptMarked(withBackground({ caseMemo: { basis: 'offl. § 14' } })), 's').background)).toBe('Saksframlegget er unntatt offentlighet, offl. § 14\nUtredningen.');
    expect(item(withExemptMarked(withBackground(undefined)), 's').background).toEqual(background);
  });

  it('marks the full protokoll’s møtebehandling of a sak treated in a lukket møte and exempt, with both hjemler, before what the referent wrote', () => {
    const base = aFile();
    const sak = anItem('tilsetting', {
      title: 'Tilsetting av rektor',
      proceedings: [{ type: 'paragraph', content: [{ text: 'Innstillingen ble drøftet.' }] }],
      confidentiality: { exempt: { basis: 'offl. § 25 første ledd' }, closedMeeting: { basis: 'koml. § 11-5' } },
    });
    const marked = withExemptMarked({ ...base, meeting: { ...base.meeting, items: [sak] } });
    expect(plainTextOf(item(marked, 'tilsetting').proceedings).split('\n')).toEqual(['Behandlet i lukket møte, koml. § 11-5', 'Unntatt offentlighet, offl. § 25 første ledd', 'Innstillingen ble drøftet.']);
    expect(item(marked, 'tilsetting').title).toBe('Tilsetting av rektor');
  });

  it('says «hjemmel mangler» where a hjemmel not yet chosen would stand, never an empty or made-up one', () => {
    const file = aFile();
    const unnamed = {};
    const marked = (form: 'nb' | 'nn'): MeetingFile => ({
      committee: { ...file.committee, languageForm: form },
      meeting: {
        ...file.meeting,
        items: file.meeting.items.map((entry) => {
          if (entry.id === 'personal') return { ...entry, conclusion: ['Hansen sies opp.'], confidentiality: { exempt: { publicTitle: 'Personalsak' } } };
          if (entry.id === 'budget') return { ...entry, confidentiality: { caseMemo: unnamed }, attachments: entry.attachments.map((attachment) => (attachment.exemption ? { ...attachment, exemption: unnamed } : attachment)) };
          return entry;
        }),
      },
    });
    const view = publicVersion(marked('nb'));
    expect(plainTextOf(item(view, 'personal').summary)).toBe('Unntatt offentlighet, hjemmel mangler');
    expect(item(view, 'personal').conclusion).toEqual(['Unntatt offentlighet, hjemmel mangler']);
    expect(plainTextOf(item(view, 'budget').summary)).toContain('Saksframlegget er unntatt offentlighet, hjemmel mangler');
    expect(item(view, 'budget').attachments[0]?.exemption).toEqual({ publicTitle: 'Unntatt offentlighet' });
    expect(JSON.stringify(view)).not.toContain('undefined');
    expect(plainTextOf(item(withExemptMarked(marked('nn')), 'personal').summary).split('\n')[0]).toBe('Unnateke offentlegheit, heimel manglar');
    // Still a valid meeting file: the public version renders like any other.
    expect(v.safeParse(MeetingFileSchema, { formatVersion: 'motebok-meeting/2', ...view }).issues?.map((issue) => issue.message)).toBeUndefined();
  });

  it('leaves out the orienteringer bundled under an exempt sak and knows their titles must not appear', () => {
    const file = aFile();
    const bundled = { id: 's1', title: 'Sykefravær i avdelingen til Hansen', presenters: [member], summary: [{ type: 'paragraph' as const, content: [{ text: 'Tallene for Hansens avdeling.' }] }], attachmentIds: ['a1'] };
    const withSub: MeetingFile = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, subItems: [bundled] } : entry)) } };
    expect(item(publicVersion(withSub), 'personal').subItems).toEqual([]);
    expect(hiddenTexts(withSub, personViewer(vara.email))).toEqual(expect.arrayContaining(['Sykefravær i avdelingen til Hansen', 'Tallene for Hansens avdeling.']));
  });

  it('leaves out who presents an exempt sak and who came from outside only for it, and knows their names must not appear', () => {
    const file = aFile();
    const physician = { name: 'Overlege Trude Bakkevik' };
    const relative = { name: 'Sigrun Pårørende Hansen' };
    const staff = { name: 'Per Personalsjef' };
    const meeting = {
      ...file.meeting,
      items: file.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, presenters: [physician] } : entry)),
      attendance: [
        { person: member, status: 'present' as const },
        // The relative came only for the exempt sak; the personalsjef for it and the open budget; the observer (listed in the committee) only for it.
        { person: relative, status: 'present' as const, role: 'invited' as const, items: [{ from: 'personal' }] },
        { person: staff, status: 'present' as const, role: 'invited' as const, items: [{ from: 'personal', to: 'budget' }] },
        { person: observer, status: 'present' as const, items: [{ from: 'personal' }] },
      ],
    };
    const withPeople: MeetingFile = { ...file, meeting };
    const open = publicVersion(withPeople);
    expect(item(open, 'personal').presenters).toEqual([]);
    expect(open.meeting.attendance.map((entry) => entry.person.name)).toEqual([member.name, staff.name, observer.name]);
    expect(hiddenTexts(withPeople, PUBLIC_VIEWER)).toEqual(expect.arrayContaining([physician.name, relative.name]));
    expect(hiddenTexts(withPeople, PUBLIC_VIEWER)).not.toContain(staff.name);
    // A member sees the sak and everyone who came for it.
    expect(viewFor(withPeople, personViewer(member.email)).meeting.attendance).toHaveLength(4);
    expect(item(viewFor(withPeople, personViewer(member.email)), 'personal').presenters).toEqual([physician]);
  });

  it('keeps a member listed by name only who came only for an exempt sak, known by the name as the attendance list knows him', () => {
    const file = aFile();
    const byName = { name: 'Bjørn Bygdelag' };
    const committee = { ...file.committee, members: [...file.committee.members, byName] };
    const attendance = [
      { person: member, status: 'present' as const },
      { person: { name: 'bjørn bygdelag ' }, status: 'present' as const, items: [{ from: 'personal' }] },
      { person: { name: 'Sigrun Pårørende Hansen' }, status: 'present' as const, items: [{ from: 'personal' }] },
    ];
    const withMember: MeetingFile = { ...file, committee, meeting: { ...file.meeting, attendance } };
    expect(publicVersion(withMember).meeting.attendance.map((entry) => entry.person.name)).toEqual([member.name, 'bjørn bygdelag ']);
  });

  it('leaves out the proposals, votes and protokolltilførsler of an exempt sak and knows their texts must not appear', () => {
    const file = aFile();
    const voting = {
      proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap)', text: 'Hansen gis permisjon i to år.' }],
      votes: [{ id: 'v1', on: 'Forslaget om Hansen', adopted: true, for: 5, against: 2 }],
      statements: [{ id: 's1', by: 'Kari Nordmann (H)', text: 'Hansens sak burde vært utsatt.' }],
    };
    const withVoting: MeetingFile = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, voting } : entry)) } };
    expect(item(publicVersion(withVoting), 'personal').voting).toBeUndefined();
    expect(hiddenTexts(withVoting, personViewer(vara.email))).toEqual(
      expect.arrayContaining(['Ola Nordmann (Ap)', 'Hansen gis permisjon i to år.', 'Forslaget om Hansen', 'Kari Nordmann (H)', 'Hansens sak burde vært utsatt.']),
    );
  });

  it('knows who voted how in an exempt sak must not appear either (a vote\'s «for» and «mot» parties or names)', () => {
    const file = aFile();
    const voting = { proposals: [], votes: [{ id: 'v1', on: 'Innstillingen', adopted: true, for: 5, forBy: 'Ap, Sp og Hansens nabo', against: 2, againstBy: 'Per Hansen (H)' }], statements: [] };
    const withVoting: MeetingFile = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((entry) => (entry.id === 'personal' ? { ...entry, voting } : entry)) } };
    expect(hiddenTexts(withVoting, personViewer(vara.email))).toEqual(expect.arrayContaining(['Ap, Sp og Hansens nabo', 'Per Hansen (H)']));
  });

  it('shows the public wording the secretariat wrote, in nynorsk for a nynorsk committee', () => {
    const file = aFile();
    const nn: MeetingFile = { ...file, committee: { ...file.committee, languageForm: 'nn' } };
    const personal = item(nn, 'personal');
    const withText: MeetingFile = {
      ...nn,
      meeting: { ...nn.meeting, items: [{ ...personal, confidentiality: { exempt: { basis: 'offl. § 13', publicText: 'Saka vart drøfta.\nVedtak i saka er unnateke.' } } }] },
    };
    expect(plainTextOf(item(publicVersion(withText), 'personal').summary)).toBe('Unnateke offentlegheit, offl. § 13\nSaka vart drøfta.\nVedtak i saka er unnateke.');
  });

  it('strips only the exempt vedlegg of an open sak, and says a closed meeting in every view', () => {
    const view = viewFor(aFile(), personViewer(guest.email));
    const budget = item(view, 'budget');
    expect(budget.title).toBe('Budsjett 2027');
    expect(budget.attachments.map((a) => [a.title, a.driveItemId])).toEqual([
      ['Unntatt offentlighet', undefined],
      ['Budsjettforslag', 'd3'],
    ]);
    expect(plainTextOf(item(view, 'closed').summary)).toBe('Behandles i lukket møte, koml. § 11-5 andre ledd bokstav c');
  });

  it('says a closed meeting ahead of it in the innkalling, and in the past in the protokoll\'s møtebehandling', () => {
    const view = viewFor(aFile(), PUBLIC_VIEWER);
    expect(plainTextOf(item(view, 'closed').summary)).toMatch(/^Behandles i lukket møte, koml\. § 11-5 andre ledd bokstav c/);
    expect(plainTextOf(item(view, 'closed').proceedings)).toMatch(/^Behandlet i lukket møte, koml\. § 11-5 andre ledd bokstav c/);
    const file = aFile();
    const nynorsk = viewFor({ ...file, committee: { ...file.committee, languageForm: 'nn' } }, PUBLIC_VIEWER);
    expect(plainTextOf(item(nynorsk, 'closed').proceedings)).toMatch(/^Handsama i lukka møte, koml\. § 11-5/);
  });

  it('gives a member everything, and the secretariat the file unchanged', () => {
    const file = aFile();
    const view = viewFor(file, personViewer(member.email));
    expect(item(view, 'personal').title).toBe('Oppsigelse av avdelingsleder Hansen');
    expect(item(view, 'budget').attachments[0]?.driveItemId).toBe('d2');
    expect(viewFor(file, FULL_VIEWER)).toBe(file);
  });

  it('redacts the snapshot of the notice as well', () => {
    const file = aFile();
    const sent: MeetingFile = { ...file, meeting: { ...file.meeting, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: file.meeting.items, attachmentIds: [] } } };
    const view = publicVersion(sent);
    expect(leaksIn(JSON.stringify(view), hiddenTexts(sent, { kind: 'public' }))).toEqual([]);
  });

  it('is a valid meeting file, so every renderer takes it', () => {
    expect(v.safeParse(MeetingFileSchema, { formatVersion: 'motebok-meeting/2', ...publicVersion(aFile()) }).success).toBe(true);
  });
});

describe('leak detection', () => {
  it('finds the real texts in what a person without access would receive, and none in their view', () => {
    const file = aFile();
    const hidden = hiddenTexts(file, personViewer(guest.email));
    expect(leaksIn(JSON.stringify(file), hidden)).toEqual(expect.arrayContaining(['Oppsigelse av avdelingsleder Hansen', 'Internt notat om kutt i Horten', 'Legeerklæring Hansen']));
    expect(leaksIn(JSON.stringify(viewFor(file, personViewer(guest.email))), hidden)).toEqual([]);
    expect(hiddenTexts(file, personViewer(member.email))).toEqual([]);
  });
});

describe('an exempt sak carried from an earlier body (carriedCase.ts)', () => {
  it('its earlier treatment (behandling and innstilling) is the sak\'s content: left out of the public view and counted as hidden', () => {
    const file = aFile();
    const carried = {
      ...item(file, 'personal'),
      earlierTreatments: [{ body: 'Administrasjonsutvalget', date: '2026-05-01', proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Drøftet sykefraværet til Hansen.' }] }], recommendation: ['Hansen sies opp.'] }],
    };
    const withCarried = { ...file, meeting: { ...file.meeting, items: file.meeting.items.map((entry) => (entry.id === 'personal' ? carried : entry)) } };
    const publicItem = item(publicVersion(withCarried), 'personal');
    expect(publicItem.earlierTreatments).toBeUndefined();
    const hidden = hiddenTexts(withCarried, PUBLIC_VIEWER);
    expect(hidden).toEqual(expect.arrayContaining(['Drøftet sykefraværet til Hansen.', 'Hansen sies opp.']));
    expect(leaksIn(JSON.stringify(publicVersion(withCarried)), hidden)).toEqual([]);
    expect(item(viewFor(withCarried, personViewer(member.email)), 'personal').earlierTreatments).toEqual(carried.earlierTreatments);
  });
});

describe('exempt files', () => {
  it('lists each exempt vedlegg with the invitees allowed to open it', () => {
    const files = exemptFiles(aFile());
    expect(files.map((entry) => [entry.attachment.id, entry.allowed.map((invitee) => invitee.address)])).toEqual([
      ['a1', [member.email, observer.email]],
      ['a2', [member.email]],
    ]);
  });
});

describe('marked exempt after the innkalling was sent', () => {
  it('names what earlier invitations carried and who received it', () => {
    const file = aFile();
    const before = file.meeting.items.map((entry) => {
      const { confidentiality: _c, ...rest } = entry;
      return { ...rest, attachments: entry.attachments.map(({ exemption: _e, ...attachment }) => attachment) };
    });
    const sent: MeetingFile = { ...file, meeting: { ...file.meeting, chair: member, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: before, attachmentIds: ['a2'] } } };
    const warnings = exemptAfterNotice(sent);
    expect(warnings.map((warning) => warning.what)).toEqual(['Sak 2026.01 Oppsigelse av avdelingsleder Hansen', 'Vedlegget «Internt notat om kutt i Horten» (Sak 2026.02 Budsjett 2027)']);
    expect(warnings[0]?.receivedBy.map((invitee) => invitee.address)).toEqual([member.email, vara.email, observer.email, guest.email]);
    expect(exemptAfterNotice(file)).toEqual([]);
  });
});

describe('no longer marked exempt since the innkalling was sent', () => {
  // A referent (Contribute on the sak's row, to record) can take the marking off through Graph; so can anyone in the
  // secretariat by mistake. The update's send would then open the sak's row and move its vedlegg back to the meeting
  // folder: the send dialog names what it would open, so the secretariat sees it before anything is opened.
  it('names the saker and vedlegg exempt in the last send that are not marked now, and nothing while the marking is kept', () => {
    const file = aFile();
    const notice = { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: file.meeting.items, attachmentIds: ['a3'] };
    const sent: MeetingFile = { ...file, meeting: { ...file.meeting, status: 'noticeSent', notice } };
    expect(openedAfterNotice(sent)).toEqual([]);
    const unmarked = sent.meeting.items.map((entry) => {
      const { confidentiality: _c, ...rest } = entry;
      return { ...rest, attachments: entry.attachments.map(({ exemption: _e, ...attachment }) => attachment) };
    });
    const opened = openedAfterNotice({ ...sent, meeting: { ...sent.meeting, items: unmarked } });
    expect(opened).toEqual([
      { sak: 'Sak 2026.01 Oppsigelse av avdelingsleder Hansen' },
      { sak: 'Sak 2026.02 Budsjett 2027', vedlegg: 'Internt notat om kutt i Horten' },
    ]);
    // Before any send there is nothing to open again.
    expect(openedAfterNotice({ ...file, meeting: { ...file.meeting, items: unmarked } })).toEqual([]);
  });
});

describe('marked exempt after the innkalling was sent, in a committee whose numbers name the sak', () => {
  it('writes «AMU-sak 1/26 …», not «Sak AMU-sak 1/26 …»', () => {
    const file = aFile();
    const items = file.meeting.items.map((entry, index) => ({ ...entry, caseNumber: `AMU-sak ${index + 1}/26` as never }));
    const before = items.map((entry) => {
      const { confidentiality: _c, ...rest } = entry;
      return { ...rest, attachments: entry.attachments.map(({ exemption: _e, ...attachment }) => attachment) };
    });
    const sent: MeetingFile = { ...file, meeting: { ...file.meeting, items, status: 'noticeSent', notice: { eventId: 'e', transactionId: 't', sentAt: '2026-05-01T10:00:00Z', version: 1, items: before, attachmentIds: ['a2'] } } };
    expect(exemptAfterNotice(sent).map((warning) => warning.what)).toEqual(['AMU-sak 1/26 Oppsigelse av avdelingsleder Hansen', 'Vedlegget «Internt notat om kutt i Horten» (AMU-sak 2/26 Budsjett 2027)']);
  });
});

describe('the stage', () => {
  it('shows the public title while an exempt sak is active, even when the referent chose to show it in an open meeting', () => {
    const file = aFile();
    const active: MeetingFile = { ...file, meeting: { ...file.meeting, currentItemId: 'personal', stageRevealItemId: 'personal', attendance: [{ person: member, status: 'present' }] } };
    expect(revealRefusal(active, item(active, 'personal'))).toBe('notClosedMeeting');
    expect(item(stageView(active), 'personal').title).toBe('Personalsak');
  });

  it('shows the sak on "vis på skjerm" in a closed meeting where everyone present may see it, and not when someone may not', () => {
    const file = aFile();
    const personal = item(file, 'personal');
    const closedExempt = { ...personal, confidentiality: { ...personal.confidentiality, closedMeeting: { basis: 'koml. § 11-5 andre ledd bokstav a' } } };
    const meeting = { ...file.meeting, items: [closedExempt], currentItemId: 'personal', stageRevealItemId: 'personal' };
    const entitled: MeetingFile = { ...file, meeting: { ...meeting, attendance: [{ person: member, status: 'present' }, { person: guest, status: 'absent' }] } };
    expect(item(stageView(entitled), 'personal').title).toBe('Oppsigelse av avdelingsleder Hansen');
    const withGuest: MeetingFile = { ...file, meeting: { ...meeting, attendance: [{ person: member, status: 'present' }, { person: guest, status: 'present' }] } };
    expect(revealRefusal(withGuest, closedExempt)).toBe('participantWithoutAccess');
    expect(item(stageView(withGuest), 'personal').title).toBe('Personalsak');
    expect(revealRefusal({ ...file, meeting }, closedExempt)).toBe('noAttendance');
  });

  it('shows an exempt sak on "vis på skjerm" in a committee whose meetings are never public, though no sak there can be marked «lukket møte»', () => {
    const file = aFile();
    const personal = item(file, 'personal');
    const meeting = { ...file.meeting, items: [personal], currentItemId: 'personal', stageRevealItemId: 'personal', attendance: [{ person: member, status: 'present' as const }] };
    expect(revealRefusal({ ...file, meeting }, personal)).toBe('notClosedMeeting');
    const neverPublic = { ...file.committee, confidentiality: { ...file.committee.confidentiality, publicMeetings: false } };
    const closedBody: MeetingFile = { committee: neverPublic, meeting };
    expect(revealRefusal(closedBody, personal)).toBeUndefined();
    expect(item(stageView(closedBody), 'personal').title).toBe('Oppsigelse av avdelingsleder Hansen');
  });
});

describe('«Vedtaket er offentlig»: a public decision in an exempt sak (offl. § 25: who was appointed is public)', () => {
  const decision = 'Kari Nordmann tilsettes som rådgiver fra 1. mars.';
  function decided(decisionPublic: boolean, changes: Partial<MeetingFile['meeting']['items'][number]> = {}): MeetingFile {
    const file = aFile();
    const voting = {
      proposals: [{ id: 'p1', by: 'Ola Nordmann (Ap)', text: 'Per Hansen tilsettes.' }],
      votes: [{ id: 'v1', on: 'Forslaget om Per Hansen', adopted: false, for: 2, against: 5 }],
      statements: [],
    };
    const items = file.meeting.items.map((entry) =>
      entry.id === 'personal'
        ? {
            ...entry,
            title: 'Tilsetting av rådgiver – søkerne Kari Nordmann og Per Hansen',
            proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Søkerne Kari Nordmann og Per Hansen ble drøftet.' }] }],
            conclusion: [decision],
            voting,
            confidentiality: { exempt: { basis: 'offl. § 25 første ledd', publicTitle: 'Tilsetting av rådgiver', ...(decisionPublic ? { decisionPublic: true } : {}) } },
            ...changes,
          }
        : entry,
    );
    return { ...file, meeting: { ...file.meeting, status: 'held', items } };
  }

  it('prints the recorded vedtak in the public version, and nothing else of the sak', () => {
    const shown = item(publicVersion(decided(true)), 'personal');
    expect(shown.conclusion).toEqual([decision]);
    expect(shown.title).toBe('Tilsetting av rådgiver');
    expect(shown.voting).toBeUndefined();
    expect(shown.proposedConclusion).toEqual([]);
    expect(plainTextOf(shown.proceedings)).toBe('Unntatt offentlighet, offl. § 25 første ledd');
    expect(plainTextOf(shown.summary)).toBe('Unntatt offentlighet, offl. § 25 første ledd');
    expect(JSON.stringify(shown)).not.toMatch(/Per Hansen|søkerne/i);
  });

  it('leaves out the sak’s oppfølgingspunkter and the members’ comments on it in a written treatment, while the vedtak is printed', () => {
    const per = { name: 'Per Christian Voss', email: 'per.christian.voss@siv.example.no' };
    const followUps = [{ id: 'f1', what: 'Send tilbud til Kari Nordmann om stillingen', who: per, task: { kind: 'planner' as const, taskId: 't1', planId: 'p1' } }];
    const file = decided(true, { followUps });
    const written = { answers: [{ itemId: 'personal', member: 'ola@example.no', answer: 'agree' as const, comment: 'Per Hansen var best kvalifisert.' }, { itemId: 'budget', member: 'ola@example.no', answer: 'agree' as const, comment: 'Greit.' }] };
    const withWritten: MeetingFile = { ...file, meeting: { ...file.meeting, written } };
    const shown = publicVersion(withWritten);
    expect(item(shown, 'personal').conclusion).toEqual([decision]);
    expect(item(shown, 'personal').followUps).toBeUndefined();
    expect(shown.meeting.written?.answers).toEqual([written.answers[1]]);
    expect(JSON.stringify(shown)).not.toMatch(/Send tilbud|best kvalifisert/);
    expect(hiddenTexts(withWritten, PUBLIC_VIEWER)).toEqual(expect.arrayContaining(['Send tilbud til Kari Nordmann om stillingen', 'Per Hansen var best kvalifisert.']));
    // A member who may see the sak sees it all, as before.
    expect(item(viewFor(withWritten, personViewer(member.email)), 'personal').followUps).toEqual(followUps);
    expect(viewFor(withWritten, personViewer(member.email)).meeting.written).toEqual(written);
  });

  describe('in a written treatment', () => {
    const answers = [
      { itemId: 'personal', member: member.email, answer: 'agree' as const, comment: 'Kari Nordmann er best kvalifisert.' },
      { itemId: 'personal', member: observer.email, answer: 'agree' as const },
      { itemId: 'personal', member: guest.email, answer: 'agree' as const },
      { itemId: 'personal', member: vara.email, answer: 'disagree' as const },
      { itemId: 'budget', member: member.email, answer: 'agree' as const },
    ];
    const inWriting = (decisionPublic: boolean): MeetingFile => {
      const file = decided(decisionPublic, { voting: undefined });
      return { ...file, meeting: { ...file.meeting, written: { answers } } };
    };

    it('shows no one’s answer to the exempt sak and no comment, as the votes of a meeting on it are not shown; the result only when its vedtak is public', () => {
      for (const decisionPublic of [true, false]) {
        const shown = publicVersion(inWriting(decisionPublic)).meeting.written;
        expect(shown?.answers).toEqual([answers[4]]);
        expect(shown?.withheld).toEqual([{ itemId: 'personal', ...(decisionPublic ? { result: 'adopted' } : {}) }]);
        expect(JSON.stringify({ ...shown, tookPart: [] })).not.toMatch(/olga|gunnar|vidar|best kvalifisert/i);
        // Who took part is not exempt, only what they answered to the sak: the protokoll lists them (writtenAttendance).
        expect(shown?.tookPart).toEqual([member.email, observer.email, guest.email, vara.email]);
      }
    });

    it('names who answered the exempt sak how as the protokoll prints it, so the check before sending catches it; not the answers to a sak the viewer sees', () => {
      const hidden = hiddenTexts(inWriting(true), PUBLIC_VIEWER);
      expect(hidden).toEqual(expect.arrayContaining(['Enig i forslaget: Mona Medlem, Olga Observatør, Gunnar Gjest', 'Ikke enig: Vidar Vara', 'Kari Nordmann er best kvalifisert.']));
      expect(leaksIn('Enig i forslaget: Mona Medlem, Olga Observatør, Gunnar Gjest', hidden)).not.toEqual([]);
      // The budget's «Enig i forslaget: Mona Medlem» is printed in the public version: no secret.
      expect(hidden).not.toContain('Enig i forslaget: Mona Medlem');
      // The same answers to a sak the viewer sees are no secret either.
      const same = inWriting(true);
      const budgetAsPersonal = answers.filter((answer) => answer.itemId === 'personal').map(({ comment: _c, ...answer }) => ({ ...answer, itemId: 'budget' }));
      const twice: MeetingFile = { ...same, meeting: { ...same.meeting, written: { answers: [...answers.slice(0, 4), ...budgetAsPersonal] } } };
      expect(hiddenTexts(twice, PUBLIC_VIEWER)).not.toContain('Enig i forslaget: Mona Medlem, Olga Observatør, Gunnar Gjest');
    });

    it('gives a member who may see the sak every answer, as before', () => {
      expect(viewFor(inWriting(false), personViewer(member.email)).meeting.written).toEqual({ answers });
      expect(hiddenTexts(inWriting(false), personViewer(member.email))).toEqual([]);
    });

    it('is a valid meeting file in its public version', () => {
      expect(v.safeParse(MeetingFileSchema, { formatVersion: 'motebok-meeting/2', ...publicVersion(inWriting(true)) }).success).toBe(true);
    });
  });

  it('says who stepped out of the sak for inhabilitet, not the ground written in their own words', () => {
    const file = decided(true);
    const stepped = { itemId: 'personal', person: 'Ola Olsen', ground: 'Er svoger til søkeren Per Hansen', decision: 'disqualified' as const, replacedBy: 'Vidar Vara' };
    const withDisqualification: MeetingFile = { ...file, meeting: { ...file.meeting, disqualifications: [stepped, { ...stepped, itemId: 'budget', ground: 'Eier aksjer i leverandøren' }] } };
    expect(publicVersion(withDisqualification).meeting.disqualifications).toEqual([
      { itemId: 'personal', person: 'Ola Olsen', decision: 'disqualified', replacedBy: 'Vidar Vara' },
      { ...stepped, itemId: 'budget', ground: 'Eier aksjer i leverandøren' },
    ]);
    expect(hiddenTexts(withDisqualification, PUBLIC_VIEWER)).toContain('Er svoger til søkeren Per Hansen');
    expect(viewFor(withDisqualification, personViewer(member.email)).meeting.disqualifications).toEqual(withDisqualification.meeting.disqualifications);
  });

  it('is no secret to leak, while the rest of the sak still is', () => {
    const hidden = hiddenTexts(decided(true), PUBLIC_VIEWER);
    expect(hidden).not.toContain(decision);
    expect(hidden).toEqual(expect.arrayContaining(['Tilsetting av rådgiver – søkerne Kari Nordmann og Per Hansen', 'Søkerne Kari Nordmann og Per Hansen ble drøftet.', 'Per Hansen tilsettes.', 'Hansen har vært borte i seks måneder.']));
  });

  it('keeps the vedtak exempt when the sak does not say it is public, as before', () => {
    expect(item(publicVersion(decided(false)), 'personal').conclusion).toEqual(['Unntatt offentlighet, offl. § 25 første ledd']);
    expect(hiddenTexts(decided(false), PUBLIC_VIEWER)).toContain(decision);
  });

  it('gives a member the same as before, and an observer without access no more than the public', () => {
    const unmarked = (file: MeetingFile) => viewFor(file, personViewer(member.email)).meeting.items.map(({ confidentiality: _c, ...rest }) => rest);
    expect(unmarked(decided(true))).toEqual(unmarked(decided(false)));
    expect(item(viewFor(decided(true), personViewer(vara.email)), 'personal')).toEqual(item(publicVersion(decided(true)), 'personal'));
  });

  it('never prints the placeholder of a public stub as the vedtak (a reader who could not read the row)', () => {
    const stub = decided(true, { restricted: true, conclusion: ['Unntatt offentlighet'] });
    expect(item(viewFor(stub, personViewer(vara.email)), 'personal').conclusion).toEqual(['Unntatt offentlighet, offl. § 25 første ledd']);
  });

  it('is not shown on the stage, where the vedtak is still being written', () => {
    const file = decided(true);
    const live: MeetingFile = { ...file, meeting: { ...file.meeting, status: 'inProgress', currentItemId: 'personal' } };
    expect(item(stageView(live), 'personal').conclusion).toEqual(['Unntatt offentlighet, offl. § 25 første ledd']);
  });

  it('is a valid meeting file with the mark, and its public version too', () => {
    expect(v.safeParse(MeetingFileSchema, { formatVersion: 'motebok-meeting/2', ...decided(true) }).success).toBe(true);
    expect(v.safeParse(MeetingFileSchema, { formatVersion: 'motebok-meeting/2', ...publicVersion(decided(true)) }).success).toBe(true);
  });
});

describe('a sak treated in a lukket møte that is not exempt (koml. § 11-5 closes the meeting, not the documents)', () => {
  it('is printed whole in the public protokoll, saying the lukket møte and its hjemmel', () => {
    const file = aFile();
    const items = file.meeting.items.map((entry) =>
      entry.id === 'closed' ? { ...entry, proceedings: [{ type: 'paragraph' as const, content: [{ text: 'Saken ble drøftet.' }] }], conclusion: ['Avtalen godkjennes.'] } : entry,
    );
    const shown = item(publicVersion({ ...file, meeting: { ...file.meeting, status: 'held', items } }), 'closed');
    expect(shown.title).toBe('Forhandlinger om ny avtale');
    expect(shown.conclusion).toEqual(['Avtalen godkjennes.']);
    expect(plainTextOf(shown.proceedings)).toBe('Behandlet i lukket møte, koml. § 11-5 andre ledd bokstav c\nSaken ble drøftet.');
  });
});
