import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { newMeetingFromTemplate, meetingNameOf, previousHeldMeeting, previousMinutesState, type NewMeetingInput } from './agendaTemplate';
import { renumberItems } from './caseNumbering';
import { DomainError } from './errors';
import { ConventionsSchema } from './conventions';
import { committeePreset } from './committeePresets';
import { MeetingSchema, type Meeting } from './model';
import { plainTextOf } from './richText';
import { aCommittee, aMeeting, anItem, numbersOf, sequentialIds } from './testing/builders';

const committee = aCommittee();
const chair = committee.defaultChair!;

const previous: Meeting = {
  ...renumberItems(aMeeting({ id: 'pm-2025', date: '2025-06-05', status: 'minutesApproved', items: [anItem('a'), anItem('b'), anItem('c')] }), committee, []),
  minutes: { fileName: 'Referat Partnerskapsmøtet 05.06.25.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/referat.docx', size: 42_000 },
};

function input(overrides: Partial<NewMeetingInput> = {}): NewMeetingInput {
  return {
    committee,
    date: '2026-06-11',
    start: '13:30',
    end: '15:00',
    online: true,
    previousMeeting: previous,
    existingMeetings: [previous],
    idFactory: sequentialIds(),
    ...overrides,
  };
}

describe('newMeetingFromTemplate', () => {
  it('opens with approval of the notice, the previous minutes as Referatsak and the closing row, worded as in the seeds', () => {
    const meeting = newMeetingFromTemplate(input());
    expect(meeting.items.map((item) => [item.caseNumber, item.kinds, item.title, item.proposedConclusion])).toEqual([
      ['2026.01', ['Godkjenning'], 'Godkjenning av innkalling og dagsorden', ['Innkalling og dagsorden godkjennes.']],
      ['2026.02', ['Referatsak'], 'Referat fra Partnerskapsmøte 05.06.2025', ['Referat tatt til orientering.']],
      [null, [], 'Oppsummering og avslutning', []],
    ]);
    expect(meeting.items[2]!.closing).toBe(true);
    expect(meeting.items.map((item) => item.opening === true)).toEqual([true, false, false]);
  });

  it('carries the innkalling\'s standing words from the last meeting: the note on forfall, the greeting and the signature, not its references or opening', () => {
    const letter = { ourRef: '26/123', yourRef: 'Dykkar brev', ingress: [{ type: 'paragraph' as const, content: [{ text: 'Velkomen til møtet.' }] }], greeting: 'Med helsing', signature: 'Ola Haugland\nleiar' };
    const last = { ...previous, absenceNotice: 'Forfall skal meldast til servicekontoret. Varamedlemer møter berre etter nærare innkalling.', letter };
    const meeting = newMeetingFromTemplate(input({ previousMeeting: last }));
    expect(meeting.absenceNotice).toBe('Forfall skal meldast til servicekontoret. Varamedlemer møter berre etter nærare innkalling.');
    expect(meeting.letter).toEqual({ ingress: [], greeting: 'Med helsing', signature: 'Ola Haugland\nleiar' });
    expect(v.safeParse(MeetingSchema, meeting).success).toBe(true);
    // A first meeting, or one after a meeting with none of them, has none.
    const first = newMeetingFromTemplate(input({ previousMeeting: undefined, existingMeetings: [] }));
    expect([first.absenceNotice, first.letter]).toEqual([undefined, undefined]);
    const plain = newMeetingFromTemplate(input({ previousMeeting: { ...previous, absenceNotice: '  ', letter: { ingress: [], ourRef: '26/1' } } }));
    expect([plain.absenceNotice, plain.letter]).toEqual([undefined, undefined]);
  });

  it('takes «Fast møteleder» as the member list has him now, his organisation corrected there, for the meeting and its presenters', () => {
    const member = { ...chair, organisation: 'Sandefjord kommune', chairRole: 'chair' as const };
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, members: [member], defaultChair: { ...chair, organisation: 'Tønsberg kommune' } } }));
    expect(meeting.chair).toEqual({ ...chair, organisation: 'Sandefjord kommune' });
    expect(meeting.items[0]?.presenters).toEqual([{ ...chair, organisation: 'Sandefjord kommune' }]);
  });

  it('closes with the committee\'s own closing rows, «Eventuelt» among them, each fixed last and unnumbered', () => {
    const closingOf = (closingRows: 'avslutning' | 'eventuelt' | 'eventueltOgAvslutning', languageForm: 'nb' | 'nn' = 'nb') => {
      const conventions = v.parse(ConventionsSchema, { closingRows });
      const meeting = newMeetingFromTemplate(input({ committee: { ...committee, languageForm, conventions } }));
      return meeting.items.filter((item) => item.closing).map((item) => [item.title, item.caseNumber]);
    };
    expect(closingOf('eventuelt')).toEqual([['Eventuelt', null]]);
    expect(closingOf('eventueltOgAvslutning')).toEqual([['Eventuelt', null], ['Oppsummering og avslutning', null]]);
    expect(closingOf('eventuelt', 'nn')).toEqual([['Eventuelt', null]]);
    expect(closingOf('avslutning')).toEqual([['Oppsummering og avslutning', null]]);
  });

  it('ends with no fixed row when the committee leaves them out («ingen»), its saker last', () => {
    const conventions = v.parse(ConventionsSchema, { closingRows: 'ingen' });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect(meeting.items.some((item) => item.closing || item.numberedClosing)).toBe(false);
    expect(meeting.items.at(-1)?.title).not.toBe('Oppsummering og avslutning');
  });

  it('closes with «Ymse», the word of older and nynorsk sakslister', () => {
    const closingOf = (closingRows: 'ymse', languageForm: 'nb' | 'nn' = 'nb') => {
      const conventions = v.parse(ConventionsSchema, { closingRows });
      const meeting = newMeetingFromTemplate(input({ committee: { ...committee, languageForm, conventions } }));
      return meeting.items.filter((item) => item.closing).map((item) => [item.title, item.caseNumber]);
    };
    expect(closingOf('ymse')).toEqual([['Ymse', null]]);
    expect(closingOf('ymse', 'nn')).toEqual([['Ymse', null]]);
  });

  it('numbers «Eventuelt» as the last sak when the committee numbers it («Sak 11/15 Eventuelt»), before an unnumbered «Oppsummering og avslutning»', () => {
    const conventions = v.parse(ConventionsSchema, { closingRows: 'eventueltOgAvslutning', closingNumbered: true });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.closing, item.numberedClosing === true])).toEqual([
      ['2026.01', 'Godkjenning av innkalling og dagsorden', false, false],
      ['2026.02', 'Referat fra Partnerskapsmøte 05.06.2025', false, false],
      ['2026.03', 'Eventuelt', false, true],
      [null, 'Oppsummering og avslutning', true, false],
    ]);
    const ymse = v.parse(ConventionsSchema, { closingRows: 'ymse', closingNumbered: true });
    expect(numbersOf(newMeetingFromTemplate(input({ committee: { ...committee, conventions: ymse } }))).at(-1)).toBe('2026.03');
  });

  it('opens with the committee\'s unnumbered opening row before sak 1 («Åpningsord/andakt», as a menighetsråd\'s protokoll), fixed first', () => {
    const openingOf = (openingRow: string, languageForm: 'nb' | 'nn' = 'nb') => {
      const conventions = v.parse(ConventionsSchema, { openingRow });
      return newMeetingFromTemplate(input({ committee: { ...committee, languageForm, conventions } }));
    };
    const meeting = openingOf('Åpningsord/andakt');
    expect(meeting.items.slice(0, 2).map((item) => [item.caseNumber, item.title, item.row, item.opening === true, item.closing])).toEqual([
      [null, 'Åpningsord/andakt', 'unnumbered', true, false],
      ['2026.01', 'Godkjenning av innkalling og dagsorden', 'sak', true, false],
    ]);
    expect(meeting.items[0]!.presenters).toEqual([chair]);
    expect(openingOf('  Andakt ', 'nn').items[0]?.title).toBe('Andakt');
    // None written: the seeds' saksliste, the approval first.
    expect(newMeetingFromTemplate(input()).items[0]?.title).toBe('Godkjenning av innkalling og dagsorden');
  });

  it('opens with the committee\'s several opening rows in its order, the numbered ones taking their sak numbers before the approval\'s', () => {
    // As Grammofonartistenes forening's generalforsamling (2008): «1. Åpning ved styreleder», «2. Konstituering», then the innkalling approved.
    const conventions = v.parse(ConventionsSchema, {
      openingRows: [{ title: 'Åpning ved styreleder', numbered: true }, { title: ' Registrering av fremmøtte ' }, { title: 'Valg av møteleder', numbered: true }],
      openingRow: 'Åpning',
    });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect(meeting.items.slice(0, 4).map((item) => [item.caseNumber, item.title, item.row, item.opening === true])).toEqual([
      ['2026.01', 'Åpning ved styreleder', 'sak', true],
      [null, 'Registrering av fremmøtte', 'unnumbered', true],
      ['2026.02', 'Valg av møteleder', 'sak', true],
      ['2026.03', 'Godkjenning av innkalling og dagsorden', 'sak', true],
    ]);
    // An empty list: no opening row, even where the old single row was stored beside it.
    expect(newMeetingFromTemplate(input({ committee: { ...committee, conventions: { ...conventions, openingRows: [] } } })).items[0]?.title).toBe('Godkjenning av innkalling og dagsorden');
  });

  it('leaves out the approval of the innkalling when the committee approves none (approvalRow: false), its opening rows and Referatsak kept, in bokmål and nynorsk', () => {
    const held = { id: 'held', committeeId: 'c', date: '2026-05-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {} } satisfies Meeting;
    const conventions = v.parse(ConventionsSchema, { approvalRow: false, openingRows: [{ title: 'Åpning' }] });
    for (const languageForm of ['nb', 'nn'] as const) {
      const meeting = newMeetingFromTemplate(input({ committee: { ...committee, languageForm, conventions }, previousMeeting: held }));
      expect(meeting.items.map((item) => [item.caseNumber, item.title.split(' ').slice(0, 2).join(' '), item.opening === true])).toEqual([
        [null, 'Åpning', true],
        ['2026.01', languageForm === 'nb' ? 'Referat fra' : 'Referat frå', false],
        [null, 'Oppsummering og', false],
      ]);
    }
    // Absent or ticked: the approval first, as the seeds.
    expect(newMeetingFromTemplate(input({ committee: { ...committee, conventions: v.parse(ConventionsSchema, { approvalRow: true }) } })).items[0]?.title).toBe('Godkjenning av innkalling og dagsorden');
  });

  it('refuses an opening row\'s title longer than a sak\'s title may be', () => {
    expect(v.safeParse(ConventionsSchema, { openingRow: 'x'.repeat(256) }).success).toBe(false);
  });

  it('gives the approval row no sakstype when the committee\'s own sakstyper have no «Godkjenning» (a hospital board\'s list)', () => {
    const conventions = v.parse(ConventionsSchema, {
      itemKinds: [
        { id: 'Vedtakssak', nb: 'Vedtakssak', nn: 'Vedtakssak' },
        { id: 'Referatsak', nb: 'Referatsak', nn: 'Referatsak' },
      ],
    });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect(meeting.items.map((item) => [item.title, item.kinds])).toEqual([
      ['Godkjenning av innkalling og dagsorden', []],
      ['Referat fra Partnerskapsmøte 05.06.2025', ['Referatsak']],
      ['Oppsummering og avslutning', []],
    ]);
  });

  it('approves «innkalling og saksliste» when that is the committee\'s word, in both målformer', () => {
    const conventions = v.parse(ConventionsSchema, { agenda: 'saksliste' });
    const nb = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect([nb.items[0]!.title, nb.items[0]!.proposedConclusion]).toEqual(['Godkjenning av innkalling og saksliste', ['Innkalling og saksliste godkjennes.']]);
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions } }));
    // Nynorsk writes «sakliste», as a nynorsk helseføretak's innkalling does («Godkjenning av innkalling og sakliste») and the documents' heading («Sakliste»).
    expect([nn.items[0]!.title, nn.items[0]!.proposedConclusion]).toEqual(['Godkjenning av innkalling og sakliste', ['Innkalling og sakliste vert godkjende.']]);
  });

  it('words the Referatsak with the committee\'s word for its record, in both målformer', () => {
    const conventions = v.parse(ConventionsSchema, { minutes: 'protokoll' });
    const nb = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    expect(nb.items[1]!.title).toBe('Protokoll fra Partnerskapsmøte 05.06.2025');
    expect(nb.items[1]!.attachments[0]!.title).toBe('Protokoll fra partnerskapsmøtet 05.06.25');
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions } }));
    expect(nn.items[1]!.proposedConclusion).toEqual(['Protokoll teke til orientering.']);
  });

  it('names a written treatment\'s protokoll in the Referatsak as the protokoll names itself, not as a meeting, in both målformer', () => {
    const written: Meeting = { ...previous, date: '2026-03-12', start: '12:00', written: { answers: [] } };
    delete (written as Partial<Meeting>).end;
    const conventions = v.parse(ConventionsSchema, { minutes: 'protokoll' });
    const nb = newMeetingFromTemplate(input({ committee: { ...committee, conventions }, previousMeeting: written }));
    expect(nb.items[1]!.title).toBe('Protokoll fra skriftlig styrebehandling 12.03.2026');
    expect(nb.items[1]!.attachments[0]!.title).toBe('Protokoll fra skriftlig styrebehandling 12.03.26');
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions }, previousMeeting: written }));
    expect(nn.items[1]!.title).toBe('Protokoll frå skriftleg styrehandsaming 12.03.2026');
    // The treatment held before the new meeting is the one its Referatsak takes up (its date is the Svarfrist).
    expect(previousHeldMeeting([previous, written], { date: '2026-06-11', start: '13:30' })?.id).toBe(written.id);
  });

  it('proposes the previous record approved when that is the committee\'s choice, in the seeds\' words («Referatet godkjennes.»), in both målformer', () => {
    const approved = v.parse(ConventionsSchema, { minutesProposal: 'approved' });
    const nb = newMeetingFromTemplate(input({ committee: { ...committee, conventions: approved } }));
    expect(nb.items[1]!.proposedConclusion).toEqual(['Referatet godkjennes.']);
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions: { ...approved, minutes: 'protokoll' } } }));
    expect(nn.items[1]!.proposedConclusion).toEqual(['Protokollen vert godkjend.']);
    const nnNeuter = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions: approved } }));
    expect(nnNeuter.items[1]!.proposedConclusion).toEqual(['Referatet vert godkjent.']);
  });

  it('titles the sak that approves the previous record «Godkjenning av …», as the sakslister of committees that approve it print it without a sakstype under the number', () => {
    // Helse Finnmark's «Godkjenning av protokoll fra styremøtet 13. februar 2014» (docplayer.me/44225481), Helse Nord RHF's
    // «Godkjenning av protokoll» (docplayer.me/39418396): the title says what the sak does; «Protokoll fra …» alone reads as a vedlegg.
    const approved = v.parse(ConventionsSchema, { minutes: 'protokoll', minutesProposal: 'approved', kindsUnderNumber: false });
    const nb = newMeetingFromTemplate(input({ committee: { ...committee, conventions: approved } }));
    expect(nb.items[1]!.title).toMatch(/^Godkjenning av protokoll fra Partnerskapsmøte \d/);
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions: approved } }));
    expect(nn.items[1]!.title).toMatch(/^Godkjenning av protokoll frå Partnerskapsmøte \d/);
    // A record taken as read keeps the seeds' «Referat fra Partnerskapsmøte …».
    const noted = newMeetingFromTemplate(input({ committee }));
    expect(noted.items[1]!.title).toMatch(/^Referat fra Partnerskapsmøte \d/);
  });

  it('proposes a kontrollutvalg\'s and a kommunestyre\'s møteprotokoll approved, as their presets choose', () => {
    for (const id of ['kontrollutvalg', 'kommunestyre'] as const) {
      const preset = committeePreset(id);
      const meeting = newMeetingFromTemplate(input({ committee: { ...committee, ...preset } }));
      expect(meeting.items.find((item) => item.kinds.includes('Referatsak'))?.proposedConclusion).toEqual(['Møteprotokollen godkjennes.']);
    }
  });

  it('puts approval of the record last, before the closing row, when the committee approves it in the same meeting', () => {
    const conventions = v.parse(ConventionsSchema, { minutes: 'moteprotokoll', minutesApproval: 'sameMeeting' });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions } }));
    expect(meeting.items.map((item) => [item.caseNumber, item.kinds, item.title, item.proposedConclusion])).toEqual([
      ['2026.01', ['Godkjenning'], 'Godkjenning av innkalling og dagsorden', ['Innkalling og dagsorden vert godkjende.']],
      ['2026.02', ['Referatsak'], 'Godkjenning av møteprotokoll', ['Møteprotokollen frå møtet vert godkjend.']],
      [null, [], 'Oppsummering og avslutning', []],
    ]);
  });

  it('adds no sak approving the previous record when the committee approves it by e-mail or by everyone\'s signature after the meeting', () => {
    for (const minutesApproval of ['circulated', 'signedByAll'] as const) {
      const conventions = v.parse(ConventionsSchema, { minutes: 'protokoll', minutesApproval });
      const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
      expect(meeting.items.map((item) => item.title)).toEqual(['Godkjenning av innkalling og dagsorden', 'Oppsummering og avslutning']);
    }
    // A protokoll signed by the møteleder and members chosen is still approved as a sak of the next meeting (the helseforetak's).
    const signed = v.parse(ConventionsSchema, { minutes: 'protokoll', minutesApproval: 'signed' });
    expect(newMeetingFromTemplate(input({ committee: { ...committee, conventions: signed } })).items.map((item) => item.kinds)).toContainEqual(['Referatsak']);
  });

  it('chooses the co-signers in a fixed sak after the approval row when the leder and members chosen sign the record after the meeting, as Vekst i Grenland\'s representantskap', () => {
    const conventions = v.parse(ConventionsSchema, { minutes: 'protokoll', agenda: 'saksliste', minutesApproval: 'signedByChosen', openingRows: [{ title: 'Åpning' }] });
    const meeting = newMeetingFromTemplate(input({ committee: { ...committee, conventions } }));
    // No møteleder election (the leder leads), no sak approving the last protokoll.
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.opening === true])).toEqual([
      [null, 'Åpning', true],
      ['2026.01', 'Godkjenning av innkalling og saksliste', true],
      ['2026.02', 'Valg av to til å undertegne protokollen', true],
      [null, 'Oppsummering og avslutning', false],
    ]);
    expect(meeting.items[2]!.presenters).toEqual([chair]);
    // In the committee's word for the record, and in nynorsk.
    const moteprotokoll = v.parse(ConventionsSchema, { minutes: 'moteprotokoll', minutesApproval: 'signedByChosen' });
    expect(newMeetingFromTemplate(input({ committee: { ...committee, conventions: moteprotokoll } })).items[1]!.title).toBe('Valg av to til å undertegne møteprotokollen');
    const nn = newMeetingFromTemplate(input({ committee: { ...committee, languageForm: 'nn', conventions } }));
    expect(nn.items[2]!.title).toBe('Val av to til å skrive under protokollen');
    // A generalforsamling's election still comes before the approval, and only its.
    const inMeeting = v.parse(ConventionsSchema, { minutes: 'protokoll', minutesApproval: 'signedInMeeting' });
    expect(newMeetingFromTemplate(input({ committee: { ...committee, conventions: inMeeting } })).items.map((item) => item.title)).toEqual([
      'Valg av møteleder og én person til å medundertegne protokollen',
      'Godkjenning av innkalling og dagsorden',
      'Oppsummering og avslutning',
    ]);
  });

  it('names the number of co-signers the committee sets, and elects the møteleder in a sak of its own when it says so', () => {
    const titles = (conventions: object, languageForm: 'nb' | 'nn' = 'nb') =>
      newMeetingFromTemplate(input({ committee: { ...committee, languageForm, conventions: v.parse(ConventionsSchema, { minutes: 'protokoll', ...conventions }) } })).items.map((item) => item.title);
    // Two co-signers in the generalforsamling's one sak (the Bokhandlerforeningen's «… og 2 medlemmer til å undertegne protokollen»).
    expect(titles({ minutesApproval: 'signedInMeeting', coSigners: 2 })[0]).toBe('Valg av møteleder og to personer til å medundertegne protokollen');
    expect(titles({ minutesApproval: 'signedInMeeting', coSigners: 2 }, 'nn')[0]).toBe('Val av møteleiar og to personar til å skrive under protokollen saman med møteleiaren');
    // Two saker, the møteleder first, then the co-signers, both before the approval (Ementor ASA's «2. Valg av en person …»).
    expect(titles({ minutesApproval: 'signedInMeeting', chairOwnSak: true })).toEqual([
      'Valg av møteleder',
      'Valg av én person til å medundertegne protokollen',
      'Godkjenning av innkalling og dagsorden',
      'Oppsummering og avslutning',
    ]);
    expect(titles({ minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2 }, 'nn').slice(0, 2)).toEqual([
      'Val av møteleiar',
      'Val av to personar til å skrive under protokollen saman med møteleiaren',
    ]);
    // A representantskap choosing one, or three, in place of Vekst i Grenland's «to».
    expect(titles({ minutesApproval: 'signedByChosen', coSigners: 1 })[1]).toBe('Valg av én person til å undertegne protokollen');
    expect(titles({ minutesApproval: 'signedByChosen', coSigners: 3 })[1]).toBe('Valg av tre til å undertegne protokollen');
    expect(titles({ minutesApproval: 'signedByChosen', coSigners: 3 }, 'nn')[1]).toBe('Val av tre til å skrive under protokollen');
    // The møteleder's own sak is a generalforsamling's only: a representantskap's leder leads by office.
    expect(titles({ minutesApproval: 'signedByChosen', chairOwnSak: true })).not.toContain('Valg av møteleder');
    // An årsmøte's words (`dirigent`): the lovnorm's «Velge dirigent, referent, samt to medlemmer til å underskrive protokollen»,
    // nn «velje protokollførar(ar)», «skrive under»: the referent's sak between the dirigent's and the signers'.
    expect(titles({ minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true }).slice(0, 4)).toEqual([
      'Valg av dirigent',
      'Valg av referent',
      'Valg av to til å underskrive protokollen',
      'Godkjenning av innkalling og dagsorden',
    ]);
    expect(titles({ minutesApproval: 'signedInMeeting', chairOwnSak: true, coSigners: 2, dirigent: true }, 'nn').slice(0, 3)).toEqual([
      'Val av dirigent',
      'Val av protokollførar',
      'Val av to til å skrive under protokollen',
    ]);
    expect(titles({ minutesApproval: 'signedInMeeting', coSigners: 2, dirigent: true })[0]).toBe('Valg av dirigent, referent og to til å underskrive protokollen');
    expect(titles({ minutesApproval: 'signedInMeeting', dirigent: true }, 'nn')[0]).toBe('Val av dirigent, protokollførar og éin person til å skrive under protokollen');
    // A generalforsamling elects no referent: its saker stay two.
    expect(titles({ minutesApproval: 'signedInMeeting', chairOwnSak: true }).slice(0, 2)).toEqual(['Valg av møteleder', 'Valg av én person til å medundertegne protokollen']);
    // A representantskap elects no dirigent: its leder leads.
    expect(titles({ minutesApproval: 'signedByChosen', dirigent: true })[1]).toBe('Valg av to til å undertegne protokollen');
  });

  it('makes the chair the presenter of every template row', () => {
    const meeting = newMeetingFromTemplate(input());
    for (const item of meeting.items) expect(item.presenters).toEqual([chair]);
  });

  it('attaches the previous minutes to the Referatsak under the seed title', () => {
    const attachments = newMeetingFromTemplate(input()).items[1]!.attachments;
    expect(attachments).toEqual([
      {
        id: 'id-4',
        fileName: 'Referat Partnerskapsmøtet 05.06.25.docx',
        driveItemId: 'drive-1',
        webUrl: 'https://tenant.example/referat.docx',
        size: 42_000,
        title: 'Referat fra partnerskapsmøtet 05.06.25',
      },
    ]);
  });

  it('says nothing more in the Referatsak when the attached referat is approved', () => {
    expect(newMeetingFromTemplate(input()).items[1]!.summary).toEqual([]);
  });

  it('attaches the latest referat of a held meeting and says in the committee\'s målform that it is not approved yet', () => {
    const held: Meeting = { ...previous, status: 'held' };
    const item = newMeetingFromTemplate(input({ previousMeeting: held })).items[1]!;
    expect(item.attachments.map((a) => a.driveItemId)).toEqual(['drive-1']);
    expect(plainTextOf(item.summary)).toBe('Referatet er ikke godkjent ennå. Vedlagt er siste versjon.');
    const nynorsk = newMeetingFromTemplate(input({ committee: aCommittee({ languageForm: 'nn' }), previousMeeting: held })).items[1]!;
    expect(plainTextOf(nynorsk.summary)).toBe('Referatet er ikkje godkjent enno. Vedlagt er siste versjon.');
  });

  it('leaves the attachment out and says so when the held meeting has no referat stored yet', () => {
    const { minutes: _minutes, ...withoutMinutes } = { ...previous, status: 'held' as const };
    const item = newMeetingFromTemplate(input({ previousMeeting: withoutMinutes })).items[1]!;
    expect(item.attachments).toEqual([]);
    expect(plainTextOf(item.summary)).toMatch(/^Referatet fra møtet er ikke laget ennå/);
  });

  it('refuses to make a Referatsak of a meeting that was never held', () => {
    for (const status of ['draft', 'noticeSent', 'inProgress'] as const) {
      expect(() => newMeetingFromTemplate(input({ previousMeeting: { ...previous, status } }))).toThrow(/^previousNotHeld date=/);
    }
  });

  it('has no Referatsak at a committee\'s first meeting', () => {
    const meeting = newMeetingFromTemplate(input({ previousMeeting: undefined, existingMeetings: [] }));
    expect(meeting.items.map((item) => item.title)).toEqual(['Godkjenning av innkalling og dagsorden', 'Oppsummering og avslutning']);
    expect(meeting.previousMeetingId).toBeUndefined();
  });

  it('writes nynorsk for a nynorsk committee', () => {
    const nn = aCommittee({ languageForm: 'nn' });
    const meeting = newMeetingFromTemplate(input({ committee: nn }));
    expect(meeting.items.map((item) => [item.title, item.proposedConclusion])).toEqual([
      ['Godkjenning av innkalling og dagsorden', ['Innkalling og dagsorden vert godkjende.']],
      ['Referat frå Partnerskapsmøte 05.06.2025', ['Referat teke til orientering.']],
      ['Oppsummering og avslutning', []],
    ]);
    expect(meeting.items[1]!.attachments[0]!.title).toBe('Referat frå partnerskapsmøtet 05.06.25');
  });

  it('continues the numbering after the meetings the committee already held that year', () => {
    const spring = renumberItems(aMeeting({ id: 'spring', date: '2026-02-01', status: 'held', items: [anItem('s1'), anItem('s2')] }), committee, []);
    const meeting = newMeetingFromTemplate(input({ existingMeetings: [previous, spring] }));
    expect(numbersOf(meeting)).toEqual(['2026.03', '2026.04', null]);
  });

  it('fills the meeting from the committee defaults and links the previous meeting', () => {
    const meeting = newMeetingFromTemplate(input());
    expect(meeting).toMatchObject({
      id: 'id-1',
      committeeId: 'pm',
      status: 'draft',
      place: 'Våle samfunnshus',
      chair,
      minuteTaker: { name: 'Hilde Kari Maugesten' },
      recipients: 'Partnerskapsmøtets faste medlemmer',
      theme: 'Innkalling Partnerskapsmøtet',
      previousMeetingId: 'pm-2025',
    });
    expect(newMeetingFromTemplate(input({ place: 'Teams' })).place).toBe('Teams');
  });

  it('produces a meeting the schema accepts, with ids only from the factory', () => {
    const meeting = newMeetingFromTemplate(input({ idFactory: sequentialIds('x') }));
    expect(v.parse(MeetingSchema, meeting)).toEqual(meeting);
    expect([meeting.id, ...meeting.items.map((item) => item.id)].every((id) => id.startsWith('x-'))).toBe(true);
  });

  it('refuses a meeting that ends before it starts, and an impossible date', () => {
    expect(() => newMeetingFromTemplate(input({ start: '15:00', end: '13:30' }))).toThrow(DomainError);
    expect(() => newMeetingFromTemplate(input({ date: '2026-02-30' }))).toThrow(DomainError);
  });

  it('works without a default chair (no presenters)', () => {
    const { defaultChair: _chair, ...noChair } = committee;
    const meeting = newMeetingFromTemplate(input({ committee: noChair }));
    expect(meeting.chair).toBeUndefined();
    expect(meeting.items[0]!.presenters).toEqual([]);
  });
});

describe('previousHeldMeeting', () => {
  const meeting = (id: string, date: string, status: Meeting['status'], times: Partial<Meeting> = {}) => aMeeting({ id, date, status, ...times });
  const at = { date: '2026-11-12', start: '13:00' };

  it('passes over a newer draft and a meeting whose innkalling went out but that was not held', () => {
    const meetings = [meeting('2025', '2025-06-05', 'minutesApproved'), meeting('2026-06', '2026-06-11', 'draft'), meeting('2026-09', '2026-09-10', 'noticeSent')];
    expect(previousHeldMeeting(meetings, at)?.id).toBe('2025');
  });

  it('takes the latest held meeting, approved or not, and none held after the new one', () => {
    const meetings = [meeting('2024', '2024-06-06', 'minutesApproved'), meeting('2025', '2025-06-05', 'held'), meeting('2027', '2027-01-01', 'held')];
    expect(previousHeldMeeting(meetings, at)?.id).toBe('2025');
  });

  it('counts an earlier meeting the same day only if it ended before the new one starts', () => {
    const morning = meeting('morning', '2026-11-12', 'held', { start: '09:00', end: '11:00' });
    const afternoon = meeting('afternoon', '2026-11-12', 'held', { start: '12:30', end: '14:00' });
    expect(previousHeldMeeting([morning, afternoon], at)?.id).toBe('morning');
  });

  it('finds none when no meeting has been held, so the secretary can be told', () => {
    expect(previousHeldMeeting([meeting('draft', '2026-06-11', 'draft')], at)).toBeUndefined();
    expect(previousHeldMeeting([], at)).toBeUndefined();
  });
});

describe('previousMinutesState', () => {
  it('tells approved, not yet approved and missing minutes apart', () => {
    expect(previousMinutesState(previous)).toBe('approved');
    expect(previousMinutesState({ ...previous, status: 'held' })).toBe('notApproved');
    expect(previousMinutesState({ status: 'held' })).toBe('missing');
  });
});

describe('meetingNameOf', () => {
  it('drops the article of a "-møtet" name and says "møte i" otherwise', () => {
    expect(meetingNameOf({ name: 'Partnerskapsmøtet' })).toBe('Partnerskapsmøte');
    expect(meetingNameOf({ name: 'SSU' })).toBe('møte i SSU');
  });
});
