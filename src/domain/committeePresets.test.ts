import { describe, expect, it } from 'vitest';
import { exampleCaseNumber, renumberItems, seriesFormatOf } from './caseNumbering';
import { COMMITTEE_PRESET_IDS, committeePreset } from './committeePresets';
import { presetGroupsIn, presetWordsIn } from './presetSentences';
import { conclusionNoun } from './caseRoute';
import { blankCommittee } from './blankCommittee';
import { checkCommitteeSettings, settingsOf, withPreset } from './committeeSettings';
import { defaultConventions, remoteWaysOf, wordingOf } from './conventions';
import { noticeHeading, noticeWordOf } from './noticeWord';
import { agendaHeadingOf } from './agendaHeading';
import { newMeetingFromTemplate } from './agendaTemplate';
import { recordTitle } from './attachments';
import { parseMeetingFile } from './meetingFile';
import { MEETING_FILE_FORMAT, type Meeting } from './model';

/** A new committee with its secretariat chosen, as the settings require (`hasManager`). */
const managed = () => ({ ...blankCommittee('c'), secretariat: [{ name: 'Kristin Liset', email: 'kristin.liset@siv.example.no' }] });

describe('committee presets', () => {
  it('keeps today\'s Partnerskapsmøtet as the first preset, with the defaults', () => {
    expect(COMMITTEE_PRESET_IDS[0]).toBe('partnerskapsmote');
    const preset = committeePreset('partnerskapsmote');
    expect([preset.languageForm, preset.caseNumberFormat, preset.caseNumberSerial]).toEqual(['nb', '{YYYY}.{NN}', 'perYear']);
    expect(preset.conventions).toEqual(settingsOf(blankCommittee('x')).conventions);
  });

  it('records proposals, votes and protokolltilførsler for the folkevalgte organer whose møtebok must give the avstemningsresultat (kommuneloven § 11-4), and not for the seeds\' partnerskapsmøte or a board', () => {
    expect(committeePreset('kommunestyre').conventions.voting).toBe(true);
    expect(committeePreset('kontrollutvalg').conventions.voting).toBe(true);
    expect(committeePreset('partnerskapsmote').conventions.voting).toBeUndefined();
    expect(committeePreset('styre').conventions.voting).toBeUndefined();
  });

  it('lets the folkevalgte organer, a råd of kommuneloven § 5-12 among them, take part from elsewhere by video only (kommuneloven § 11-7: seen and heard), and boards and the seeds\' partnerskapsmøte by video or telephone', () => {
    for (const id of ['kommunestyre', 'regionrad', 'kontrollutvalg', 'klagenemnd', 'rad'] as const) expect(remoteWaysOf(committeePreset(id).conventions)).toEqual(['video']);
    for (const id of ['partnerskapsmote', 'styre', 'aksjeselskap', 'generalforsamling'] as const) expect(remoteWaysOf(committeePreset(id).conventions)).toEqual(['video', 'phone']);
  });

  it('sets PS numbering, Vedtak, Innstilling and Møteprotokoll for a kommunestyre', () => {
    const preset = committeePreset('kommunestyre');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2024, 12)).toBe('PS 12/24');
    const words = wordingOf(preset.conventions, preset.languageForm);
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, words.background.word]).toEqual(['Møteprotokoll', 'Vedtak', 'Innstilling', 'Saksutredning']);
  });

  it('heads a samarbeidsutvalg\'s and an Oslo bydelsutvalg\'s list of saker «Sakskart», as the SSU of nedre Telemark\'s protokoll and the bydeler\'s møteinnkallinger do, a styringsgruppe\'s and a generalforsamling\'s «Dagsorden», as Prosjekt Sunnfjord\'s and aksjeloven\'s innkalling have it; «Saksliste» (nynorsk «Sakliste») for the others', () => {
    const headingOf = (id: (typeof COMMITTEE_PRESET_IDS)[number]) => agendaHeadingOf(committeePreset(id).conventions, committeePreset(id).languageForm).word;
    const headings = Object.fromEntries(COMMITTEE_PRESET_IDS.map((id) => [id, headingOf(id)]));
    expect(Object.entries(headings).filter(([, word]) => word !== 'Saksliste' && word !== 'Sakliste')).toEqual([['samarbeidsutvalg', 'Sakskart'], ['bydelsutvalg', 'Sakskart'], ['styringsgruppe', 'Dagsorden'], ['generalforsamling', 'Dagsorden'], ['forskningsetikk', 'Dagsorden']]);
    expect(headings.regionrad).toBe('Sakliste');
  });

  it('has a samarbeidsutvalg\'s first sak approve its «Sakskart» by that word, not a «dagsorden» its list is not called', () => {
    const preset = committeePreset('samarbeidsutvalg');
    const committee = { ...blankCommittee('ssu'), ...preset, name: 'Strategisk samarbeidsutvalg', members: [] };
    const meeting = newMeetingFromTemplate({ committee, date: '2026-02-19', start: '12:00', end: '15:00', online: true, existingMeetings: [], idFactory: (() => { let n = 0; return () => `id${++n}`; })() });
    expect(meeting.items[0]).toMatchObject({ title: 'Godkjenning av innkalling og sakskart', proposedConclusion: ['Innkalling og sakskart godkjennes.'] });
  });

  it('heads a kommunestyre\'s attendance «Faste medlemmer som møtte» … as its protokoller from the sak/arkiv systems do; other presets by role', () => {
    expect(committeePreset('kommunestyre').conventions.attendanceHeadings).toBe('metOrNot');
    expect(committeePreset('styre').conventions.attendanceHeadings).toBeUndefined();
  });

  it('states where, when and what time on rows of their own for a kommunestyre, a råd, a bydelsutvalg, a nemnd for eigedomsskatt and an administrasjonsutvalg, as the kommune\'s innkallinger and protokoller do; «Dato/sted» for the others', () => {
    expect(COMMITTEE_PRESET_IDS.filter((id) => committeePreset(id).conventions.factsApart === true)).toEqual(['kommunestyre', 'rad', 'bydelsutvalg', 'eigedomsskattenemnd', 'administrasjonsutvalg']);
  });

  it('prints a kommunestyre\'s and a råd\'s arkivsaker in a column of the saksliste, «Saksnr. Arkivsaksnr. Tittel», as Kvalsund\'s kommunestyre, Os\'s formannskap and Sogn og Fjordane\'s fylkesråd for eldre do; under the number for the others', () => {
    expect(COMMITTEE_PRESET_IDS.filter((id) => committeePreset(id).conventions.archiveColumn === true)).toEqual(['kommunestyre', 'rad']);
  });

  it('prints who met as a «Navn | Funksjon | Representerer» table for a samarbeidsutvalg, a bydelsutvalg, a regionråd, an arbeidsmiljøutvalg and an administrasjonsutvalg, each one\'s organisation, kommune, side, party or union in a column; a line each for the others, as the seeds', () => {
    expect(COMMITTEE_PRESET_IDS.filter((id) => committeePreset(id).conventions.attendanceTable === true)).toEqual(['samarbeidsutvalg', 'rad', 'bydelsutvalg', 'regionrad', 'arbeidsmiljoutvalg', 'administrasjonsutvalg', 'forskningsetikk']);
  });

  it('numbers a kommunestyre\'s referatsaker RS and its delegerte vedtak DS, each in its own series beside the politiske saker, and has interpellasjoner and spørsmål', () => {
    const preset = committeePreset('kommunestyre');
    const committee = { ...blankCommittee('k'), caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    const seriesOf = (kind: string) => exampleCaseNumber(seriesFormatOf({ kinds: [kind] }, committee), 2026, 3);
    expect(['Vedtakssak', 'Referatsaker', 'Delegerte vedtak', 'Orientering'].map(seriesOf)).toEqual(['PS 3/26', 'RS 3/26', 'DS 3/26', 'PS 3/26']);
    expect(wordingOf(preset.conventions, 'nb').kinds.map((k) => k.label)).toEqual(expect.arrayContaining(['Interpellasjon', 'Spørsmål']));
  });

  it('opens a kommunestyre\'s meeting with «Godkjenning av innkalling og saksliste», the word a kommunestyre\'s innkalling uses (Saksliste)', () => {
    const preset = committeePreset('kommunestyre');
    const committee = { ...managed(), caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-09-17', start: '18:00', end: '21:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` });
    expect(meeting.items[0]?.title).toBe('Godkjenning av innkalling og saksliste');
  });

  it('makes a regionråd nynorsk, with nynorsk words', () => {
    const preset = committeePreset('regionrad');
    expect(preset.languageForm).toBe('nn');
    expect(wordingOf(preset.conventions, 'nn').background.word).toBe('Saksutgreiing');
  });

  it('numbers a regionråd\'s meetings and its saker «Sak 47/14» through the year, and writes the day out, as Regionrådet Nordhordland\'s protokoll «Møte: 6/2014 Tid: Fredag 7. november»', () => {
    const preset = committeePreset('regionrad');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2014, 47)).toBe('Sak 47/14');
    expect([preset.conventions.meetingsNumbered, preset.conventions.datesWritten, noticeWordOf(preset.conventions, 'nn')]).toEqual([true, true, 'Møteinnkalling']);
    const committee = { ...managed(), name: 'Regionrådet Nordhordland', languageForm: preset.languageForm, caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-11-06', start: '09:00', end: '14:30', online: false, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect([meeting.meetingNumber, meeting.items[0]?.caseNumber, meeting.items[0]?.title]).toEqual(['1/2026', 'Sak 1/26', 'Godkjenning av innkalling og sakliste']);
  });

  it('gives a samarbeidsutvalg "Sak {NN}-{YY}"', () => {
    expect(exampleCaseNumber(committeePreset('samarbeidsutvalg').caseNumberFormat, 2021, 1)).toBe('Sak 01-21');
  });

  it('gives a styringsgruppe saker 1, 2 in each meeting, no approval of the innkalling, the last referat approved first, «Eventuelt» the last sak, «Dagsorden», «Referat fra møte i …» (Lund 2018, Prosjekt Sunnfjord 2017)', () => {
    const preset = committeePreset('styringsgruppe');
    expect([preset.caseNumberSerial, exampleCaseNumber(preset.caseNumberFormat, 2026, 4), agendaHeadingOf(preset.conventions, 'nb').word, preset.conventions.kindsUnderNumber]).toEqual(['perMeeting', '4', 'Dagsorden', false]);
    const committee = { ...managed(), name: 'Styringsgruppa for sentrumsprosjektet', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    const held = { id: 'held', committeeId: 'c', date: '2026-10-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Referat.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/referat.docx', size: 1 } } satisfies Meeting;
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '09:00', end: '10:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.proposedConclusion[0]])).toEqual([
      ['1', 'Godkjenning av referat fra møte i Styringsgruppa for sentrumsprosjektet 01.10.2026', 'Referatet godkjennes.'],
      ['2', 'Eventuelt', undefined],
    ]);
    expect(recordTitle(committee, meeting)).toBe('Referat fra møte i Styringsgruppa for sentrumsprosjektet 17.11.26');
    // In nynorsk, as Prosjekt Sunnfjord's «1. Ang. godkjenning av referat frå møte i styringsgruppa 16.06.17».
    const nynorsk = newMeetingFromTemplate({ committee: { ...committee, languageForm: 'nn' }, date: '2026-11-17', start: '09:00', end: '10:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `nn-${++n}` });
    expect(nynorsk.items.map((item) => item.title)).toEqual(['Godkjenning av referat frå møte i Styringsgruppa for sentrumsprosjektet 01.10.2026', 'Eventuelt']);
    // The first meeting, no referat before it: «Eventuelt» alone, as Lund's referat approves nothing.
    const first = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '09:00', end: '10:00', online: false, existingMeetings: [], idFactory: () => `f-${++n}` });
    expect(first.items.map((item) => [item.caseNumber, item.title])).toEqual([['1', 'Eventuelt']]);
  });

  it('has a samarbeidsutvalg of a helseforetak and its kommuner say a meeting on Teams was held there, as the SSU of nedre Telemark\'s protokoll of 2021 does, and keeps its Referat', () => {
    const preset = committeePreset('samarbeidsutvalg');
    expect(preset.conventions.recordOnline).toBe(true);
    expect(wordingOf(preset.conventions, 'nb').minutes.word).toBe('Referat');
  });

  it('gives a kontrollutvalg «12/24», Vedtak, Forslag til vedtak, a møteprotokoll approved in the next meeting and Referatsaker', () => {
    const preset = committeePreset('kontrollutvalg');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2024, 12)).toBe('12/24');
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, words.memoProposal.word]).toEqual(['Møteprotokoll', 'Vedtak', 'Forslag til vedtak', 'Forslag til vedtak']);
    expect(preset.conventions.minutesApproval).toBe('nextMeeting');
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Godkjenning av protokoll', 'Vedtakssak', 'Orientering', 'Referatsaker']);
    expect(wordingOf(preset.conventions, 'nn').background.word).toBe('Saksutgreiing');
  });

  it('gives a styre «Sak 045-2026», a protokoll its members sign, and Beslutning in nynorsk as Avgjerd', () => {
    const preset = committeePreset('styre');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2026, 45)).toBe('Sak 045-2026');
    expect(preset.conventions.minutesApproval).toBe('signed');
    expect(wordingOf(preset.conventions, 'nb').minutes.word).toBe('Protokoll');
    expect(wordingOf(preset.conventions, 'nn').kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Avgjerd', 'Orientering', 'Drøfting']);
  });

  it('gives every preset\'s committee meetings that save, the first and the one after a held meeting, though its sakstyper lack «Referatsak» (a styre, a styringsgruppe)', () => {
    const held = { id: 'held', committeeId: 'c', date: '2026-10-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;
    for (const id of COMMITTEE_PRESET_IDS) {
      const preset = committeePreset(id);
      const committee = { ...managed(), name: 'Styret', shortName: 'S', languageForm: preset.languageForm, caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
      for (const previousMeeting of [undefined, held]) {
        let n = 0;
        const meeting = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '18:00', end: '21:00', online: false, previousMeeting, existingMeetings: [], idFactory: () => `id-${++n}` });
        expect(() => parseMeetingFile({ formatVersion: MEETING_FILE_FORMAT, committee, meeting }), `${id} ${previousMeeting ? 'second' : 'first'}`).not.toThrow();
      }
    }
  });

  it('gives a helseforetak\'s styre «Sak 01/2026», «innkalling og saksliste», Forslag til vedtak, Saksutredning and the previous protokoll approved and signed as «Godkjenning av protokoll», «Eventuelt» last', () => {
    const preset = committeePreset('helseforetak');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2026, 1)).toBe('Sak 01/2026');
    expect([preset.conventions.minutesApproval, preset.conventions.kindsUnderNumber, preset.publicMeetings, preset.closedMeetingBases]).toEqual(['signed', false, true, []]);
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, words.background.word]).toEqual(['Protokoll', 'Vedtak', 'Forslag til vedtak', 'Saksutredning']);
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Godkjenning av protokoll', 'Vedtakssak', 'Orientering', 'Referatsaker']);
    expect(`${noticeWordOf(preset.conventions, 'nb')} Styret for Helse Nordfjell HF`).toBe('Innkalling til møte i Styret for Helse Nordfjell HF');
    const committee = { ...managed(), name: 'Styret for Helse Nordfjell HF', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    let n = 0;
    const held = { id: 'held', committeeId: 'c', date: '2026-10-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '09:00', end: '15:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.slice(0, 2).map((item) => [item.caseNumber, item.title, item.proposedConclusion, item.kinds.map(words.kindLabel)])).toEqual([
      ['Sak 01/2026', 'Godkjenning av innkalling og saksliste', ['Innkalling og saksliste godkjennes.'], ['Godkjenning']],
      ['Sak 02/2026', 'Godkjenning av protokoll fra møte i Styret for Helse Nordfjell HF 01.10.2026', ['Protokollen godkjennes.'], ['Godkjenning av protokoll']],
    ]);
    // Its saksliste ends «Eventuelt», its «Orienteringssaker» numbered 1., 2. (Helse Nord-Trøndelag, Helse Nord RHF).
    expect(meeting.items.at(-1)?.title).toBe('Eventuelt');
    expect(preset.conventions.subItemsNumbered).toBe(true);
    // Its styresaker give the meeting's date in their header (Helse Nord-Trøndelag, Helse Finnmark).
    expect(preset.conventions.memoMeetingDate).toBe(true);
    // Its protokoll «Protokoll fra møte i Styret …», as its innkalling is «Innkalling til møte i …».
    expect(recordTitle(committee, meeting)).toBe('Protokoll fra møte i Styret for Helse Nordfjell HF 17.11.26');
  });

  it('gives a university\'s styre S-saker beside O-saker through the year, a «Møteinnkalling», the dagsorden and habilitet approved first, the previous protokoll approved, «Eventuelt» last', () => {
    const preset = committeePreset('universitet');
    const committee = { ...managed(), name: 'Styret ved Høgskolen i Nordfjell', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    const seriesOf = (kind: string) => exampleCaseNumber(seriesFormatOf({ kinds: [kind] }, committee), 2024, 9);
    expect(['Vedtakssak', 'Orientering', 'Referatsaker'].map(seriesOf)).toEqual(['S-sak 09/24', 'O-sak 09/24', 'S-sak 09/24']);
    expect([preset.conventions.kindsUnderNumber, preset.conventions.minutesApproval, preset.closedMeetingBases, noticeWordOf(preset.conventions, 'nb')]).toEqual([false, 'nextMeeting', [], 'Møteinnkalling']);
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word]).toEqual(['Protokoll', 'Vedtak', 'Forslag til vedtak']);
    let n = 0;
    const held = { id: 'held', committeeId: 'c', date: '2026-10-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '09:00', end: '15:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.proposedConclusion[0]])).toEqual([
      // UiO's and NTNU's first sak approves the dagsorden and the members' habilitet together.
      ['S-sak 01/26', 'Godkjenning av dagsorden og habilitet', 'Dagsorden og habilitet godkjennes.'],
      ['S-sak 02/26', 'Godkjenning av protokoll fra møte i Styret ved Høgskolen i Nordfjell 01.10.2026', 'Protokollen godkjennes.'],
      [null, 'Eventuelt', undefined],
    ]);
    expect(meeting.theme).toBe('Møteinnkalling Styret ved Høgskolen i Nordfjell');
    const nynorsk = newMeetingFromTemplate({ committee: { ...committee, languageForm: 'nn' }, date: '2026-11-17', start: '09:00', end: '15:00', online: false, existingMeetings: [], idFactory: () => `nn-${++n}` });
    expect([nynorsk.items[0]?.title, nynorsk.items[0]?.proposedConclusion[0]]).toEqual(['Godkjenning av dagsorden og habilitet', 'Dagsorden og habilitet vert godkjende.']);
  });

  it('gives an IKS\'s representantskap «Sak 6/2026» through the year, «Innkalling til møte i», «Innstilling», the protokoll signed by those chosen, «Representantskapet tok saken til orientering.»', () => {
    const preset = committeePreset('representantskap');
    const committee = { ...managed(), name: 'Representantskapet i Nordfjell Renovasjon IKS', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    expect(exampleCaseNumber(seriesFormatOf({ kinds: ['Vedtakssak'] }, committee), 2012, 6)).toBe('Sak 6/2012');
    expect([preset.conventions.minutesApproval, preset.conventions.notedConclusion, preset.closedMeetingBases, noticeWordOf(preset.conventions, 'nb')]).toEqual([
      'signedByChosen',
      'Representantskapet tok saken til orientering.',
      ['koml. § 11-5'],
      'Innkalling til møte i',
    ]);
    const words = wordingOf(preset.conventions, 'nb');
    // Not «Styrets innstilling»: a committee names its proposer in its settings, and it would head every sak's (the valgkomité's too).
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, preset.conventions.proposalBy]).toEqual(['Protokoll', 'Vedtak', 'Innstilling', undefined]);
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-04-23', start: '10:00', end: '12:00', online: false, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items[0]?.title).toBe('Godkjenning av innkalling og saksliste');
    expect(meeting.theme).toBe('Innkalling til møte i Representantskapet i Nordfjell Renovasjon IKS');
  });

  it('opens an IKS representantskap\'s next meeting without a sak approving the last protokoll, signed after the meeting by the møteleder and those chosen in a sak of it (Vekst i Grenland IKS, IKA Kongsberg), where a helseforetak\'s styre approves and signs it in the next', () => {
    const held = { id: 'held', committeeId: 'c', date: '2026-04-23', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;
    const next = (id: 'representantskap' | 'helseforetak') => {
      const preset = committeePreset(id);
      const committee = { ...managed(), name: 'Representantskapet', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
      let n = 0;
      return newMeetingFromTemplate({ committee, date: '2026-10-01', start: '10:00', end: '12:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `id-${++n}` });
    };
    expect(next('representantskap').items.map((item) => item.title)).toEqual([
      'Godkjenning av innkalling og saksliste',
      'Valg av to til å undertegne protokollen',
      'Oppsummering og avslutning',
    ]);
    expect(next('helseforetak').items.some((item) => item.kinds.includes('Referatsak'))).toBe(true);
  });

  it('gives a menighetsråd (and a kirkelig fellesråd) «Sak 72/22» through the year, a møteprotokoll approved in the next meeting, «Godkjenning av innkalling og saksliste» first and «Eventuelt» last', () => {
    const preset = committeePreset('menighetsrad');
    const committee = { ...managed(), name: 'Nordfjell menighetsråd', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    const seriesOf = (kind: string) => exampleCaseNumber(seriesFormatOf({ kinds: [kind] }, committee), 2022, 72);
    expect(['Vedtakssak', 'Orientering', 'Referatsaker'].map(seriesOf)).toEqual(['Sak 72/22', 'Sak 72/22', 'Sak 72/22']);
    expect([preset.languageForm, preset.conventions.kindsUnderNumber, preset.conventions.minutesApproval, preset.closedMeetingBases, noticeWordOf(preset.conventions, 'nb')]).toEqual(['nb', false, 'nextMeeting', [], 'Innkalling']);
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, words.memoProposal.word]).toEqual(['Møteprotokoll', 'Vedtak', 'Forslag til vedtak', 'Forslag til vedtak']);
    expect(words.kinds.map((kind) => kind.label)).toEqual(['Godkjenning', 'Vedtakssak', 'Orienteringssak', 'Referatsaker']);
    let n = 0;
    const held = { id: 'held', committeeId: 'c', date: '2026-10-01', start: '19:00', end: '21:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Møteprotokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/moteprotokoll.docx', size: 1 } } satisfies Meeting;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-11-17', start: '19:00', end: '21:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.proposedConclusion[0], item.kinds.map(words.kindLabel)])).toEqual([
      ['Sak 1/26', 'Godkjenning av innkalling og saksliste', 'Innkalling og saksliste godkjennes.', ['Godkjenning']],
      // The sak's label follows the record word, as Sandnes kirkelige fellesråd's «Godkjenning av møteprotokoll fra …».
      ['Sak 2/26', 'Godkjenning av møteprotokoll fra møte i Nordfjell menighetsråd 01.10.2026', 'Møteprotokollen godkjennes.', ['Godkjenning av møteprotokoll']],
      [null, 'Eventuelt', undefined, []],
    ]);
    expect(meeting.theme).toBe('Innkalling Nordfjell menighetsråd');
    // A sokneråd writes nynorsk: «Godkjenning av innkalling og sakliste», «Møteprotokollen vert godkjend.».
    const sokneraad = { ...committee, name: 'Nordfjell sokneråd', languageForm: 'nn' as const };
    const nynorsk = newMeetingFromTemplate({ committee: sokneraad, date: '2026-11-17', start: '19:00', end: '21:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `nn-${++n}` });
    expect(nynorsk.items.map((item) => [item.title, item.proposedConclusion[0]])).toEqual([
      ['Godkjenning av innkalling og sakliste', 'Innkalling og sakliste vert godkjende.'],
      ['Godkjenning av møteprotokoll frå møte i Nordfjell sokneråd 01.10.2026', 'Møteprotokollen vert godkjend.'],
      ['Eventuelt', undefined],
    ]);
  });

  it('gives a helseforetak\'s brukerutvalg «Sak 07/2026» through the year, «Godkjenning av innkalling og saksliste», the last protokoll approved in the next meeting, orienterings- and referatsaker; brukarutvalet in nynorsk', () => {
    const preset = committeePreset('brukerutvalg');
    const committee = { ...managed(), name: 'Brukerutvalget i Helse Nordfjell HF', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    expect(exampleCaseNumber(preset.caseNumberFormat, 2026, 7)).toBe('Sak 07/2026');
    expect([preset.languageForm, preset.conventions.kindsUnderNumber, preset.conventions.minutesApproval, preset.closedMeetingBases, preset.publicMeetings, noticeWordOf(preset.conventions, 'nb')]).toEqual(['nb', false, 'nextMeeting', [], true, 'Innkalling til møte i']);
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word]).toEqual(['Protokoll', 'Vedtak', 'Forslag til vedtak']);
    expect(words.kinds.map((kind) => kind.label)).toEqual(['Godkjenning', 'Godkjenning av protokoll', 'Vedtakssak', 'Orienteringssak', 'Referatsaker']);
    let n = 0;
    const held = { id: 'held', committeeId: 'c', date: '2026-03-20', start: '10:00', end: '15:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-05-14', start: '10:00', end: '15:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.proposedConclusion[0]])).toEqual([
      ['Sak 01/2026', 'Godkjenning av innkalling og saksliste', 'Innkalling og saksliste godkjennes.'],
      ['Sak 02/2026', 'Godkjenning av protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 20.03.2026', 'Protokollen godkjennes.'],
      [null, 'Eventuelt', undefined],
    ]);
    expect(meeting.theme).toBe('Innkalling til møte i Brukerutvalget i Helse Nordfjell HF');
    // Its protokoll «fra møte i», as its innkalling is «til møte i» (Helse Nord RHF's Regionalt brukerutvalg).
    expect(recordTitle(committee, meeting)).toBe('Protokoll fra møte i Brukerutvalget i Helse Nordfjell HF 14.05.26');
    // Its «Orienteringssaker» one sak with orienteringer 1., 2., 3.
    expect(preset.conventions.subItemsNumbered).toBe(true);
    const brukarutval = { ...committee, name: 'Brukarutvalet i Helse Nordfjell HF', languageForm: 'nn' as const };
    const nynorsk = newMeetingFromTemplate({ committee: brukarutval, date: '2026-05-14', start: '10:00', end: '15:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `nn-${++n}` });
    expect(nynorsk.items.map((item) => item.title)).toEqual(['Godkjenning av innkalling og sakliste', 'Godkjenning av protokoll frå møte i Brukarutvalet i Helse Nordfjell HF 20.03.2026', 'Eventuelt']);
  });

  it('gives a råd the shape of the råd\'s sakslister seen: PS 8/19 beside referatsaker RS 4/19, «Godkjenning av innkalling og saksliste», a «Møteinnkalling», Fråsegn in nynorsk, a «Møteprotokoll»', () => {
    const preset = committeePreset('rad');
    const committee = { ...managed(), caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions, languageForm: 'nn' as const };
    const seriesOf = (kind: string) => exampleCaseNumber(seriesFormatOf({ kinds: [kind] }, committee), 2019, 8);
    expect(['Uttalelse', 'Referatsaker', 'Orientering'].map(seriesOf)).toEqual(['PS 8/19', 'RS 8/19', 'PS 8/19']);
    const words = wordingOf(preset.conventions, 'nn');
    expect([noticeWordOf(preset.conventions, 'nn'), words.kindLabel('Uttalelse'), words.minutes.word]).toEqual(['Møteinnkalling', 'Fråsegn', 'Møteprotokoll']);
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-12-10', start: '10:00', end: '13:00', online: false, existingMeetings: [], idFactory: () => `id-${++id}` });
    // Nynorsk «sakliste», as the document's own heading and a nynorsk helseføretak write it (explore34).
    expect(meeting.items[0]?.title).toBe('Godkjenning av innkalling og sakliste');
    // A rådgivende organ: its conclusion in a sak going on to the kommunestyre is a «Fråsegn», not an «Innstilling til Kommunestyret».
    const routed = { caseNumber: null, caseRoute: [{ body: committee.name }, { body: 'Kommunestyret' }] };
    expect([preset.conventions.advisory, conclusionNoun(routed, committee, words, 'nn').word]).toEqual([true, 'Fråsegn']);
  });

  it('opens a råd\'s next meeting by approving the last møteprotokoll, as Fylkeseldrerådet i Hordaland\'s «Godkjenning av møtebok forrige møte» and Nesset\'s «PS 6/19 Godkjenning av protokoll fra forrige møte», and closes its sakliste with its last sak, no «Eventuelt» or «Oppsummering og avslutning»', () => {
    const preset = committeePreset('rad');
    const committee = { ...managed(), name: 'Eldrerådet', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions, languageForm: 'nn' as const };
    const held = { id: 'held', committeeId: 'c', date: '2026-10-12', start: '10:00', end: '13:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
      minutes: { fileName: 'Møteprotokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/m.docx', size: 1 } } satisfies Meeting;
    let id = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-12-10', start: '10:00', end: '13:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `r-${++id}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.proposedConclusion])).toEqual([
      ['PS 1/26', 'Godkjenning av innkalling og sakliste', ['Innkalling og sakliste vert godkjende.']],
      ['PS 2/26', 'Godkjenning av møteprotokoll frå møte i Eldrerådet 12.10.2026', ['Møteprotokollen vert godkjend.']],
    ]);
    expect(wordingOf(preset.conventions, 'nn').kinds.find((kind) => kind.id === meeting.items[1]?.kinds[0])?.label).toBe('Godkjenning av protokoll');
  });

  it('fills the form and keeps what was typed; every preset saves as a valid committee', () => {
    for (const id of COMMITTEE_PRESET_IDS) {
      const input = withPreset({ ...settingsOf(managed()), name: 'Eldrerådet', shortName: 'ER' }, id);
      expect(input.name).toBe('Eldrerådet');
      const check = checkCommitteeSettings(input, blankCommittee('c'));
      expect(check.ok, id).toBe(true);
    }
  });

  it('refuses a sakstype without a nynorsk name on the conventions field, and keeps the form', () => {
    const input = settingsOf({ ...managed(), name: 'Rådet', shortName: 'R' });
    const broken = { ...input, conventions: { ...input.conventions, itemKinds: [...input.conventions.itemKinds, { id: 'Drøfting', nb: 'Drøfting', nn: '' }] } };
    expect(checkCommitteeSettings(broken, blankCommittee('c'))).toEqual({ ok: false, problems: { conventions: 'kindsInvalid' } });
  });

  it('stores the letterhead only when something is typed', () => {
    const input = { ...settingsOf({ ...managed(), name: 'Rådet', shortName: 'R' }), letterheadOrganisationLine: ' Eksempel kommune ' };
    const check = checkCommitteeSettings(input, blankCommittee('c'));
    expect(check.ok && check.committee.letterhead).toEqual({ organisationLine: 'Eksempel kommune', footer: undefined });
    const none = checkCommitteeSettings(settingsOf({ ...managed(), name: 'Rådet', shortName: 'R' }), blankCommittee('c'));
    expect(none.ok && none.committee.letterhead).toBeUndefined();
  });
});

describe('the hjemler for lukket møte a preset gives', () => {
  it('gives the folkevalgte organer kommuneloven § 11-5 and leaves the others\' list empty for the committee to fill', () => {
    const bases = Object.fromEntries(COMMITTEE_PRESET_IDS.map((id) => [id, committeePreset(id).closedMeetingBases]));
    expect(bases).toEqual({
      partnerskapsmote: [],
      samarbeidsutvalg: [],
      kommunestyre: ['koml. § 11-5'],
      // A § 5-12 råd follows kommuneloven's rules for folkevalgte organer, its chapter 11 with them (Vang kommune).
      rad: ['koml. § 11-5'],
      // A kommunedelsutvalg (§ 5-8) is an utvalg of § 5-7, under the law's rules for folkevalgte organer (KMD's lokaldemokrativeileder).
      bydelsutvalg: ['koml. § 11-5'],
      styringsgruppe: [],
      regionrad: ['koml. § 11-5'],
      kontrollutvalg: ['koml. § 11-5'],
      // A helseforetak, an IKS and an AS differ (helseforetaksloven § 26 a binds only the first).
      styre: [],
      // Open by the owner's styringsdokument; no hjemmel in a law verified.
      helseforetak: [],
      // Universitets- og høyskoleloven's rule on closed meetings not verified here.
      universitet: [],
      // Open since IKS-loven's change for 2024, closed on kommuneloven § 11-5's grounds (Samfunnsbedriftene, Romerike Revisjon IKS).
      representantskap: ['koml. § 11-5'],
      // Trossamfunnsloven and the Kirkemøte's rules on closed meetings not verified here.
      menighetsrad: [],
      // Helseforetaksloven's rules bind the styre; a brukerutvalg's openness is the HF's choice, none verified here.
      brukerutvalg: [],
      // Not open by law, so nothing to close by (below).
      aksjeselskap: [],
      // Not open by law either: the owners' organ of an AS (above).
      generalforsamling: [],
      // A folkevalgt organ under the kommunestyre (fvl. § 28 andre ledd, eigedomsskattelova § 20).
      klagenemnd: ['koml. § 11-5'],
      // A nemnd for eigedomsskatt may be a folkevalt organ though its members sit in no kommunestyre (KMD's letter of 3 April 2018).
      eigedomsskattenemnd: ['koml. § 11-5'],
      // Not a folkevalgt organ: set up under arbeidsmiljøloven, not kommuneloven (below).
      arbeidsmiljoutvalg: [],
      // An «annet kommunalt organ» (§ 5-2), for which the rules of folkevalgte organer hold (§ 5-2 third paragraph).
      administrasjonsutvalg: ['koml. § 11-5'],
      // A school's or barnehage's utvalg: no rule on closing its meetings verified here (below).
      skoleutvalg: [],
      // A forening's årsmøte: under neither kommuneloven nor offentleglova (below).
      arsmote: [],
      // A REK: set up by forskningsetikkloven and helseforskningsloven, not kommuneloven; no rule on closing its meetings verified here.
      forskningsetikk: [],
    });
    // Only an AS's board's and generalforsamling's meetings and an AMU's are not public by their law: kommuneloven's møteoffentlighet reaches neither an aksjeselskap nor an arbeidsmiljøutvalg.
    expect(COMMITTEE_PRESET_IDS.filter((id) => !committeePreset(id).publicMeetings)).toEqual(['aksjeselskap', 'generalforsamling', 'arbeidsmiljoutvalg', 'skoleutvalg', 'arsmote', 'forskningsetikk']);
  });

  it('fills the settings\' list and saves it on the committee', () => {
    const input = withPreset({ ...settingsOf(managed()), name: 'Kontrollutvalget', shortName: 'KU' }, 'kontrollutvalg');
    expect(input.closedMeetingBases).toBe('koml. § 11-5');
    const check = checkCommitteeSettings(input, blankCommittee('c'));
    expect(check.ok && check.committee.confidentiality).toEqual({ closedMeetingBases: ['koml. § 11-5'] });
  });
});

describe('the styre of a municipally owned aksjeselskap', () => {
  const held = { id: 'held', committeeId: 'c', date: '2026-03-01', start: '10:00', end: '12:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', meetingNumber: '1/2026', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;

  it('has its protokoll signed by every member who took part (aksjeloven § 6-29), so the next meeting has no sak approving it', () => {
    const preset = committeePreset('aksjeselskap');
    expect(preset.conventions.minutesApproval).toBe('signedByAll');
    const committee = { ...managed(), name: 'Styret i Nordfjell Havn AS', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-04-20', start: '09:00', end: '12:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title])).toEqual([
      ['Sak 1/26', 'Godkjenning av innkalling og dagsorden'],
      [null, 'Eventuelt'],
    ]);
    // Its styremøter numbered through the year, «Møte 2/2026» in the documents' facts; a meeting on Teams said so in the protokoll (§ 6-29's behandlingsmåte).
    expect(meeting.meetingNumber).toBe('2/2026');
    expect(preset.conventions.recordOnline).toBe(true);
  });

  it('groups its saker under beslutnings- and orienteringssaker, number and title only, and is not public by its law', () => {
    const preset = committeePreset('aksjeselskap');
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, preset.conventions.kindsUnderNumber]).toEqual(['Protokoll', 'Vedtak', 'Forslag til vedtak', false]);
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Beslutningssak', 'Orienteringssak', 'Drøftingssak']);
    expect(wordingOf(preset.conventions, 'nn').kinds.map((k) => k.label)).toContain('Avgjerdssak');
    const input = withPreset({ ...settingsOf(managed()), name: 'Styret i Nordfjell Havn AS', shortName: 'Havnestyret' }, 'aksjeselskap');
    expect([input.publicMeetings, input.closedMeetingBases]).toEqual([false, '']);
    const check = checkCommitteeSettings(input, blankCommittee('c'));
    expect(check.ok && check.committee.confidentiality).toEqual({ publicMeetings: false });
  });
});

describe('the ordinær generalforsamling of a municipally owned aksjeselskap', () => {
  const held = { id: 'held', committeeId: 'c', date: '2025-06-10', start: '10:00', end: '11:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;

  it('opens with the registration of the shareholders met, the election of the møteleder and a co-signer, then the innkalling and dagsorden; the protokoll signed by those chosen, so no sak of the next approves it', () => {
    const preset = committeePreset('generalforsamling');
    expect(preset.conventions.minutesApproval).toBe('signedInMeeting');
    const committee = { ...managed(), name: 'Generalforsamlingen i Nordfjell Havn AS', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2026-05-28', start: '10:00', end: '11:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.opening])).toEqual([
      [null, 'Åpning av møtet og registrering av fremmøtte aksjeeiere og fullmakter', true],
      ['Sak 1', 'Valg av møteleder og én person til å medundertegne protokollen', true],
      ['Sak 2', 'Godkjenning av innkalling og dagsorden', true],
    ]);
    const nynorsk = newMeetingFromTemplate({ committee: { ...committee, languageForm: 'nn' as const }, date: '2026-05-28', start: '10:00', end: '11:00', online: false, existingMeetings: [], idFactory: () => `nn-${++n}` });
    expect(nynorsk.items[1]?.title).toBe('Val av møteleiar og éin person til å skrive under protokollen saman med møteleiaren');
  });

  it('records votes and is not public, as an AS\'s organ under aksjeloven, not kommuneloven', () => {
    const preset = committeePreset('generalforsamling');
    expect([preset.publicMeetings, preset.closedMeetingBases, preset.conventions.voting, preset.conventions.closingRows]).toEqual([false, [], true, 'ingen']);
    expect(wordingOf(preset.conventions, 'nb').kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Vedtakssak', 'Valg', 'Orientering']);
  });
});

describe('the årsmøte of a forening or an idrettslag (NIF\'s lovnorm)', () => {
  const held = { id: 'held', committeeId: 'c', date: '2026-03-12', start: '19:00', end: '21:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;

  it('opens with the stemmeberettigede approved, the dirigent, the referent and two to underskrive the protokoll elected, then the innkalling and saksliste; no later årsmøte approves the protokoll', () => {
    const preset = committeePreset('arsmote');
    const committee = { ...managed(), name: 'Årsmøtet i Nordfjell idrettslag', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2027-03-10', start: '19:00', end: '21:00', online: false, previousMeeting: held, existingMeetings: [], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title])).toEqual([
      ['Sak 1', 'Godkjenning av de stemmeberettigede'],
      ['Sak 2', 'Valg av dirigent'],
      ['Sak 3', 'Valg av referent'],
      ['Sak 4', 'Valg av to til å underskrive protokollen'],
      ['Sak 5', 'Godkjenning av innkalling og saksliste'],
    ]);
    const nynorsk = newMeetingFromTemplate({ committee: { ...committee, languageForm: 'nn' as const }, date: '2027-03-10', start: '19:00', end: '21:00', online: false, existingMeetings: [], idFactory: () => `nn-${++n}` });
    // The nynorsk lovnorm's «velje protokollførar(ar)».
    expect(nynorsk.items.slice(1, 4).map((item) => item.title)).toEqual(['Val av dirigent', 'Val av protokollførar', 'Val av to til å skrive under protokollen']);
  });

  it('records votes, has no «Eventuelt» and is not public; its «tatt til orientering» in nynorsk on a change of målform', () => {
    const preset = committeePreset('arsmote');
    expect([preset.publicMeetings, preset.closedMeetingBases, preset.conventions.voting, preset.conventions.closingRows]).toEqual([false, [], true, 'ingen']);
    expect(presetWordsIn(preset.conventions, 'nn').notedConclusion).toBe('Årsmøtet tok saka til orientering.');
    // The first sak's title too, and back; a title the secretary typed herself stays as written.
    const nn = presetWordsIn(preset.conventions, 'nn');
    expect(nn.openingRows).toEqual([{ title: 'Godkjenning av dei som har stemmerett', numbered: true }]);
    expect(presetWordsIn(nn, 'nb').openingRows).toEqual(preset.conventions.openingRows);
    expect(presetWordsIn({ ...preset.conventions, openingRows: [{ title: 'Opning ved leiaren' }] }, 'nb').openingRows).toEqual([{ title: 'Opning ved leiaren' }]);
  });
});

describe('the hjemler and the publicity in the committee settings', () => {
  const base = () => ({ ...settingsOf(managed()), name: 'Arbeidsmiljøutvalget', shortName: 'AMU' });

  it('reads them from the committee and saves them beside the rest of its confidentiality rule', () => {
    const committee = { ...managed(), confidentiality: { substitutesMaySee: true, closedMeetingBases: ['hfl. § 26 a'], publicMeetings: false } };
    const input = settingsOf(committee);
    expect([input.closedMeetingBases, input.publicMeetings]).toEqual(['hfl. § 26 a', false]);
    const check = checkCommitteeSettings({ ...input, name: 'Styret', shortName: 'ST', closedMeetingBases: 'hfl. § 26 a\nkoml. § 11-5', publicMeetings: true }, committee);
    expect(check.ok && check.committee.confidentiality).toEqual({ substitutesMaySee: true, closedMeetingBases: ['hfl. § 26 a', 'koml. § 11-5'] });
  });

  it('refuses a line too long on the field, so the form keeps it', () => {
    const check = checkCommitteeSettings({ ...base(), closedMeetingBases: 'x'.repeat(201) }, blankCommittee('c'));
    expect(check).toEqual({ ok: false, problems: { closedMeetingBases: 'basisTooLong' } });
  });
});

describe('a kommunal klagenemnd (fvl. § 28 andre ledd) or klagenemnd for eiendomsskatt', () => {
  it('gives the referent the three outcomes of a klagesak, a Møteprotokoll with Innstilling and Vedtak, votes, and kommuneloven § 11-5 for lukking', () => {
    const preset = committeePreset('klagenemnd');
    expect(preset.conventions.outcomes).toEqual(['Klagen tas til følge.', 'Klagen tas delvis til følge.', 'Klagen tas ikke til følge.']);
    const words = wordingOf(preset.conventions, preset.languageForm);
    expect([words.minutes.word, words.proposal.word, words.conclusion.word]).toEqual(['Møteprotokoll', 'Innstilling', 'Vedtak']);
    expect(words.kinds.map((k) => k.label)).toContain('Klagesak');
    expect([preset.conventions.voting, preset.closedMeetingBases, preset.publicMeetings]).toEqual([true, ['koml. § 11-5'], true]);
    // No other preset has outcome buttons but the nynorsk nemnd for eigedomsskatt, whose saker are klager too: the seeds' referent has «Som foreslått» and «Tatt til orientering» only.
    expect(COMMITTEE_PRESET_IDS.filter((id) => committeePreset(id).conventions.outcomes !== undefined)).toEqual(['klagenemnd', 'eigedomsskattenemnd']);
  });
});

describe('the sak that approves the last record, where «Referatsaker» are something else', () => {
  it('is never labelled «Referatsak» in a body that has Referatsaker or prints a møteprotokoll (a kommune\'s RS series, a helseforetak\'s letters)', () => {
    const labelled = COMMITTEE_PRESET_IDS.map((id) => {
      const preset = committeePreset(id);
      const kinds = wordingOf(preset.conventions, 'nb').kinds;
      const record = kinds.find((k) => k.id === 'Referatsak')?.label;
      return { id, record, apart: kinds.some((k) => k.label === 'Referatsaker') || preset.conventions.minutes === 'moteprotokoll' };
    });
    expect(labelled.filter((preset) => preset.apart && preset.record === 'Referatsak').map((preset) => preset.id)).toEqual([]);
    expect(labelled.find((preset) => preset.id === 'kommunestyre')?.record).toBe('Godkjenning av protokoll');
    expect(labelled.find((preset) => preset.id === 'arbeidsmiljoutvalg')?.record).toBe('Godkjenning av referat');
    // The seeds' partnerskapsmøte keeps its «Referatsak».
    expect(labelled.find((preset) => preset.id === 'partnerskapsmote')?.record).toBe('Referatsak');
  });
});

describe('an arbeidsmiljøutvalg (arbeidsmiljøloven kapittel 7) of a kommune or a helseforetak', () => {
  it('lists its members by side and the bedriftshelsetjeneste apart (forskrift om organisering, ledelse og medvirkning § 3-7), filled in by the preset', () => {
    const input = withPreset({ ...settingsOf(managed()), name: 'Arbeidsmiljøutvalget', shortName: 'AMU', attendanceGroups: 'Politikere' }, 'arbeidsmiljoutvalg');
    expect(input.attendanceGroups).toBe('Arbeidsgiversiden\nArbeidstakersiden\nBedriftshelsetjenesten');
    const check = checkCommitteeSettings(input, blankCommittee('c'));
    expect(check.ok && check.committee.attendanceGroups).toEqual(['Arbeidsgiversiden', 'Arbeidstakersiden', 'Bedriftshelsetjenesten']);
    // A preset without groups of its own keeps what was typed.
    expect(withPreset({ ...settingsOf(managed()), attendanceGroups: 'Ordførarar\nRådmenn' }, 'kommunestyre').attendanceGroups).toBe('Ordførarar\nRådmenn');
  });

  it('keeps a «Referat» with votes (§ 3-16: «flertallets og mindretallets standpunkt»), numbers «AMU-sak 3/12», and is not a folkevalgt organ', () => {
    const preset = committeePreset('arbeidsmiljoutvalg');
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word, noticeWordOf(preset.conventions, 'nb')]).toEqual(['Referat', 'Vedtak', 'Forslag til vedtak', 'Møteinnkalling']);
    expect(exampleCaseNumber(preset.caseNumberFormat, 2012, 3)).toBe('AMU-sak 3/12');
    expect([preset.conventions.voting, preset.publicMeetings, preset.closedMeetingBases, remoteWaysOf(preset.conventions)]).toEqual([true, false, [], ['video', 'phone']]);
    let n = 0;
    const committee = { ...managed(), caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
    const meeting = newMeetingFromTemplate({ committee, date: '2026-03-10', start: '10:00', end: '12:00', online: false, existingMeetings: [], idFactory: () => `a-${++n}` });
    expect(meeting.items[0]?.title).toBe('Godkjenning av innkalling og saksliste');
  });
});

describe('the presets\' sentences in the målform the committee is set to', () => {
  it('gives a klagenemnd set to nynorsk its outcomes in nynorsk, and back, keeping what the secretary wrote herself', () => {
    const conventions = { ...committeePreset('klagenemnd').conventions, notedConclusion: 'Nemnda tok saka til orientering.' };
    const nn = presetWordsIn(conventions, 'nn');
    expect(nn.outcomes).toEqual(['Klaga vert teken til følgje.', 'Klaga vert delvis teken til følgje.', 'Klaga vert ikkje teken til følgje.']);
    expect(nn.notedConclusion).toBe('Nemnda tok saka til orientering.');
    expect(presetWordsIn(nn, 'nb').outcomes).toEqual(committeePreset('klagenemnd').conventions.outcomes);
    expect(presetWordsIn({ ...nn, outcomes: ['Klagen avvises.'] }, 'nb').outcomes).toEqual(['Klagen avvises.']);
  });

  it('gives every preset\'s «tok saken til orientering» its nynorsk «saka», and leaves a committee without one as it is', () => {
    const noted = COMMITTEE_PRESET_IDS.flatMap((id) => presetWordsIn(committeePreset(id).conventions, 'nn').notedConclusion ?? []);
    expect(noted).toEqual(['Styret tok saka til orientering.', 'Representantskapet tok saka til orientering.', 'Styret tok saka til orientering.', 'Generalforsamlinga tok saka til orientering.', 'Årsmøtet tok saka til orientering.']);
    expect(presetWordsIn(defaultConventions(), 'nn')).toEqual(defaultConventions());
  });
});

describe('an administrasjonsutvalg or partssammensatt utvalg (kommuneloven § 5-11)', () => {
  it('lists the politicians and the employees\' side apart, each one\'s party or union in the «Representerer» column, filled in by the preset', () => {
    const input = withPreset({ ...settingsOf(managed()), name: 'Administrasjonsutvalget', shortName: 'ADM' }, 'administrasjonsutvalg');
    expect(input.attendanceGroups).toBe('Politikere\nArbeidstakersiden');
    expect(input.conventions.attendanceTable).toBe(true);
    const check = checkCommitteeSettings(input, blankCommittee('c'));
    expect(check.ok && check.committee.attendanceGroups).toEqual(['Politikere', 'Arbeidstakersiden']);
  });

  it('is public and closed by koml. § 11-5, seen on video from elsewhere, its votes recorded, its saker PS 4/26 beside RS 2/26, as the kommune\'s other utvalg', () => {
    const preset = committeePreset('administrasjonsutvalg');
    expect([preset.publicMeetings, preset.closedMeetingBases, remoteWaysOf(preset.conventions), preset.conventions.voting]).toEqual([true, ['koml. § 11-5'], ['video'], true]);
    expect(exampleCaseNumber(preset.caseNumberFormat, 2026, 4)).toBe('PS 4/26');
    expect(seriesFormatOf({ kinds: ['Referatsaker'] }, { ...managed(), caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions })).toBe('RS {N}/{YY}');
    expect(wordingOf(preset.conventions, 'nb').minutes.word).toBe('Møteprotokoll');
  });
});

describe('the presets\' role groups in the målform the committee is set to', () => {
  it('gives a nynorsk arbeidsmiljøutval its sides in nynorsk with its members in them, and back, keeping a group the secretary typed', () => {
    const input = withPreset({ ...settingsOf(managed()), name: 'Arbeidsmiljøutvalet', shortName: 'AMU' }, 'arbeidsmiljoutvalg');
    const members = [
      { name: 'Kari Nordmann', email: 'kari@kommune.example.no', group: 'Arbeidstakersiden' },
      { name: 'Ola Nordmann', email: 'ola@kommune.example.no', group: 'Verneombod' },
      { name: 'Per Hansen', email: 'per@kommune.example.no' },
    ];
    const nn = presetGroupsIn({ ...input, languageForm: 'nn' as const, attendanceGroups: `${input.attendanceGroups}\nVerneombod`, members }, 'nn');
    expect(nn.attendanceGroups).toBe('Arbeidsgjevarsida\nArbeidstakarsida\nBedriftshelsetenesta\nVerneombod');
    expect(nn.members.map((member) => member.group)).toEqual(['Arbeidstakarsida', 'Verneombod', undefined]);
    const check = checkCommitteeSettings(nn, blankCommittee('c'));
    expect(check.ok && check.committee.attendanceGroups).toEqual(['Arbeidsgjevarsida', 'Arbeidstakarsida', 'Bedriftshelsetenesta', 'Verneombod']);
    expect(presetGroupsIn(nn, 'nb').attendanceGroups).toBe('Arbeidsgiversiden\nArbeidstakersiden\nBedriftshelsetjenesten\nVerneombod');
    expect(presetGroupsIn(withPreset(settingsOf(managed()), 'administrasjonsutvalg'), 'nn').attendanceGroups).toBe('Politikarar\nArbeidstakarsida');
  });
});

describe('the samarbeidsutvalg, skolemiljøutvalg or driftsstyre of a school or barnehage', () => {
  const preset = committeePreset('skoleutvalg');
  const committee = { ...managed(), name: 'Samarbeidsutvalget', caseNumberFormat: preset.caseNumberFormat, conventions: preset.conventions };
  let n = 0;
  const meeting = newMeetingFromTemplate({ committee, date: '2017-02-28', start: '18:00', end: '18:45', online: false, existingMeetings: [], idFactory: () => `s-${++n}` });

  it('calls its meeting «Innkalling til møte i» and its record «Referat fra møte i», numbers «Sak 1/17» and ends with «Eventuelt» as the last numbered sak, as Eik vestre barnehage\'s innkalling', () => {
    expect(noticeWordOf(preset.conventions, 'nb')).toBe('Innkalling til møte i');
    expect(recordTitle(committee, { date: '2017-02-28' })).toBe('Referat fra møte i Samarbeidsutvalget 28.02.17');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2017, 1)).toBe('Sak 1/17');
    expect(meeting.items[0]?.title).toBe('Godkjenning av innkalling og saksliste');
    const last = meeting.items[meeting.items.length - 1];
    expect([last?.title, last?.numberedClosing, last?.row]).toEqual(['Eventuelt', true, 'sak']);
  });

  it('sends its referat round instead of approving it as a sak of the next meeting, as none of its sakslister has one', () => {
    expect(preset.conventions.minutesApproval).toBe('circulated');
    expect(meeting.items.some((item) => item.kinds.includes('Referatsak'))).toBe(false);
  });

  it('lists its members by the groups of opplæringslova § 11-1, in nynorsk for a nynorsk utval, and gives it an «Uttalelse» (nynorsk «Fråsegn»)', () => {
    const input = withPreset({ ...settingsOf(managed()), name: 'Samarbeidsutvalget', shortName: 'SU' }, 'skoleutvalg');
    expect(input.attendanceGroups).toBe('Undervisningspersonalet\nAndre tilsatte\nForeldrerådet\nElevene\nKommunen');
    expect(presetGroupsIn(input, 'nn').attendanceGroups).toBe('Undervisningspersonalet\nAndre tilsette\nForeldrerådet\nElevane\nKommunen');
    expect(wordingOf(preset.conventions, 'nn').kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Orientering', 'Drøfting', 'Fråsegn', 'Avgjerd']);
    expect([preset.publicMeetings, preset.closedMeetingBases]).toEqual([false, []]);
  });
});

describe('an Oslo bydelsutvalg (a kommunedelsutvalg, kommuneloven § 5-8)', () => {
  const preset = committeePreset('bydelsutvalg');
  const held = { id: 'held', committeeId: 'c', date: '2012-09-17', start: '18:00', end: '21:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', meetingNumber: '5/2012', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Protokoll.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/protokoll.docx', size: 1 } } satisfies Meeting;

  it('opens its sakskart with «Åpen halvtime» unnumbered, then «Sak 158/12 Godkjenning av innkalling og sakskart» and the last protokoll approved as a sak, «Eventuelt» last, the meeting numbered, as Østensjø\'s møteinnkalling 6/12', () => {
    const committee = { ...managed(), name: 'Bydelsutvalget i Bydel Østensjø', caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2012-10-15', start: '18:00', end: '21:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `id-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title])).toEqual([
      [null, 'Åpen halvtime'],
      ['Sak 1/12', 'Godkjenning av innkalling og sakskart'],
      ['Sak 2/12', 'Godkjenning av protokoll fra møte i Bydelsutvalget i Bydel Østensjø 17.09.2012'],
      [null, 'Eventuelt'],
    ]);
    expect(meeting.items[0]).toMatchObject({ opening: true, row: 'unnumbered' });
    expect(meeting.meetingNumber).toBe('6/2012');
  });

  it('heads the proposal «Bydelsdirektørens forslag til vedtak», calls its papers «Møteinnkalling» and «Protokoll fra møte i …», records votes, is public and closed by koml. § 11-5, seen on video from elsewhere', () => {
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.proposal.word, words.memoProposal.word, words.conclusion.word, words.minutes.word]).toEqual(['Bydelsdirektørens forslag til vedtak', 'Bydelsdirektørens forslag til vedtak', 'Vedtak', 'Protokoll']);
    // «Protokoll fra møte i Bydelsutvalget i Bydel Grünerløkka 16. desember 2010».
    expect(preset.conventions.recordFromMeeting).toBe(true);
    expect(noticeWordOf(preset.conventions, 'nb')).toBe('Møteinnkalling');
    expect(exampleCaseNumber(preset.caseNumberFormat, 2012, 158)).toBe('Sak 158/12');
    expect([preset.publicMeetings, preset.closedMeetingBases, preset.conventions.voting, remoteWaysOf(preset.conventions)]).toEqual([true, ['koml. § 11-5'], true, ['video']]);
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning', 'Godkjenning av protokoll', 'Vedtakssak', 'Orientering', 'Referatsaker']);
  });
});

describe('a sakkunnig nemnd or sakkunnig klagenemnd for eigedomsskatt in nynorsk (Hjartdal kommune\'s innkallingar 2015–2016)', () => {
  const preset = committeePreset('eigedomsskattenemnd');
  const held = { id: 'held', committeeId: 'c', date: '2016-01-12', start: '09:00', end: '15:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Møtebok.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/motebok.docx', size: 1 } } satisfies Meeting;

  it('opens its sakliste with the last møtebok approved as «003/16», no sak approving the innkalling and no «Eventuelt», as «003/16 GODKJENNING AV MØTEBOK 004/16 REFERATSAKER 005/16 69/16 - KLAGE …»', () => {
    const committee = { ...managed(), name: 'Sakkunnig nemnd', languageForm: preset.languageForm, caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2016-03-08', start: '09:00', end: '15:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `e-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title, item.kinds])).toEqual([['001/16', 'Godkjenning av møtebok frå møte i Sakkunnig nemnd 12.01.2016', ['Referatsak']]]);
    expect(exampleCaseNumber(preset.caseNumberFormat, 2016, 5)).toBe('005/16');
    expect(agendaHeadingOf(preset.conventions, preset.languageForm).word).toBe('Sakliste');
  });

  it('calls its papers «Møteinnkalling for …» and «Møtebok», the proposal «Tilråding», gives the referent a klage\'s three outcomes in nynorsk, records votes, is public, closed by koml. § 11-5, seen on video from elsewhere', () => {
    const words = wordingOf(preset.conventions, 'nn');
    // «Møteinnkalling for Sakkunnig nemnd», as Hjartdal's three innkallingar head theirs.
    expect(noticeHeading(preset.conventions, 'nn', 'Sakkunnig nemnd')).toBe('Møteinnkalling for Sakkunnig nemnd');
    expect([noticeWordOf(preset.conventions, 'nn'), words.minutes.word, words.minutes.definite, words.proposal.word, words.memoProposal.word, words.conclusion.word, words.proceedingsAndConclusion]).toEqual(['Møteinnkalling for', 'Møtebok', 'møteboka', 'Tilråding', 'Tilråding', 'Vedtak', 'Møtehandsaming og vedtak']);
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning av møtebok', 'Klagesak', 'Vedtakssak', 'Referatsaker', 'Orientering']);
    expect(preset.conventions.outcomes).toEqual(presetWordsIn(committeePreset('klagenemnd').conventions, 'nn').outcomes);
    expect(presetWordsIn(preset.conventions, 'nb').outcomes).toEqual(committeePreset('klagenemnd').conventions.outcomes);
    expect([preset.publicMeetings, preset.closedMeetingBases, preset.conventions.voting, preset.conventions.factsApart, remoteWaysOf(preset.conventions)]).toEqual([true, ['koml. § 11-5'], true, true, ['video']]);
  });
});

describe('a regional komité for medisinsk og helsefaglig forskningsetikk (REK nord 2012, REK vest 2014, REK midt 2015)', () => {
  const preset = committeePreset('forskningsetikk');
  const held = { id: 'held', committeeId: 'c', date: '2014-05-08', start: '09:30', end: '16:00', timeZone: 'Europe/Oslo', place: '', online: false, theme: '', status: 'held', items: [], attendance: [], itemStartedAt: {},
    minutes: { fileName: 'Referat.docx', driveItemId: 'drive-1', webUrl: 'https://tenant.example/referat.docx', size: 1 } } satisfies Meeting;

  it('opens its dagsorden «1. Godkjenning av innkalling og dagsorden 2. Erklæring om habilitet», then the last referat, and numbers a søknad by its REK number «2014/805», as REK vest\'s «2014/805 … Dokumentnummer: 2014/805-1 Prosjektsøknad»', () => {
    const committee = { ...managed(), name: 'REK vest', languageForm: preset.languageForm, caseNumberFormat: preset.caseNumberFormat, caseNumberSerial: preset.caseNumberSerial, conventions: preset.conventions };
    let n = 0;
    const meeting = newMeetingFromTemplate({ committee, date: '2014-06-05', start: '09:30', end: '16:00', online: false, previousMeeting: held, existingMeetings: [], committeeMeetings: [held], idFactory: () => `r-${++n}` });
    expect(meeting.items.map((item) => [item.caseNumber, item.title])).toEqual([
      ['1', 'Godkjenning av innkalling og dagsorden'],
      ['2', 'Erklæring om habilitet'],
      // REK vest's «2. Referat fra REK-møtet 8. mai 2014: ingen merknader».
      ['3', 'Referat fra møte i REK vest 08.05.2014'],
    ]);
    const soknad = { ...meeting.items[2]!, id: 'soknad', title: 'Diagnostikk, behandling og forekomst av leishmaniasis i Norge', kinds: ['Prosjektsøknad'], archiveRef: '2014/805-1' };
    expect(renumberItems({ ...meeting, items: [...meeting.items, soknad] }, committee, []).items.map((item) => item.caseNumber)).toEqual(['1', '2', '3', '2014/805']);
    expect(agendaHeadingOf(preset.conventions, preset.languageForm).word).toBe('Dagsorden');
  });

  it('keeps a «Referat» with «Vedtak», the søknader\'s kinds under the number, who met in tables, no «Eventuelt», and is not public', () => {
    const words = wordingOf(preset.conventions, 'nb');
    expect([words.minutes.word, words.conclusion.word, words.proposal.word]).toEqual(['Referat', 'Vedtak', 'Forslag til vedtak']);
    expect(words.kinds.map((k) => k.label)).toEqual(['Godkjenning av referat', 'Prosjektsøknad', 'Endringssøknad', 'Oppfølgingssak', 'Orienteringssak']);
    expect([preset.conventions.kindsUnderNumber, preset.conventions.attendanceTable, preset.conventions.closingRows, preset.conventions.voting, preset.publicMeetings, preset.closedMeetingBases]).toEqual([undefined, true, 'ingen', undefined, false, []]);
  });
});

describe('the innkalling\'s head and the heading over its saker, as each preset\'s cited papers print them', () => {
  const shown = (id: (typeof COMMITTEE_PRESET_IDS)[number]) => {
    const { noticeCommittee, noticeAgendaHeading } = committeePreset(id).conventions;
    return [noticeCommittee === true, noticeAgendaHeading === true];
  };

  it('prints «Utvalg: …» and «Saksliste» for the kommune\'s organer whose møteinnkallinger print both (Søndre Land, Kvæfjord\'s AMU, Nordland\'s and Hordaland\'s eldreråd)', () => {
    expect([shown('kommunestyre'), shown('rad'), shown('arbeidsmiljoutvalg')]).toEqual([[true, true], [true, true], [true, true]]);
  });

  it('prints the heading alone where the papers head the list but name the body otherwise («Møte: Bydelsutvalget», «Møteinnkalling for Sakkunnig nemnd») or do not show the head', () => {
    expect([shown('bydelsutvalg'), shown('eigedomsskattenemnd'), shown('samarbeidsutvalg'), shown('administrasjonsutvalg')]).toEqual([[false, true], [false, true], [false, true], [false, true]]);
  });

  it('keeps today\'s innkalling, neither, for the seed\'s partnerskapsmøte and every preset whose sources do not show its innkalling\'s head', () => {
    const either = COMMITTEE_PRESET_IDS.filter((id) => shown(id).some(Boolean));
    expect(either).toEqual(['samarbeidsutvalg', 'kommunestyre', 'rad', 'bydelsutvalg', 'eigedomsskattenemnd', 'arbeidsmiljoutvalg', 'administrasjonsutvalg']);
    expect(shown('partnerskapsmote')).toEqual([false, false]);
  });
});
