import * as v from 'valibot';
import { committeePreset, type CommitteePresetId } from './committeePresets';
import type { CommitteeConfidentiality, CommitteeRole } from './confidentialitySchemas';
import { ConventionsSchema, defaultConventions, type Conventions } from './conventions';
import { seriesClash } from './caseNumbering';
import { validateFileName } from './fileNames';
import { committeeFolderName } from './attachments';
import { sameAddress } from './personIdentity';
import { hasMemberKey } from './memberKey';
import { chairMember, personOfMember, standingChair } from './standingChair';
import { memberDetailProblem, unfitMemberDetail, withTrimmedDetails } from './memberDetails';
import { hasManager, personKey } from './committeeAccess';
import { basesFromText, basesText, hasPublicMeetings, withMeetingPublicity, type BasesProblem } from './meetingPublicity';
import {
  AttachmentModeSchema,
  CaseNumberFormatSchema,
  CaseNumberSerialSchema,
  CommitteeSchema,
  EmailSchema,
  LanguageFormSchema,
  type AttachmentMode,
  type CaseNumberSerial,
  type Committee,
  type CommitteeMember,
  type LanguageForm,
  type Person,
  type PersonDetails,
} from './model';

/**
 * The committee as the secretariat edits it in "Innstillinger". The form keeps what was typed
 * (case number format and mailbox as text); `checkCommitteeSettings` reports problems per field and only
 * a fully valid form becomes a Committee, parsed with the domain schema.
 */
export interface CommitteeSettingsInput {
  name: string;
  shortName: string;
  organisation: string;
  languageForm: LanguageForm;
  /** With each member's role, office and role group as the attendance list prints them. */
  members: CommitteeMember[];
  /** The role groups of the attendance list, one per line ("Ordførarar"); empty: grouped by role. */
  attendanceGroups: string;
  /**
   * What the documents print after a person's name (`attendance.ts` `personLine`); undefined until chosen: the
   * organisation in the attendance list and the name alone in the Ansvar column (`documents/meetingFacts.ts`).
   */
  personDetails: PersonDetails | undefined;
  defaultChair: Person | undefined;
  defaultMinuteTaker: Person | undefined;
  defaultPlace: string;
  recipientsLine: string;
  copyLine: string;
  caseNumberFormat: string;
  caseNumberSerial: CaseNumberSerial;
  attachmentMode: AttachmentMode;
  senderMailbox: string;
  /** Absent until changed: then the defaults of committeeAccess apply and nothing is stored. */
  secretariat: Person[] | undefined;
  referents: Person[] | undefined;
  /** The committee's wording, sakstyper and approval (conventions.ts). */
  conventions: Conventions;
  letterheadOrganisationLine: string;
  letterheadFooter: string;
  /** Who sees content unntatt offentlighet: whether vara may, and roles that differ from the attendance role. */
  confidentiality: CommitteeConfidentiality | undefined;
  /** The Planner plan's id for oppfølgingspunkter; empty: each task goes to the referent's own To Do list. */
  followUpPlanId: string;
  /** The hjemler for lukket møte as typed, one per line (stored in `confidentiality.closedMeetingBases`, `meetingPublicity.ts`). */
  closedMeetingBases: string;
  /** Whether the meetings are open to the public; not for an arbeidsmiljøutvalg (`confidentiality.publicMeetings`). */
  publicMeetings: boolean;
}

export type CommitteeSettingsField =
  | 'name'
  | 'shortName'
  | 'caseNumberFormat'
  | 'caseNumberSerial'
  | 'senderMailbox'
  | 'languageForm'
  | 'attachmentMode'
  /** The sakstyper and their numbering series. */
  | 'conventions'
  | 'notedConclusion'
  | 'proposalBy'
  | 'committeeLabel'
  | 'signatureStatement'
  | 'outcomes'
  | 'openingRows'
  | 'followUpPlanId'
  | 'secretariat'
  | 'defaultChair'
  | 'closedMeetingBases'
  | 'newItemsBasis'
  | 'deputyFor'
  | 'memberDetails';
export type CommitteeSettingsProblem =
  | 'kindsInvalid'
  /** The «Tatt til orientering» conclusion is too long or has a character no document keeps. */
  | 'notedConclusionInvalid'
  /** Who makes the proposal («Rektors») is too long or has a character no document keeps. */
  | 'proposalByInvalid'
  /** The word before the committee's name («Utvalg», «Organ») is too long or has a character no document keeps. */
  | 'committeeLabelInvalid'
  /** The sentence over the protokoll's signatures is too long or has a character no document keeps. */
  | 'signatureStatementInvalid'
  /** An outcome button's text («Klagen tas ikke til følge.») is too long or has a character no document keeps. */
  | 'outcomesInvalid'
  /** An opening row's title (`openingRow`, `openingRows`) is empty, longer than a sak's title may be, or has a character no document keeps. */
  | 'openingRowInvalid'
  /** A sakstype's own numbering series is not a valid format (no serial, an unknown code). */
  | 'kindSeriesInvalid'
  /** Two series' numbers read as each other's (`caseNumbering.ts` `seriesClash`): numbering could not tell them apart. */
  | 'kindSeriesClash'
  | 'required'
  | 'shortNameTooLong'
  | 'shortNameNotFileSafe'
  | 'invalidCaseNumberFormat'
  | 'caseNumberFormatWithoutSerial'
  | 'invalidEmail'
  | 'invalidChoice'
  | 'planIdTooLong'
  /** Another committee has this name, so both would share one folder in the library (and its permissions). */
  | 'nameTaken'
  /** Nobody in the secretariat (by default the standing referent) has an e-mail address, so nobody could manage the access (`committeeAccess.ts` `hasManager`). */
  | 'noManager'
  /** A member holds the office «Møteleder» (`chairRole: 'chair'`) and «Fast møteleder» is someone else or nobody (`chairDisagreement`). */
  | 'chairNotOffice'
  /** A varamedlem's «personlig vara for» (`deputyFor`) names no other member of the committee (`unlinkedDeputy`). */
  | 'deputyForUnknown'
  /** A member's organisation or title (`memberDetails.ts`) is too long, or has a control character no document keeps. */
  | 'memberDetailTooLong'
  | 'memberDetailControlCharacter'
  /** A hjemmel for lukket møte (one line) longer than the documents take, or with a control character. */
  | BasesProblem;
export type CommitteeSettingsCheck =
  | { ok: true; committee: Committee }
  | { ok: false; problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>> };

export const MAX_SHORT_NAME_LENGTH = 12;
/** As CommitteeSchema allows for `followUpPlanId`. */
export const MAX_PLAN_ID_LENGTH = 100;

export function settingsOf(committee: Committee): CommitteeSettingsInput {
  return {
    name: committee.name,
    shortName: committee.shortName,
    organisation: committee.organisation ?? '',
    languageForm: committee.languageForm,
    members: committee.members,
    attendanceGroups: (committee.attendanceGroups ?? []).join('\n'),
    personDetails: committee.personDetails,
    // The member he is, as the member list has him (standingChair.ts), also from a file saved before the two were kept together.
    defaultChair: standingChair(committee),
    defaultMinuteTaker: committee.defaultMinuteTaker,
    defaultPlace: committee.defaultPlace ?? '',
    recipientsLine: committee.recipientsLine ?? '',
    copyLine: committee.copyLine ?? '',
    caseNumberFormat: committee.caseNumberFormat,
    caseNumberSerial: committee.caseNumberSerial,
    attachmentMode: committee.attachmentMode,
    senderMailbox: committee.senderMailbox ?? '',
    secretariat: committee.secretariat,
    referents: committee.referents,
    conventions: committee.conventions ?? defaultConventions(),
    letterheadOrganisationLine: committee.letterhead?.organisationLine ?? '',
    letterheadFooter: committee.letterhead?.footer ?? '',
    confidentiality: committee.confidentiality,
    followUpPlanId: committee.followUpPlanId ?? '',
    closedMeetingBases: basesText(committee.confidentiality?.closedMeetingBases),
    publicMeetings: hasPublicMeetings(committee),
  };
}

/** "Nytt møteorgan" with a preset: målform, case numbers and conventions from the preset, what was typed kept. */
export function withPreset(input: CommitteeSettingsInput, id: CommitteePresetId): CommitteeSettingsInput {
  const preset = committeePreset(id);
  return {
    ...input,
    languageForm: preset.languageForm,
    caseNumberFormat: preset.caseNumberFormat,
    caseNumberSerial: preset.caseNumberSerial,
    conventions: preset.conventions,
    closedMeetingBases: basesText(preset.closedMeetingBases),
    publicMeetings: preset.publicMeetings,
    // An arbeidsmiljøutvalg's sides come with its preset; another preset keeps the groups typed.
    attendanceGroups: preset.attendanceGroups?.join('\n') ?? input.attendanceGroups,
  };
}


/** A format must say where the serial goes ({N}, {NN} or {NNN}), and may use only the known codes. */
function caseNumberFormatProblem(format: string): CommitteeSettingsProblem | undefined {
  if (format.trim() === '') return 'required';
  if (!/\{N+\}/.test(format)) return 'caseNumberFormatWithoutSerial';
  return v.safeParse(CaseNumberFormatSchema, format).success ? undefined : 'invalidCaseNumberFormat';
}

/** The conventions' problems, each on its field: the sakstyper's (their numbering series first, the committee's own `format`, once it is valid, with them) on `conventions`. */
function conventionsProblems(conventions: Conventions, format: string | undefined): Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>> {
  const problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>> = {};
  const refused = (part: Partial<Conventions>) => !v.safeParse(ConventionsSchema, part).success;
  if (refused({ notedConclusion: conventions.notedConclusion })) problems.notedConclusion = 'notedConclusionInvalid';
  if (refused({ proposalBy: conventions.proposalBy })) problems.proposalBy = 'proposalByInvalid';
  if (refused({ committeeLabel: conventions.committeeLabel })) problems.committeeLabel = 'committeeLabelInvalid';
  if (refused({ signatureStatement: conventions.signatureStatement })) problems.signatureStatement = 'signatureStatementInvalid';
  if (refused({ outcomes: conventions.outcomes })) problems.outcomes = 'outcomesInvalid';
  if (refused({ openingRow: conventions.openingRow, openingRows: conventions.openingRows })) problems.openingRows = 'openingRowInvalid';
  const series = conventions.itemKinds.flatMap((kind) => (kind.caseNumberFormat === undefined ? [] : [kind.caseNumberFormat]));
  if (series.some((own) => caseNumberFormatProblem(own) !== undefined)) problems.conventions = 'kindSeriesInvalid';
  else if (Object.keys(problems).length === 0 && refused(conventions)) problems.conventions = 'kindsInvalid';
  else if (format !== undefined && seriesClash([format, ...series]) !== undefined) problems.conventions = 'kindSeriesClash';
  return problems;
}

/** A series is stored as the committee's own format is: without the spaces typed around it. */
function withTrimmedSeries(conventions: Conventions): Conventions {
  const itemKinds = conventions.itemKinds.map((kind) =>
    kind.caseNumberFormat === undefined ? kind : { ...kind, caseNumberFormat: kind.caseNumberFormat.trim() },
  );
  return { ...conventions, itemKinds };
}

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** One group per line, blank lines and repeats left out; none: undefined (grouped by role). */
function groupsOf(text: string): string[] | undefined {
  const groups = [...new Set(text.split('\n').map((line) => line.trim()).filter((line) => line !== ''))];
  return groups.length === 0 ? undefined : groups;
}

/** Short names go into every file name ("PM 2026.03 …"), so they must be a valid SharePoint name on their own. */
function shortNameProblem(shortName: string): CommitteeSettingsProblem | undefined {
  if (shortName === '') return 'required';
  if (shortName.length > MAX_SHORT_NAME_LENGTH) return 'shortNameTooLong';
  return validateFileName(shortName).ok ? undefined : 'shortNameNotFileSafe';
}

export function checkCommitteeSettings(input: CommitteeSettingsInput, base: Committee): CommitteeSettingsCheck {
  const problems: Partial<Record<CommitteeSettingsField, CommitteeSettingsProblem>> = {};
  const name = input.name.trim();
  const shortName = input.shortName.trim();
  if (name === '') problems.name = 'required';
  const shortProblem = shortNameProblem(shortName);
  if (shortProblem) problems.shortName = shortProblem;
  const format = input.caseNumberFormat.trim();
  const formatProblem = caseNumberFormatProblem(format);
  if (formatProblem) problems.caseNumberFormat = formatProblem;
  if (!v.safeParse(CaseNumberSerialSchema, input.caseNumberSerial).success) problems.caseNumberSerial = 'invalidChoice';
  const mailbox = optional(input.senderMailbox);
  if (mailbox !== undefined && !v.safeParse(EmailSchema, mailbox).success) problems.senderMailbox = 'invalidEmail';
  if (!v.safeParse(LanguageFormSchema, input.languageForm).success) problems.languageForm = 'invalidChoice';
  if (!v.safeParse(AttachmentModeSchema, input.attachmentMode).success) problems.attachmentMode = 'invalidChoice';
  // Every sakstype needs an id and both labels, and no id twice; a series of its own must be a format of its own.
  const conventions = withTrimmedSeries(input.conventions);
  Object.assign(problems, conventionsProblems(conventions, formatProblem === undefined ? format : undefined));
  const planId = optional(input.followUpPlanId);
  if (planId !== undefined && planId.length > MAX_PLAN_ID_LENGTH) problems.followUpPlanId = 'planIdTooLong';
  if (!hasManager(input)) problems.secretariat = 'noManager';
  if (chairDisagreement(input)) problems.defaultChair = 'chairNotOffice';
  if (unlinkedDeputy(input.members)) problems.deputyFor = 'deputyForUnknown';
  const unfit = unfitMemberDetail(input.members);
  if (unfit) problems.memberDetails = unfit.problem === 'tooLong' ? 'memberDetailTooLong' : 'memberDetailControlCharacter';
  const bases = basesFromText(input.closedMeetingBases);
  if (!bases.ok) problems.closedMeetingBases = bases.problem;
  // The hjemmel new saker are marked with (`newItemConfidentiality.ts`) follows the same rule as one for lukket møte.
  const newItemsBasis = input.confidentiality?.newItems?.exempt?.basis;
  const newItemsChecked = newItemsBasis === undefined ? undefined : basesFromText(newItemsBasis);
  if (newItemsChecked?.ok === false) problems.newItemsBasis = newItemsChecked.problem;
  if (Object.keys(problems).length > 0 || !bases.ok) return { ok: false, problems };
  const parsed = v.safeParse(CommitteeSchema, {
    ...base,
    name,
    shortName,
    organisation: optional(input.organisation),
    languageForm: input.languageForm,
    members: input.members.map(withTrimmedDetails),
    attendanceGroups: groupsOf(input.attendanceGroups),
    personDetails: input.personDetails,
    // Stored as the member he is, details trimmed as theirs: the copy agrees with the member list it is read through.
    defaultChair: standingChair({ members: input.members.map(withTrimmedDetails), defaultChair: input.defaultChair }),
    defaultMinuteTaker: input.defaultMinuteTaker,
    defaultPlace: optional(input.defaultPlace),
    recipientsLine: optional(input.recipientsLine),
    copyLine: optional(input.copyLine),
    caseNumberFormat: format,
    caseNumberSerial: input.caseNumberSerial,
    attachmentMode: input.attachmentMode,
    senderMailbox: mailbox,
    secretariat: input.secretariat,
    referents: input.referents,
    conventions,
    letterhead: letterheadOf(input),
    confidentiality: withMeetingPublicity(input.confidentiality, { bases: bases.bases, publicMeetings: input.publicMeetings }),
    // Cleared: undefined, so the committee's oppfølging falls back to To Do (followUp.ts).
    followUpPlanId: planId,
  });
  // Members come from the picker or the checked external form; a schema refusal here is a bug, reported on the name.
  return parsed.success ? { ok: true, committee: parsed.output } : { ok: false, problems: { name: 'required' } };
}

function letterheadOf(input: CommitteeSettingsInput): Committee['letterhead'] {
  const organisationLine = optional(input.letterheadOrganisationLine);
  const footer = optional(input.letterheadFooter);
  return organisationLine === undefined && footer === undefined ? undefined : { organisationLine, footer };
}

/**
 * «Fast møteleder» and the member whose office is møteleder (`chairRole: 'chair'`, worded leder, leiar,
 * styreleder… by the committee) are one person: otherwise the protokoll would name two. The office is
 * the fact the attendance list prints; the fast møteleder is who leads when the meeting names nobody.
 * The member holding the office when «Fast møteleder» is someone else or nobody; undefined when they
 * agree or no member holds it (a committee led by someone outside its members).
 */
export function chairDisagreement(input: Pick<CommitteeSettingsInput, 'members' | 'defaultChair'>): CommitteeMember | undefined {
  const holders = input.members.filter((member) => member.chairRole === 'chair');
  if (holders.length === 0) return undefined;
  const chair = input.defaultChair;
  return chair !== undefined && holders.some((member) => personKey(member) === personKey(chair)) ? undefined : holders[0];
}

/**
 * The first varamedlem whose `deputyFor` names no other member of the committee (by `memberKey`: the e-mail, the name
 * for one listed without): the member removed or their address changed. An error to put right, never a link dropped.
 */
export function unlinkedDeputy(members: readonly CommitteeMember[]): CommitteeMember | undefined {
  return members.find((member) => member.deputyFor !== undefined && !members.some((other) => other !== member && hasMemberKey(other, member.deputyFor ?? '')));
}

export type ExternalMemberProblem = 'nameRequired' | 'invalidEmail' | 'duplicate' | 'organisationTooLong' | 'organisationControlCharacter';

/** A member outside the directory (a municipality's representative): name and e-mail typed by hand, the organisation by the rule for any member's (`memberDetails.ts`). */
export function checkExternalMember(
  name: string,
  email: string,
  organisation: string,
  members: readonly Person[],
): { ok: true; person: Person } | { ok: false; problems: ExternalMemberProblem[] } {
  const problems: ExternalMemberProblem[] = [];
  const trimmedName = name.trim();
  const trimmedEmail = email.trim();
  if (trimmedName === '') problems.push('nameRequired');
  if (!v.safeParse(EmailSchema, trimmedEmail).success) problems.push('invalidEmail');
  else if (members.some((member) => sameAddress(member.email, trimmedEmail))) problems.push('duplicate');
  const organisationProblem = memberDetailProblem(organisation);
  if (organisationProblem) problems.push(organisationProblem === 'tooLong' ? 'organisationTooLong' : 'organisationControlCharacter');
  if (problems.length > 0) return { ok: false, problems };
  const org = organisation.trim();
  return { ok: true, person: { name: trimmedName, email: trimmedEmail, ...(org === '' ? {} : { organisation: org }) } };
}

/**
 * The committee's confidentiality rule with one change: whether vara see exempt content, or the
 * role that counts for one person's access (undefined: their attendance role decides, `roleOf`).
 * Nothing left to say: undefined, so nothing is stored.
 */
export function withConfidentialityRule(
  current: CommitteeConfidentiality | undefined,
  change: { substitutesMaySee: boolean } | { email: string; role: CommitteeRole | undefined },
): CommitteeConfidentiality | undefined {
  const rule: CommitteeConfidentiality = { ...current };
  if ('substitutesMaySee' in change) {
    if (change.substitutesMaySee) rule.substitutesMaySee = true;
    else delete rule.substitutesMaySee;
  } else {
    const roles = (rule.roles ?? []).filter((entry) => !sameAddress(entry.email, change.email));
    if (change.role !== undefined) roles.push({ email: change.email, role: change.role });
    if (roles.length === 0) delete rule.roles;
    else rule.roles = roles;
  }
  return Object.keys(rule).length === 0 ? undefined : rule;
}

/**
 * Does another committee already have the library folder this one would get? The folder is named
 * after the committee (`committeeFolderName`), so two committees of one name would share their
 * meeting folders and «Rett tilgangene» would give each one's members the other's folder. SharePoint
 * compares names without regard to case.
 */
export function folderNameTaken(committee: Committee, others: readonly Committee[]): boolean {
  const folder = committeeFolderName(committee).toLocaleLowerCase('nb');
  return others.some((other) => other.id !== committee.id && committeeFolderName(other).toLocaleLowerCase('nb') === folder);
}

/** What the settings change on one member: the attendance list's role, office, group and personal vara, and the organisation and title typed after the name (kept as typed, trimmed on save). */
export type MemberChange = Partial<Pick<CommitteeMember, 'role' | 'chairRole' | 'group' | 'deputyFor' | 'organisation' | 'title'>>;

/**
 * One member's role, office, role group, organisation or title changed, as the settings' «Roller i oppmøtelisten» sets it.
 * A committee has one leder: giving the office to a member takes it from whoever had it (a body whose
 * leder alternates between its sides each year moves the office once, not twice), and makes them
 * «Fast møteleder» too — the one way the office and the standing møteleder stay one person
 * (`chairDisagreement` names it when they are made to differ by hand). Any other change leaves
 * «Fast møteleder» who he was; a change on the member who is «Fast møteleder» (his organisation, stilling) is his too. The standing møteleder is a referent by default (`committeeAccess.ts`),
 * so the right to record moves with the office, as it moves with «Fast møteleder» chosen by hand.
 */
export function withMemberChange(input: CommitteeSettingsInput, index: number, change: MemberChange): CommitteeSettingsInput {
  const target = input.members[index];
  if (target === undefined) return input;
  // «Fast møteleder» is this member: what is corrected on the member is corrected on him (standingChair.ts).
  const isStandingChair = chairMember(input) === target;
  const becomesChair = change.chairRole === 'chair' && target.chairRole !== 'chair';
  const members = input.members.map((member, at) => {
    const next: CommitteeMember = at === index ? { ...member, ...change } : becomesChair && member.chairRole === 'chair' ? { ...member, chairRole: undefined } : member;
    // Only a varamedlem is someone's personal vara; an unset choice is left out of the stored member, as in a file written by hand.
    if (at === index && 'role' in change && next.role !== 'deputy') delete next.deputyFor;
    for (const key of ['role', 'chairRole', 'group', 'deputyFor', 'organisation', 'title'] as const) if (next[key] === undefined) delete next[key];
    return next;
  });
  const changed = members[index];
  if (changed === undefined || !(becomesChair || isStandingChair)) return { ...input, members };
  return { ...input, members, defaultChair: personOfMember(changed) };
}

