import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { removeItem, setCurrentItem, setOutcome } from '../../domain/agendaEditing';
import { newMeetingFromTemplate } from '../../domain/agendaTemplate';
import { validateAttachmentSize } from '../../domain/attachmentSize';
import { parseIsoDate } from '../../domain/dates';
import { defaultConventions, wordingOf, type WordingLanguage } from '../../domain/conventions';
import { DomainError, type DomainReason } from '../../domain/errors';
import { validateFileName, validateFolderPath } from '../../domain/fileNames';
import { checkFollowUpDraft } from '../../domain/followUp';
import { committeePreset } from '../../domain/committeePresets';
import { transition } from '../../domain/meetingStatus';
import { frozenChangeRefusal } from '../../domain/minutesApproval';
import { CaseNumberSchema } from '../../domain/model';
import { checkReadyForNotice } from '../../domain/noticeChecks';
import { NotProvisionedError, StorageError } from '../../domain/ports';
import { AuthError } from '../../auth/tokenProvider';
import { failureReason, GraphRequestError, normaliseGraphError } from '../../graph/graphError';
import { aClosingRow, aCommittee, aMeeting, anAttachment, anItem, sequentialIds } from '../../domain/testing/builders';
import { commonMessages, type CommonKey } from './messages';
import './commonText';
import { describeError, describeReason, wordingReady } from './describeError';
import { domainReasonMessages } from './domainReasonMessages';
import { domainReasonText } from './domainReasonText';
import { setLanguage, translate, type TextValues } from './i18n';
import { thrown } from './testing/thrown';

const t = (key: CommonKey, values?: TextValues) => translate('common', key, values);
/** What a user is shown for what `run` throws, as the screens describe it. */
const shown = (run: () => unknown) => describeError(thrown(run), t).message;
const reasons = (problems: readonly { reason: DomainReason }[]) => problems.map((problem) => domainReasonText(problem.reason));

const sent = aMeeting({ status: 'noticeSent', items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.03') }), aClosingRow()] });
const ctx = { committee: aCommittee(), otherMeetings: [] };

afterEach(() => setLanguage('nb'));

describe('what the meeting rules refuse, in the user’s language (domainReasonText.ts)', () => {
  it('has a sentence for every reason in every language (the catalogue is typed by the domain’s list)', () => {
    expect(Object.keys(domainReasonMessages.nn).sort()).toEqual(Object.keys(domainReasonMessages.nb).sort());
    expect(Object.keys(domainReasonMessages.en).sort()).toEqual(Object.keys(domainReasonMessages.nb).sort());
  });

  it('words an agenda edit the rules refuse in bokmål as before, in nynorsk and in English (agendaEditing.ts)', async () => {
    const refusal = () => removeItem(sent, 'a', ctx);
    expect(shown(refusal)).toBe('Sak 2026.03 er sendt ut med innkallingen og kan ikke slettes. Marker den som utsatt i stedet.');
    await setLanguage('nn');
    expect(shown(refusal)).toBe('Sak 2026.03 er send ut med innkallinga og kan ikkje slettast. Merk ho som utsett i staden.');
    await setLanguage('en');
    expect(shown(refusal)).toBe('Item 2026.03 was sent out with the notice and cannot be deleted. Mark it as postponed instead.');
    expect(shown(() => setCurrentItem(aMeeting({ status: 'draft' }), 'a'))).toBe('The meeting is not in progress. Start the meeting before you choose an item.');
    expect(shown(() => setOutcome(aMeeting({ status: 'noticeSent', items: [anItem('a')] }), 'a', 'treated'))).toBe(
      'The item cannot be marked as treated while the meeting has the status «notice sent».',
    );
  });

  it('names the statuses of a move the rules refuse (meetingStatus.ts)', async () => {
    await setLanguage('nn');
    expect(shown(() => transition(aMeeting({ status: 'draft' }), 'held'))).toBe('Eit møte med status «utkast» kan ikkje få status «møtet er halde».');
    await setLanguage('en');
    expect(shown(() => transition(aMeeting({ status: 'held' }), 'held'))).toBe('The meeting already has the status «meeting held».');
  });

  it('refuses a change after the referat is approved in the user’s language (minutesApproval.ts, the freeze)', async () => {
    const refusal = frozenChangeRefusal({ status: 'minutesApproved', reopenings: 0 }, aMeeting({ status: 'minutesApproved' }), { header: true, items: false });
    expect(refusal).toBeInstanceOf(DomainError);
    await setLanguage('en');
    expect(describeError(refusal, t).message).toBe('The minutes are approved, so the meeting and its items cannot be changed. Reopen the minutes first – who did it, when and why is recorded.');
    await setLanguage('nn');
    expect(describeError(new DomainError('transitionNotAllowed', { key: 'reopenSecretariatOnly' }), t).message).toBe('Berre sekretariatet for møteorganet kan opne att eit godkjent referat.');
  });

  it('words a template the rules refuse (agendaTemplate.ts) and a date that is not one (dates.ts)', async () => {
    const previous = aMeeting({ id: 'prev', status: 'noticeSent', date: '2026-03-05' });
    const template = () => newMeetingFromTemplate({ committee: aCommittee(), date: '2026-06-11', start: '10:00', end: '12:00', previousMeeting: previous, existingMeetings: [], online: false, idFactory: sequentialIds() });
    await setLanguage('en');
    expect(shown(template)).toBe('The meeting of 05.03.2026 has not been held, so there are no minutes to approve.');
    expect(shown(() => parseIsoDate('2026-02-30'))).toBe('The date 2026-02-30 does not exist in the calendar.');
    await setLanguage('nn');
    expect(shown(() => parseIsoDate('11.06.2026'))).toBe('«11.06.2026» er ikkje ein gyldig dato. Bruk forma ÅÅÅÅ-MM-DD, til dømes 2026-06-11.');
    // An end before the start is the model's rule of the meeting's times, worded as a meeting file's is.
    const backwards = thrown(() => newMeetingFromTemplate({ committee: aCommittee(), date: '2026-06-11', start: '12:00', end: '10:00', existingMeetings: [], online: false, idFactory: sequentialIds() }));
    await wordingReady(backwards);
    expect(describeError(backwards, t).message).toBe('Møtet må slutte etter at det byrjar (byrjar 12:00, sluttar 10:00)');
  });

  it('asks for who is responsible for an oppfølgingspunkt in the user’s language (followUp.ts)', async () => {
    await setLanguage('en');
    expect(shown(() => checkFollowUpDraft({ what: 'Send brevet', who: undefined, due: undefined }))).toBe('Choose who is responsible for the follow-up point.');
  });

  it('words a file name SharePoint refuses, naming the character, and a folder’s (fileNames.ts)', async () => {
    const check = validateFileName('Referat: PM?.pdf');
    if (check.ok) throw new Error('expected problems');
    expect(reasons(check.problems)).toEqual([
      'Navnet inneholder kolon (:), som SharePoint ikke tillater i filnavn.',
      'Navnet inneholder spørsmålstegn (?), som SharePoint ikke tillater i filnavn.',
    ]);
    await setLanguage('nn');
    expect(reasons(check.problems)).toEqual(['Namnet inneheld kolon (:), som SharePoint ikkje tillèt i filnamn.', 'Namnet inneheld spørjeteikn (?), som SharePoint ikkje tillèt i filnamn.']);
    await setLanguage('en');
    expect(reasons(check.problems)[0]).toBe('The name contains a colon (:), which SharePoint does not allow in file names.');
    const long = validateFileName(`${'a'.repeat(256)}`);
    if (long.ok) throw new Error('expected problems');
    expect(reasons(long.problems)).toEqual(['The name is 256 characters long. SharePoint allows at most 255 characters.']);
    const folder = validateFolderPath('Partnerskapsmøtet/2026-06-11 PM ');
    if (folder.ok) throw new Error('expected problems');
    expect(reasons(folder.problems)).toEqual(['The folder «2026-06-11 PM »: The name cannot end with a space.']);
  });

  it('words a size the invite cannot take with the number written as the language writes it (attachmentSize.ts)', async () => {
    const check = validateAttachmentSize(Math.round(212.4 * 1024 * 1024));
    if (check.ok) throw new Error('expected a refusal');
    expect(domainReasonText(check.reason)).toBe('Filen er 212,4 MB. Vedlegg til innkallingen kan være høyst 150 MB. Del filen som lenke i stedet.');
    await setLanguage('en');
    expect(domainReasonText(check.reason)).toBe('The file is 212.4 MB. Attachments to the notice can be at most 150 MB. Share the file as a link instead.');
  });

  it('words what blocks sending the innkalling, a vedlegg’s file name problems inside the sentence (noticeChecks.ts)', async () => {
    const meeting = aMeeting({ items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), attachments: [anAttachment('v', { title: 'Budsjett', fileName: 'Budsjett?.pdf', driveItemId: 'd' })] })] });
    const problems = checkReadyForNotice(meeting, aCommittee());
    await setLanguage('nn');
    expect(reasons(problems)).toContain('Vedlegget «Budsjett» i sak 2026.03 har eit filnamn SharePoint ikkje godtek: Namnet inneheld spørjeteikn (?), som SharePoint ikkje tillèt i filnamn.');
    await setLanguage('en');
    expect(reasons(problems)).toContain('The meeting has no chair.');
  });

  it('warns of a meeting nobody opens in an årsmøte\'s words, of one without a møteleder otherwise (noticeChecks.ts)', async () => {
    const meeting = aMeeting({ items: [anItem('a', { caseNumber: v.parse(CaseNumberSchema, '2026.03'), presenters: [{ name: 'Kari' }] })] });
    const arsmote = aCommittee({ conventions: committeePreset('arsmote').conventions });
    expect(reasons(checkReadyForNotice(meeting, arsmote))).toContain('Møtet har ingen som åpner det.');
    expect(reasons(checkReadyForNotice(meeting, aCommittee()))).toContain('Møtet har ingen møteleder.');
    await setLanguage('nn');
    expect(reasons(checkReadyForNotice(meeting, arsmote))).toContain('Møtet har ingen som opnar det.');
    expect(reasons(checkReadyForNotice(meeting, aCommittee()))).toContain('Møtet har ingen møteleiar.');
  });

  it('says the site is not set up in the user’s language, naming the list (ports.ts)', async () => {
    await setLanguage('en');
    expect(describeError(new NotProvisionedError('MotebokMeetings'), t)).toEqual({
      kind: 'notProvisioned',
      message: 'The SharePoint site is not set up for Møtebok (the list MotebokMeetings is missing). Choose «Set up the SharePoint site» first.',
    });
  });

  it('words a reason outside an error once the wording is here (describeReason, the screens’ way)', async () => {
    await setLanguage('en');
    expect(describeReason({ key: 'fileName.trailingDot' }, t)).toBe('The name cannot end with a full stop.');
    expect(commonMessages.en['error.rule']).not.toBe('');
  });
});

describe('the send’s refusals about content unntatt offentlighet (graph), in the user’s language', () => {
  it('names what is open and how, each part worded in the same language', async () => {
    const refusal = new DomainError('exemptContentExposed', {
      key: 'exempt.exposed',
      values: { what: { key: 'exempt.folderOf', values: { caseNumber: '2026.04' } }, problem: { key: 'exempt.sharingLink', values: { scope: 'organization' } } },
    });
    expect(describeError(refusal, t).message).toBe(
      'Innkallingen er ikke sendt: mappen for sak 2026.04 er unntatt offentlighet, men kan åpnes av flere enn de som har tilgang (en delingslenke for hele organisasjonen). Rett tillatelsene i SharePoint og send på nytt.',
    );
    await setLanguage('en');
    expect(describeError(refusal, t).message).toBe(
      'The notice has not been sent: the folder of item 2026.04 is exempt from public access, but more people than those entitled can open it (a sharing link for the whole organisation). Correct the permissions in SharePoint and send again.',
    );
  });
});

describe('what a refusal says of the committee’s record, in its own words (minutesApproval.ts, the freeze, the referat’s send)', () => {
  const protokoll = (language: WordingLanguage) => wordingOf({ ...defaultConventions(), minutes: 'protokoll', conclusion: 'vedtak' }, language);
  const refused = (key: 'minutesAlreadyApproved' | 'minutesNotMade' | 'reopenSecretariatOnly' | 'heldRecordOnly') => new DomainError('transitionNotAllowed', { key });

  it('names «protokollen» where the committee keeps one, with the forms that agree with it, in nynorsk and English', async () => {
    expect(describeError(refused('minutesAlreadyApproved'), t, protokoll('nb')).message).toBe('Protokollen er allerede godkjent.');
    await setLanguage('nn');
    expect(describeError(refused('minutesAlreadyApproved'), t, protokoll('nn')).message).toBe('Protokollen er allereie godkjend.');
    expect(describeError(refused('minutesNotMade'), t, protokoll('nn')).message).toBe('Det finst ikkje nokon protokoll enno. Lag protokollen før du sender han.');
    expect(describeError(refused('reopenSecretariatOnly'), t, protokoll('nn')).message).toBe('Berre sekretariatet for møteorganet kan opne att ein godkjend protokoll.');
    expect(describeError(refused('heldRecordOnly'), t, protokoll('nn')).message).toBe('Møtet er halde. Berre tittel, tekst, møtehandsaming og vedtak kan rettast no.');
    await setLanguage('en');
    expect(describeError(refused('minutesAlreadyApproved'), t, protokoll('en')).message).toBe('The record is already approved.');
    expect(describeError(refused('minutesNotMade'), t, protokoll('en')).message).toBe('There is no record yet. Make the record before you send it.');
    expect(describeError(new DomainError('transitionNotAllowed', { key: 'alreadyStatus', values: { status: 'minutesApproved' } }), t, protokoll('en')).message).toBe(
      'The meeting already has the status «the record is approved».',
    );
  });

  it('says «referatet» where the screen gives no words, as before', async () => {
    expect(describeError(refused('minutesAlreadyApproved'), t).message).toBe('Referatet er allerede godkjent.');
    await setLanguage('en');
    expect(describeError(refused('minutesNotMade'), t).message).toBe('There are no minutes yet. Make the minutes before you send them.');
  });
});

describe('a failed call to Microsoft 365 and a failed sign-in, in the user’s language (graphError.ts, tokenProvider.ts)', () => {
  const notProtected = (error: unknown) => new DomainError('exemptContentExposed', { key: 'exempt.notProtected', values: { failure: failureReason(error) } });

  it('says why the permissions of exempt documents could not be set in the same language as the sentence around it', async () => {
    const forbidden = notProtected(new GraphRequestError(403, 'accessDenied', 'r', 'denied'));
    await setLanguage('nn');
    expect(describeError(forbidden, t).message).toBe(
      'Innkallinga er ikkje send: tilgangen til dokumenta unnatekne offentlegheit kunne ikkje setjast, og utan han kan nokon utan tilgang opne dei. Du har ikkje tilgang til dette i SharePoint eller Outlook. Be eigaren av området om tilgang.',
    );
    await setLanguage('en');
    expect(describeError(notProtected(new GraphRequestError(429, 'TooManyRequests', 'r', '', 7)), t).message).toBe(
      'The notice has not been sent: access to the documents exempt from public access could not be set, and without it people who are not entitled could open them. Microsoft 365 asks us to wait a little because there are many requests right now. Try again in 7 seconds.',
    );
    expect(domainReasonText(failureReason(new GraphRequestError(429, 'TooManyRequests', 'r', '', 1)))).toMatch(/Try again in 1 second\.$/);
    expect(domainReasonText(failureReason(new GraphRequestError(507, 'quotaLimitReached', 'r', '')))).toBe('The storage in SharePoint is full. Contact whoever administers the site.');
  });

  it('keeps the line of an answer Møtebok cannot use as the detail of the send’s refusal, never in its words (noticeSender.ts passes it as the cause)', async () => {
    const cause = new StorageError('permissionLevelMissing', 'no permission level of RoleTypeKind 2 (for read) in web/roledefinitions');
    const refused = new DomainError('exemptContentExposed', { key: 'exempt.notProtected', values: { failure: failureReason(cause) } }, undefined, { cause });
    await setLanguage('nn');
    expect(describeError(refused, t)).toEqual({
      kind: 'rule',
      message:
        'Innkallinga er ikkje send: tilgangen til dokumenta unnatekne offentlegheit kunne ikkje setjast, og utan han kan nokon utan tilgang opne dei. SharePoint-området manglar eitt av dei innebygde tilgangsnivåa (Lese, Bidra eller Full kontroll), så Møtebok kan ikkje setje tilgangen. Be den som administrerer området, om å leggje det inn att.',
      detail: 'no permission level of RoleTypeKind 2 (for read) in web/roledefinitions',
    });
  });

  it('says why signing in failed, a failure the Graph client passed on included, in nynorsk and English', async () => {
    const wrapped = normaliseGraphError(Object.assign(new Error(new AuthError('popupBlocked', 'popup_window_error').message), { statusCode: -1, code: 'AuthError' }));
    await setLanguage('nn');
    expect(describeError(wrapped, t)).toEqual({ kind: 'unauthorized', message: 'Nettlesaren stoppa innloggingsvindauget. Tillat sprettoppvindauge for Møtebok og prøv igjen.' });
    await setLanguage('en');
    expect(describeError(new AuthError('interactionRequired'), t)).toEqual({ kind: 'unauthorized', message: 'You need to sign in again to continue. What you have written has been kept.' });
    expect(describeError(new AuthError('network', 'no_network_connectivity'), t)).toEqual({ kind: 'network', message: 'Cannot reach the sign-in service. Check the network connection and try again.' });
  });
});

describe('the refusals of the permission repair and of a Planner task, in the user’s language (sitePermissions.ts, tasksGateway.ts)', () => {
  it('says that someone outside every secretariat cannot repair the permissions, in nynorsk and English', async () => {
    const refused = new DomainError('notInSecretariat', { key: 'repair.notInSecretariat', values: { who: 'hilde@sandefjord.kommune.example.no' } });
    await wordingReady(refused);
    await setLanguage('nn');
    expect(describeError(refused, t).message).toBe(
      'Du (hilde@sandefjord.kommune.example.no) er ikkje med i sekretariatet for noko møteorgan. Legg deg til under «Sekretariat» i innstillingane for møteorganet før du rettar tilgangane, elles mistar du sjølv tilgangen.',
    );
    await setLanguage('en');
    expect(describeError(refused, t).message).toBe(
      'You (hilde@sandefjord.kommune.example.no) are not in the secretariat of any committee. Add yourself under “Secretariat” in the committee’s settings before you repair the permissions, or you would lose your own access.',
    );
  });

  it('says that a person without a directory id cannot get a Planner task, in nynorsk', async () => {
    await setLanguage('nn');
    expect(domainReasonText({ key: 'followUp.noDirectoryId', values: { name: 'Tobias Iveland' } })).toBe(
      'Tobias Iveland manglar id i katalogen og kan ikkje få ei oppgåve i Planner. Vel personen i personveljaren.',
    );
  });
});
