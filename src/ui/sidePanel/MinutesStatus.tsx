import { Link, Text, makeStyles, tokens } from '@fluentui/react-components';
import { approvedInNextMeeting } from '../../domain/conventions';
import { formatDateLong, utcToOslo } from '../../domain/dates';
import type { Committee, Meeting } from '../../domain/model';
import type { PersonIdentity } from '../../domain/personIdentity';
import { mayOpenReferat } from '../../domain/referatAccess';
import { isSafeUrl } from '../../domain/safeUrl';
import { useMinutesApprovalText } from '../shared/minutesApprovalText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { wordingValues } from '../shared/wordingValues';
import { useMinutesStatusText } from './minutesStatusText';

const useStyles = makeStyles({
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

export interface MinutesStatusProps {
  committee: Committee;
  /** The meeting as stored, not the viewer's view: who may open the record is decided on the whole meeting. */
  meeting: Meeting;
  viewer: PersonIdentity;
}

/**
 * Where the record of a held meeting stands, for a member's read-only panel: not made yet, made and awaiting approval
 * (in the next meeting, as a Referatsak, for a committee that approves so: `approvedInNextMeeting`), or approved — from
 * what the meeting holds (`status`, `minutes`, `minutesApprovedAt`), no read of its own. The link to the stored file only
 * for one the committee's rules let read it (`mayOpenReferat`, the same people the mail links it for), and only to an
 * https address (`isSafeUrl`). Its own chunk (`minutesStatusChunk.ts`).
 */
export function MinutesStatus({ committee, meeting, viewer }: MinutesStatusProps) {
  const t = useMinutesStatusText();
  const tApproval = useMinutesApprovalText();
  const words = wordingValues(useCommitteeWording(committee));
  const styles = useStyles();
  // https only: a file's address, never a mailto (`isSafeUrl` without `allowMailto`).
  const webUrl = meeting.minutes?.webUrl;
  const href = webUrl !== undefined && isSafeUrl(webUrl) ? webUrl : undefined;
  const approvedOn = meeting.minutesApprovedAt ? osloDate(meeting.minutesApprovedAt) : undefined;
  const status =
    meeting.status === 'minutesApproved'
      ? approvedOn === undefined
        ? t('approved', words)
        : t('approvedOn', { ...words, date: approvedOn })
      : !meeting.minutes
        ? t('notMade', words)
        : approvedInNextMeeting(committee.conventions?.minutesApproval)
          ? tApproval('nextMeeting.goes', words)
          : t('awaiting', words);
  return (
    <section aria-labelledby="minutes-status-heading" data-testid="minutes-status">
      <h2 id="minutes-status-heading" className={styles.heading}>
        {String(words.minutesWord)}
      </h2>
      <Text as="p">
        {status}{' '}
        {href && mayOpenReferat({ committee, meeting }, viewer) ? (
          <Link href={href} target="_blank" rel="noopener noreferrer">
            {t('open', words)}
          </Link>
        ) : null}
      </Text>
    </section>
  );
}

/** The Oslo date of an ISO instant, «11.06.2026»; undefined for one that cannot be read (the text then gives no date). */
function osloDate(instant: string): string | undefined {
  try {
    return formatDateLong(utcToOslo(instant).date);
  } catch {
    return undefined;
  }
}
