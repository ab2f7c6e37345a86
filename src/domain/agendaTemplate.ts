import { blankAgendaItem } from './blankAgendaItem';
import { renumberItems, type NumberedMeeting } from './caseNumbering';
import { formatDateLong, formatDateShort, minutesOfDay, parseIsoDate } from './dates';
import { DomainError } from './errors';
import { fieldRuleLine, type FieldRule } from './fieldRules';
import { APPROVAL_KIND, MINUTES_KIND, approvedInNextMeeting, unknownKinds, wordingOf, type Noun } from './conventions';
import { followUpListSummary, NOTED_KIND, type FollowUpListEntry } from './followUp';
import { domainTexts } from './texts';
import { closingRows, openingRows } from './fixedRows';
import { notedConclusionOf } from './agendaEditing';
import { hasBeenHeld } from './meetingStatus';
import { standingChair } from './standingChair';
import type { AgendaItem, Attachment, Committee, LanguageForm, Meeting, MeetingHeader, Person } from './model';
import { richTextFromPlain } from './richText';
import { noticeHeading } from './noticeWord';
import { nextMeetingNumber, type NumberedMeetingHeader } from './meetingNumbering';
import { writtenRecordTitle } from './writtenCoreWords';
import { chairElectedInOwnSak, coSignerCount, type ElectionPart } from './signersElection';

/**
 * A new meeting starts with the rows every meeting of the seeds has: approval of the notice and
 * agenda, the minutes of the previous meeting as a Referatsak, and the closing row. Wording is
 * taken from the seeds (bokmål) with nynorsk equivalents for committees that write nynorsk.
 * The previous meeting is the last one that was held (`previousHeldMeeting`), never a draft or
 * a meeting still ahead. With no held meeting there are no minutes to approve: no Referatsak.
 */

/**
 * "Partnerskapsmøtet" → "Partnerskapsmøte" (the seeds say "Referat fra Partnerskapsmøte
 * 05.06.2025"): a name in the definite form "-møtet" loses its article. Other names (SSU,
 * "Strategisk samarbeidsutvalg") become "møte i SSU".
 */
export function meetingNameOf(committee: Pick<Committee, 'name'>): string {
  const name = committee.name.trim();
  return /møtet$/i.test(name) ? name.slice(0, -1) : `møte i ${name}`;
}

/** "Partnerskapsmøtet" → "partnerskapsmøtet" in running text; acronyms ("SSU") keep their capitals. */
function inRunningText(name: string): string {
  const [first = '', second = ''] = [...name];
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + name.slice(first.length) : name;
}

/** Where the previous meeting's referat stands, as the new meeting's Referatsak shows it. */
export type PreviousMinutesState = 'approved' | 'notApproved' | 'missing';

export function previousMinutesState(previous: Pick<Meeting, 'status' | 'minutes'>): PreviousMinutesState {
  if (!previous.minutes) return 'missing';
  return previous.status === 'minutesApproved' ? 'approved' : 'notApproved';
}

/**
 * The meeting whose referat a new meeting (on `date` at `start`) takes up as its Referatsak: the
 * last meeting that was held before it. Drafts and meetings whose innkalling went out but that
 * were never held have no referat, so they are passed over however recent they are.
 */
export function previousHeldMeeting<M extends MeetingHeader>(meetings: readonly M[], when: Pick<Meeting, 'date' | 'start'>): M | undefined {
  // Same day: a held meeting counts as before unless both times say it ended after the new one starts.
  const endedBefore = (meeting: MeetingHeader) => meeting.end === undefined || when.start === undefined || meeting.end <= when.start;
  const before = (meeting: MeetingHeader) => meeting.date < when.date || (meeting.date === when.date && endedBefore(meeting));
  return meetings
    .filter((meeting) => hasBeenHeld(meeting) && before(meeting))
    .sort((a, b) => b.date.localeCompare(a.date) || (b.start ?? '').localeCompare(a.start ?? ''))[0];
}

/**
 * A written treatment's protokoll as the Referatsak and its vedlegg name it: as the protokoll names itself («Protokoll fra
 * skriftlig styrebehandling 12. mars 2026», nn «Protokoll frå skriftleg styrehandsaming …»; documents/docx/referatDocx.ts
 * `referatHeading`; the words in writtenCoreWords.ts, writtenTreatmentWords.ts is not in the pages' start-up), never as a meeting («… møte … dato»): there was none. Its date is the Svarfrist. Undefined for a meeting.
 */
function previousRecordTitle(committee: Pick<Committee, 'languageForm'>, previous: MeetingHeader): ((date: string) => string) | undefined {
  // `previous.written`, not writtenTreatment.ts `isWritten`: that module is not in the pages' start-up, this one is.
  if (previous.written === undefined) return undefined;
  const title = writtenRecordTitle(committee.languageForm);
  return (date) => `${title} ${date}`;
}

/**
 * A number of co-signers as the titles say it: «én»/«éin» (a person), «to», «tre» …; a digit past ten, as the
 * Bokhandlerforeningen writes «2 medlemmer». Nynorsk «éin person» (person is masculine in nynorsk) is a judgement.
 */
function countWord(count: number, form: LanguageForm): string {
  const words = ['', form === 'nn' ? 'éin' : 'én', 'to', 'tre', 'fire', 'fem', 'seks', 'sju', 'åtte', 'ni', 'ti'];
  return words[count] ?? String(count);
}

/** «én person», «to personer» (nn «éin person», «to personar»): who co-signs with the møteleder a generalforsamling elects. */
function personsWord(count: number, form: LanguageForm): string {
  return `${countWord(count, form)} ${count === 1 ? 'person' : form === 'nn' ? 'personar' : 'personer'}`;
}

/** An election sak's title and what it elects (`AgendaItem.elects`). */
interface ElectionSak {
  title: string;
  elects: ElectionPart;
}

/**
 * The saker that elect the møteleder and who co-signs the record (`minutesApproval: 'signedInMeeting'`). One sak, as
 * Lederkilden's innkalling («Valg av møteleder og en person til å undertegne protokollen sammen med møteleder») and Nordic
 * Nanovector ASA's protokoll of 24 May 2017 («1. Valg av møteleder og en person til å medundertegne protokollen»,
 * http://docplayer.me/47423738-Nordic-nanovector-asa.html) word it: «Valg av møteleder og én person til å medundertegne
 * protokollen», with two «to personer» (a judgement on the Bokhandlerforeningen's «Valg av møteleder og 2 medlemmer til å
 * undertegne protokollen», https://bokhandlerforeningen.no/om-oss-2/generalforsamling/). Or two saker (`chairOwnSak`):
 * «Valg av møteleder» (Produsentforeningen NORA's «3. Valg av møteleder», noramusikk.no, 2019; in nynorsk «Val av møteleiar», Leikanger Arbeiderparti's sakliste, https://leikanger.arbeiderpartiet.no/nyheter/sakliste-til-program-og-nominasjonsmotet-17-januar/)
 * and «Valg av én person til å medundertegne protokollen» (Ementor ASA's innkalling of 7 April 2006: «2. Valg av en person
 * til å undertegne protokollen sammen med møteleder», docplayer.me/amp/1026199). The nynorsk co-signers' words («skrive
 * under … saman med møteleiaren») are a judgement: no nynorsk protokoll of such a sak was found. Here, not in texts.ts:
 * only a new meeting writes them, and texts.ts is in the side panel's start-up.
 */
function signersElectionTitles(form: LanguageForm, minutes: Noun, count: number, ownSak: boolean, dirigent: boolean): ElectionSak[] {
  const persons = personsWord(count, form);
  // An årsmøte's (`dirigent`): the lovnorm's «Velge dirigent», «to medlemmer til å underskrive protokollen», nn «velje
  // dirigent(ar)», «to medlemmer til å skrive under protokollen» (conventions.ts); «Valg av to til …» in Vekst i Grenland's
  // words, as the representantskap's title below, since a member need not be elected (a judgement).
  // The referent too, as the lovnorm lists it: «Velge dirigent, referent, samt to medlemmer …», nn «velje protokollførar(ar)»:
  // a sak of its own between the dirigent's and the signers' (`ownSak`), or named in the one sak («Valg av dirigent, referent og to …»).
  if (dirigent) {
    const who = count === 1 ? persons : countWord(count, form);
    const coSign = form === 'nn' ? `${who} til å skrive under ${minutes.definite}` : `${who} til å underskrive ${minutes.definite}`;
    const valg = form === 'nn' ? 'Val' : 'Valg';
    const referent = form === 'nn' ? 'protokollførar' : 'referent';
    return ownSak
      ? [{ title: `${valg} av dirigent`, elects: 'chair' }, { title: `${valg} av ${referent}`, elects: 'referent' }, { title: `${valg} av ${coSign}`, elects: 'coSigners' }]
      : [{ title: `${valg} av dirigent, ${referent} og ${coSign}`, elects: 'both' }];
  }
  const [chair, coSign] = form === 'nn' ? ['Val av møteleiar', `${persons} til å skrive under ${minutes.definite} saman med møteleiaren`] : ['Valg av møteleder', `${persons} til å medundertegne ${minutes.definite}`];
  const valg = form === 'nn' ? 'Val' : 'Valg';
  return ownSak ? [{ title: chair, elects: 'chair' }, { title: `${valg} av ${coSign}`, elects: 'coSigners' }] : [{ title: `${chair} og ${coSign}`, elects: 'both' }];
}

/**
 * The sak that chooses who co-signs the record with the committee's own leder, who leads the meeting (`minutesApproval:
 * 'signedByChosen'`, an IKS's representantskap), as Vekst i Grenland IKS's protokoll of 15 April 2016 words it: «Sak 3 Valg
 * av to til å undertegne protokollen», after the approval of innkalling and saksliste
 * (https://vig.no/representantskapet/protokoll-representantskapet-15-april-2016/); another number the committee sets
 * (`coSigners`) in its place («Valg av tre til …»), one as «Valg av én person til …» (a judgement: «Valg av én til …» reads
 * short). The nynorsk («Val av to til å skrive under protokollen») is a judgement, in the words of the nynorsk title above;
 * no nynorsk protokoll of such a sak was found.
 */
function coSignersElectionTitle(form: LanguageForm, minutes: Noun, count: number): string {
  const who = count === 1 ? personsWord(count, form) : countWord(count, form);
  return form === 'nn' ? `Val av ${who} til å skrive under ${minutes.definite}` : `Valg av ${who} til å undertegne ${minutes.definite}`;
}

/**
 * The innkalling's standing words, carried from the last meeting so the secretary does not type them again: the note on
 * forfall under its opening and the letter's greeting and signature. Every innkalling found carries such a note and is signed
 * by the leiar: Austevoll's valstyre («Eventuelt forfall skal meldast til …», «Varamedlemmar møter berre etter nærare innkalling»,
 * signed «Leiar», http://docplayer.me/45419911-Austevoll-kommune-moteinnkalling-sakliste.html), nye Volda's («Vi ber om at
 * forfall vert meldt til …», http://docplayer.me/135911331-Nye-volda-kommune-moteinnkalling.html), Kvalsund's kommunestyre
 * («Forfallsgrunn må oppgis.», signed «ordfører», http://docplayer.me/1299957-Motei-kalli-g-kommunestyret.html); that they
 * stay the same from one meeting to the next is a judgement. The references and the opening text are the meeting's own.
 */
function standingNoticeWords(previous: MeetingHeader | undefined): Pick<Meeting, 'absenceNotice' | 'letter'> {
  const absenceNotice = previous?.absenceNotice?.trim() ?? '';
  const greeting = previous?.letter?.greeting?.trim() ?? '';
  const signature = previous?.letter?.signature?.trim() ?? '';
  return {
    ...(absenceNotice === '' ? {} : { absenceNotice }),
    ...(greeting === '' && signature === '' ? {} : { letter: { ingress: [], ...(greeting === '' ? {} : { greeting }), ...(signature === '' ? {} : { signature }) } }),
  };
}

export interface NewMeetingInput {
  committee: Committee;
  /** ISO date in Europe/Oslo, "2026-06-11". */
  date: string;
  start: string;
  end: string;
  /** Defaults to the committee's usual place. */
  place?: string;
  online: boolean;
  /** The last meeting held before this one (`previousHeldMeeting`); its referat becomes the Referatsak. */
  previousMeeting?: MeetingHeader;
  /** The committee's meetings, so numbering continues from the ones already used this year. */
  existingMeetings: readonly NumberedMeeting[];
  /** The committee's meetings as listed (any year), so a committee that numbers its meetings through the year gives this one the next number (`meetingNumbering.ts`). */
  committeeMeetings?: readonly NumberedMeetingHeader[];
  /** Id source, injected so the function stays pure and tests can predict ids. */
  idFactory: () => string;
  /**
   * The Oppfølgingsliste (followUp.ts): the points of earlier meetings with their status as Graph
   * gave it on `today`. With entries, the template offers an Orientering sak listing them after the
   * Referatsak; the list is a dated snapshot in the sak's text, the tasks stay the record.
   */
  followUpList?: { entries: readonly FollowUpListEntry[]; today: string };
}

export function newMeetingFromTemplate(input: NewMeetingInput): Meeting {
  const { committee, date, start, end, previousMeeting, existingMeetings, idFactory } = input;
  parseIsoDate(date);
  if (minutesOfDay(end) <= minutesOfDay(start)) {
    const rule: FieldRule = { code: 'endBeforeStart', start, end };
    throw new DomainError('invalidTimeRange', fieldRuleLine(rule), rule);
  }
  const texts = domainTexts(committee.languageForm).template;
  const minutesWord = wordingOf(committee.conventions, committee.languageForm).minutes;
  const chair: Person | undefined = standingChair(committee);
  const presenters = chair ? [chair] : [];

  const agenda = committee.conventions?.agenda ?? 'dagsorden';
  const meetingId = idFactory();
  // Only a kind the committee has: its own sakstyper may have no «Godkjenning», and an item keeps a kind the editor cannot untick.
  const ownKinds = (kind: string): string[] => (unknownKinds(committee.conventions, [kind]).length === 0 ? [kind] : []);
  const items: AgendaItem[] = [
    // The committee's opening rows («Åpning», «Valg av møteleder»), fixed first as the closing rows are fixed last; a numbered one takes its sak number.
    ...openingRows(committee).map((row) => blankAgendaItem(idFactory(), { title: row.title, presenters, opening: true, ...(row.numbered ? {} : { row: 'unnumbered' as const }) })),
    // A record signed by people the meeting chooses among those present: the sak (or the two saker) that choose them, fixed before the approval (a generalforsamling's, aksjeloven § 5-16), each marked with what it elects (`elects`).
    ...(committee.conventions?.minutesApproval === 'signedInMeeting'
      ? signersElectionTitles(
          committee.languageForm,
          minutesWord,
          coSignerCount(committee.conventions),
          chairElectedInOwnSak(committee.conventions),
          committee.conventions?.dirigent === true,
        ).map(({ title, elects }) => blankAgendaItem(idFactory(), { title, presenters, opening: true, elects }))
      : []),
    // The sak approving the innkalling and the list, unless the committee approves none (`approvalRow: false`).
    ...(committee.conventions?.approvalRow === false
      ? []
      : [
          blankAgendaItem(idFactory(), {
            kinds: ownKinds(APPROVAL_KIND),
            title: texts.approvalTitle(agenda),
            proposedConclusion: [texts.approvalProposal(agenda)],
            presenters,
            opening: true,
          }),
        ]),
    // A record signed after the meeting by its leder and members the meeting chooses: the sak that chooses them, fixed after the approval, where Vekst i Grenland's stands.
    ...(committee.conventions?.minutesApproval === 'signedByChosen' ? [blankAgendaItem(idFactory(), { title: coSignersElectionTitle(committee.languageForm, minutesWord, coSignerCount(committee.conventions)), presenters, opening: true, elects: 'coSigners' })] : []),
  ];
  if (previousMeeting && !hasBeenHeld(previousMeeting)) {
    throw new DomainError('minutesNotReady', { key: 'previousNotHeld', values: { date: formatDateLong(previousMeeting.date) } });
  }
  const sameMeeting = (committee.conventions?.minutesApproval ?? 'nextMeeting') === 'sameMeeting';
  // A committee that approves its record at the end of the same meeting, by e-mail or by everyone's signature has no Referatsak for the previous one.
  if (previousMeeting && approvedInNextMeeting(committee.conventions?.minutesApproval)) {
    const minutesItemId = idFactory();
    const minutesState = previousMinutesState(previousMeeting);
    const written = previousRecordTitle(committee, previousMeeting);
    const shortDate = formatDateShort(previousMeeting.date);
    const attachments: Attachment[] = previousMeeting.minutes
      ? [
          {
            ...previousMeeting.minutes,
            id: idFactory(),
            title: written?.(shortDate) ?? texts.minutesAttachmentTitle(minutesWord, inRunningText(committee.name), shortDate),
          },
        ]
      : [];
    const proposal = committee.conventions?.minutesProposal ?? 'noted';
    items.push(
      blankAgendaItem(minutesItemId, {
        kinds: [MINUTES_KIND],
        title: written?.(formatDateLong(previousMeeting.date)) ?? texts.minutesTitle(minutesWord, `${meetingNameOf(committee)} ${formatDateLong(previousMeeting.date)}`, proposal),
        proposedConclusion: [texts.minutesProposal(minutesWord, proposal)],
        presenters,
        attachments,
        summary: minutesState === 'approved' ? [] : richTextFromPlain(minutesState === 'notApproved' ? texts.minutesNotApproved(minutesWord) : texts.minutesMissing(minutesWord)),
      }),
    );
  }
  if (input.followUpList && input.followUpList.entries.length > 0) {
    items.push(
      blankAgendaItem(idFactory(), {
        kinds: ownKinds(NOTED_KIND),
        title: domainTexts(committee.languageForm).followUpList.title,
        summary: followUpListSummary(committee, input.followUpList.entries, input.followUpList.today),
        proposedConclusion: [notedConclusionOf(committee)],
        presenters,
      }),
    );
  }
  if (sameMeeting) {
    items.push(
      blankAgendaItem(idFactory(), {
        kinds: [MINUTES_KIND],
        title: texts.sameMeetingMinutesTitle(minutesWord),
        proposedConclusion: [texts.sameMeetingMinutesProposal(minutesWord)],
        presenters,
      }),
    );
  }
  for (const row of closingRows(committee)) {
    const fixed = row.numbered ? { numberedClosing: true as const } : { closing: true };
    items.push(blankAgendaItem(idFactory(), { title: row.title, presenters, ...fixed }));
  }

  const meeting: Meeting = {
    id: meetingId,
    committeeId: committee.id,
    date,
    start,
    end,
    timeZone: 'Europe/Oslo',
    place: input.place ?? committee.defaultPlace ?? '',
    online: input.online,
    theme: noticeHeading(committee.conventions, committee.languageForm, committee.name),
    status: 'draft',
    items,
    attendance: [],
    itemStartedAt: {},
  };
  if (chair) meeting.chair = chair;
  if (committee.defaultMinuteTaker) meeting.minuteTaker = committee.defaultMinuteTaker;
  if (committee.recipientsLine) meeting.recipients = committee.recipientsLine;
  if (previousMeeting) meeting.previousMeetingId = previousMeeting.id;
  Object.assign(meeting, standingNoticeWords(previousMeeting));
  const meetingNumber = nextMeetingNumber(committee, input.committeeMeetings ?? [], date);
  if (meetingNumber !== undefined) meeting.meetingNumber = meetingNumber;
  return renumberItems(meeting, committee, existingMeetings);
}
