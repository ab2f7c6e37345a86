import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Committee, Meeting } from '../../domain/model';
import { sentAttachmentMode } from '../../domain/invitation';
import { formatFileSize } from '../../domain/limits';
import { packWordOf } from '../../domain/packWord';
import { recipientReach, type KnownAccess, type OutsideRecipient } from '../../domain/recipientReach';
import { carriedExemptFiles } from '../../domain/carriedExemptFiles';
import type { PermissionFinding } from '../../graph/sitePermissions';
import { useWorkspaceText } from './panelText';
import { joinList } from './CarriedReadAfterSend';
import { ExemptUnreachableNote } from './ExemptUnreachableNote';

export { CarriedReadAfterSend } from './CarriedReadAfterSend';

const useStyles = makeStyles({
  list: { margin: '4px 0 0 0', paddingLeft: '20px' },
  offer: { display: 'block', margin: '0 0 12px 0' },
  hint: { display: 'block', color: tokens.colorNeutralForeground2 },
});

/** What the start-up permission check knows about the committee's people (`graph/sitePermissions.ts`), as the send dialog needs it. */
export interface SiteAccess {
  findings: readonly PermissionFinding[];
  /** The signed-in user may run «Rett tilgangene». */
  canRepair: boolean;
}

/**
 * Who cannot open what lives in SharePoint, from the check's findings for this committee: an address
 * SharePoint does not know (`noAccount`), and one the committee's folders lack (`missing` on a folder
 * of the committee: the meeting folder with the saksframlegg and the møtebok PDF).
 */
export function knownAccess(findings: readonly PermissionFinding[], committeeId: string): KnownAccess {
  const noAccount: string[] = [];
  const notGranted: string[] = [];
  for (const finding of findings) {
    if (!finding.who?.includes('@')) continue;
    if (finding.problem === 'noAccount' && finding.target.kind === 'committee' && finding.target.committeeId === committeeId) noAccount.push(finding.who);
    if (finding.problem === 'missing' && finding.target.kind === 'folder' && finding.target.committeeId === committeeId) notGranted.push(finding.who);
  }
  return { noAccount, notGranted };
}

/**
 * In the send dialog: each invitee who cannot open what the invite links to in SharePoint, what they
 * cannot open and what they get instead, and what the secretary can do — attach the vedlegg for this
 * send when the committee only links them and they fit Exchange's limits, «Rett tilgangene» for
 * someone not yet given access, IT's guest invitation for an address with no account. A warning the
 * secretary accepts: it never stops the send — but for an invitee with no account who must get a sak unntatt offentlighet
 * (`exemptUnreachable`), which SharePoint cannot grant: that is an error, and NoticePanel holds Send back.
 */
export function NoticeReach({
  committee,
  meeting,
  access,
  withPack,
  attachLinked,
  attachedBefore = false,
  onAttachLinked,
  disabled,
  linkInstead = false,
}: {
  committee: Committee;
  meeting: Meeting;
  access: SiteAccess;
  withPack: boolean;
  attachLinked: boolean;
  /** The last innkalling attached them (`SentNotice.attachedLinked`): the offer comes ticked, and says why. */
  attachedBefore?: boolean;
  onAttachLinked: (attach: boolean) => void;
  disabled: boolean;
  /** This send links the vedlegg instead of attaching them (too large for mail, InviteSizeNote): each line says what is then true. */
  linkInstead?: boolean;
}) {
  const t = useWorkspaceText();
  const styles = useStyles();
  const known = knownAccess(access.findings, committee.id);
  const offer = recipientReach(committee, meeting, known);
  const sent = sentAttachmentMode(committee.attachmentMode, attachLinked && offer.canAttachLinked, linkInstead);
  const reach = sent === committee.attachmentMode ? offer : recipientReach(committee, meeting, known, sent);
  const pack = withPack ? packWordOf(committee.conventions, committee.languageForm).definite : undefined;
  const lines = reach.recipients.map((recipient) => ({ recipient, missing: missingParts(recipient, pack, t) })).filter((line) => line.missing.length > 0);
  const carried = carriedLevelLacking(access.findings, committee, meeting);
  if (lines.length === 0 && carried === undefined && offer.exemptUnreachable.length === 0) return null;
  return (
    <>
      <ExemptUnreachableNote entries={offer.exemptUnreachable} />
      {carried ? (
        <MessageBar intent="warning" layout="multiline" data-testid="notice-carried-level">
          <MessageBarBody>
            <MessageBarTitle>{t('reach.carriedTitle')}</MessageBarTitle>
            {t('reach.carriedLevel', { saker: joinList(carried.saker, t('reach.and')), bodies: joinList(carried.bodies, t('reach.and')), levelName: carried.levelName })}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {lines.length > 0 ? (
        <MessageBar intent="warning" layout="multiline" data-testid="notice-reach">
          <MessageBarBody>
            <MessageBarTitle>{t('reach.title')}</MessageBarTitle>
            <ul className={styles.list}>
              {lines.map(({ recipient, missing }) => (
                <li key={recipient.invitee.address}>{sentence(recipient, joinList(missing, t('reach.and')), reach.attached, access.canRepair, t, committee.conventions?.agendaHeading ?? '')}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {offer.canAttachLinked ? (
        <span className={styles.offer}>
          <Checkbox
            checked={attachLinked}
            disabled={disabled}
            onChange={(_, data) => onAttachLinked(data.checked === true)}
            label={t('reach.attach', { size: formatFileSize(offer.storedBytes) })}
            aria-describedby="notice-reach-hint"
          />
          <Text id="notice-reach-hint" size={200} className={styles.hint}>
            {t('reach.attachHint')}
            {attachedBefore ? ` ${t('reach.attachedBefore')}` : null}
          </Text>
        </span>
      ) : null}
    </>
  );
}

type Words = ReturnType<typeof useWorkspaceText>;

/**
 * The saker taken from an earlier body whose exempt files this send grants on (`domain/carriedExemptFiles.ts`), when the
 * check found the committee's own permission level missing or with other rights (`levelMissing`, `levelOtherRights`):
 * the send then grants the built-in Read, which the earlier body's next send takes away (graph/carriedExemptGrants.ts).
 */
function carriedLevelLacking(
  findings: readonly PermissionFinding[],
  committee: Committee,
  meeting: Meeting,
): { saker: string[]; bodies: string[]; levelName: string } | undefined {
  const finding = findings.find((f) => (f.problem === 'levelMissing' || f.problem === 'levelOtherRights') && f.target.kind === 'committee' && f.target.committeeId === committee.id);
  if (finding === undefined) return undefined;
  const files = carriedExemptFiles({ committee, meeting });
  if (files.length === 0) return undefined;
  return {
    saker: [...new Set(files.map((file) => file.item.caseNumber ?? file.item.title))],
    bodies: [...new Set(files.map((file) => file.body))],
    levelName: finding.levelName ?? '',
  };
}

/** What they cannot open; `pack` is the committee's word for the PDF of the papers when the invite links it. */
function missingParts(recipient: OutsideRecipient, pack: string | undefined, t: Words): string[] {
  return [
    ...(recipient.linkedOnly.length > 0 ? [t('reach.linked', { count: recipient.linkedOnly.length })] : []),
    ...(recipient.caseMemos > 0 ? [t('reach.caseMemos', { count: recipient.caseMemos })] : []),
    ...(pack ? [t('reach.pack', { pack })] : []),
  ];
}

/** `agendaHeading`: the committee's word for its list (`conventions.agendaHeading`), «Vedkommende får sakskartet …». */
function sentence(recipient: OutsideRecipient, missing: string, attached: number, canRepair: boolean, t: Words, agendaHeading: string): string {
  const who = recipient.invitee.name ? `${recipient.invitee.name} <${recipient.invitee.address}>` : recipient.invitee.address;
  if (recipient.why === 'noAccount') return t('reach.noAccount', { who, missing, agendaHeading, files: attached > 0 ? t('reach.files', { count: attached }) : '' });
  return `${t('reach.notGranted', { who, missing, agendaHeading })} ${canRepair ? t('reach.repair') : t('reach.ownerMustRepair')}`;
}
