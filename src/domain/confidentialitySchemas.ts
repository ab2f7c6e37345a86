import * as v from 'valibot';
import { emailField } from './schemaRules';
import { MAX_RICH_TEXT_LENGTH, MAX_TITLE_LENGTH } from './limits';
import { textField } from './textRules';
import { OptionalBoolean } from './richText';

/**
 * The confidentiality fields of the meeting file (offentleglova, kommuneloven § 11-5). Kept apart
 * from model.ts, which only hangs them on its objects, so the rules (confidentiality.ts) and the
 * schemas have one home. Every field is optional: files and stored rows from before still parse,
 * and the format stays `motebok-meeting/2`.
 */

// The common hjemler the secretariat picks from are in `exemptionBases.ts` (only the workspace offers them).

// The hjemler for lukket møte are the committee's own (`CommitteeConfidentiality.closedMeetingBases`):
// kommuneloven § 11-5 binds folkevalgte organer only, a helseforetak's styre has helseforetaksloven
// § 26 a, and an arbeidsmiljøutvalg meets in private. No list here fits every body.

/** At most this many characters in a hjemmel, as the documents print it after "Behandles i lukket møte, ". */
export const MAX_BASIS_LENGTH = 200;

const basisField = (field: 'exemptionBasis' | 'closedMeetingBasis') => textField(field, { max: MAX_BASIS_LENGTH, required: true, trimmed: true });

/** Unntatt offentlighet: the legal basis, and what may be shown in place of the real text. */
export const ExemptionSchema = v.strictObject({
  /**
   * "offl. § 13 jf. fvl. § 13 første ledd nr. 1" — one of COMMON_EXEMPTION_BASES (`exemptionBases.ts`) or free text. Absent
   * while the secretariat has not chosen one: nothing is chosen for them (the law is the body's), the
   * mark protects at once, and the innkalling is not sent until it is there (`noticeChecks.ts`).
   */
  basis: v.optional(basisField('exemptionBasis')),
  /** Shown wherever the real title may not appear ("Personalsak"); absent → "Unntatt offentlighet". */
  publicTitle: v.optional(textField('publicTitle', { max: MAX_TITLE_LENGTH })),
  /** A public wording of the body and konklusjon the secretariat writes; absent → left out. */
  publicText: v.optional(textField('publicText', { max: MAX_RICH_TEXT_LENGTH, multiLine: true })),
  /**
   * «Vedtaket er offentlig» (a sak exempt as a whole; ignored elsewhere): the public protokoll prints the sak's recorded
   * konklusjon, and nothing else of it. A vedtak om tilsetting is not a document «i sak om tilsetjing» (offl. § 25 første
   * ledd; Innst. O. nr. 41 (2005–2006), Lovavdelinga 2013): who was appointed is public while the documents are exempt.
   */
  decisionPublic: OptionalBoolean,
});
export type Exemption = v.InferOutput<typeof ExemptionSchema>;
const OptionalExemption = v.optional(ExemptionSchema);

// Built once for the sak's hjemmel and the committee's list (every page builds the model at start-up: `graph/startupSchemas.test.ts`).
const ClosedMeetingBasisField = basisField('closedMeetingBasis');

export const ClosedMeetingSchema = v.strictObject({
  /** "koml. § 11-5 andre ledd bokstav a" */
  basis: ClosedMeetingBasisField,
});
export type ClosedMeeting = v.InferOutput<typeof ClosedMeetingSchema>;

/** Per sak: what is exempt, whether it is treated in a closed meeting, and who is granted access beyond the committee's rule. */
export const ItemConfidentialitySchema = v.strictObject({
  /** The whole sak (title, body, konklusjon, saksframlegg, every vedlegg). */
  exempt: OptionalExemption,
  /** Only the saksframlegg (the background and the uploaded saksframlegg document). */
  caseMemo: OptionalExemption,
  closedMeeting: v.optional(ClosedMeetingSchema),
  /** E-mail addresses of observers or guests the secretariat lets see this sak's exempt content. */
  grants: v.optional(v.array(emailField('grant'))),
});
export type ItemConfidentiality = v.InferOutput<typeof ItemConfidentialitySchema>;
/** A sak's confidentiality, or none (the sak's field, and the committee's default for new saker: one schema built for both). */
export const OptionalItemConfidentiality = v.optional(ItemConfidentialitySchema);

/** Who a person is to the committee. Anyone among the members not listed otherwise is a member. */
export const CommitteeRoleSchema = v.picklist(['member', 'substitute', 'observer', 'guest']);
export type CommitteeRole = v.InferOutput<typeof CommitteeRoleSchema>;

/** The committee's rule for exempt content: members see it; vara when the committee says so; observers and guests only by grant per sak. */
export const CommitteeConfidentialitySchema = v.strictObject({
  substitutesMaySee: OptionalBoolean,
  /** Roles other than member, by e-mail address. */
  roles: v.optional(v.array(v.strictObject({ email: emailField('role'), role: CommitteeRoleSchema }))),
  /**
   * The hjemler this committee closes a meeting by, as its documents print them ("koml. § 11-5 …"),
   * offered in that order when a sak is marked lukket møte; any other may be typed. Absent: none
   * offered, the hjemmel is typed per sak (committees stored before the list).
   */
  closedMeetingBases: v.optional(v.array(ClosedMeetingBasisField)),
  /** false: the committee's meetings are not open to the public (an arbeidsmiljøutvalg), so no sak is «lukket». Absent: open. */
  publicMeetings: OptionalBoolean,
  /**
   * The confidentiality a new sak starts with (`newItemConfidentiality.ts`): a body whose saker are mostly
   * exempt (a tilsettingsråd, an administrasjonsutvalg's personalsaker) marks each new sak exempt, with the
   * hjemmel the committee chose, and may have it treated in a lukket møte by one of its own hjemler. Absent: a new sak is open.
   */
  newItems: OptionalItemConfidentiality,
});
export type CommitteeConfidentiality = v.InferOutput<typeof CommitteeConfidentialitySchema>;
