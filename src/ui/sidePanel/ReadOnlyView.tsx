import { useState } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import type { Committee } from '../../domain/model';
import type { ReadMeeting } from '../../domain/ports';
import { plainTextOf } from '../../domain/richText';
import { formatMeetingWhen } from '../../domain/dates';
import { useServices } from '../shared/ServicesContext';
import { useCommonText } from '../shared/commonText';
import { LateUnreadableRowsBar } from '../shared/LateUnreadableRowsBar';
import { useLiveFollower } from '../meeting/useFollowMeeting';
import { hasExemptContent, personViewer, viewFor } from '../../domain/confidentiality';
import type { PersonIdentity } from '../../domain/personIdentity';
import { AgendaList, itemHeading } from './AgendaList';
import { ItemDetails } from './ItemDetails';
import { PointList } from '../shared/PointList';
import { useSidePanelText } from './sidePanelText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useConclusionNoun } from '../shared/useConclusionNoun';
import { wordingValues } from '../shared/wordingValues';
import { meetingStatusText } from '../shared/meetingStatusText';
import { useLoadedView } from '../shared/loadableView';
import { votingRecordChunk } from '../shared/votingRecordChunk';
import { presentListChunk } from './presentListChunk';
import { minutesStatusChunk } from './minutesStatusChunk';
import { exemptReadChunk } from './exemptReadChunk';
import { dirigentReadChunk } from './dirigentReadChunk';

const useStyles = makeStyles({
  title: { margin: 0, fontSize: tokens.fontSizeBase400 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  sub: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  column: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  pre: { whiteSpace: 'pre-wrap' },
});

/** Participants who do not take minutes: the agenda and documents, following the meeting, no editing. */
export function ReadOnlyView({ committee, meeting: opened, viewer }: { committee: Committee; meeting: ReadMeeting; viewer: PersonIdentity }) {
  const { repository, hostContext } = useServices();
  const t = useSidePanelText();
  const words = useCommitteeWording(committee);
  const tc = useCommonText();
  const styles = useStyles();
  // Like the stage: the meeting the panel found, then the live channel (or an eTag check every 15 s without one).
  const polled = useLiveFollower(repository, opened.value.id, hostContext.openLiveChannel, opened);
  const [openItemId, setOpenItemId] = useState<string | undefined>(undefined);
  // Unntatt offentlighet: a participant sees what the one rule lets them see (public title and hjemmel otherwise).
  const meeting = polled.meeting && viewFor({ committee, meeting: polled.meeting }, personViewer(viewer)).meeting;
  const item = meeting?.items.find((i) => i.id === openItemId);
  const conclusion = useConclusionNoun(item, committee, words);
  // The proposals, votes and protokolltilførsler of a sak that has some, as the protokoll prints them: their chunk is
  // fetched only then. `viewFor` took them out of a sak the member may not see.
  const voting = item?.voting;
  const VotingRecord = useLoadedView(votingRecordChunk, voting !== undefined);
  // Who is there and how each took part, as the protokoll will say it: its chunk fetched once someone is recorded present.
  const PresentList = useLoadedView(presentListChunk, meeting?.attendance.some((entry) => entry.status === 'present' || entry.status === 'substitute') === true);
  // Where the referat/protokoll stands once the meeting is held, from what the meeting holds: its chunk fetched only then.
  const held = polled.meeting?.status === 'held' || polled.meeting?.status === 'minutesApproved';
  const MinutesStatus = useLoadedView(minutesStatusChunk, held);
  // A sak with exempt content: what of it is exempt, for a reader who sees it in full (its chunk fetched only then).
  const ExemptRead = useLoadedView(exemptReadChunk, item !== undefined && hasExemptContent(item));
  // An årsmøte's line names no dirigent before the meeting has elected one: its words in a chunk fetched only for such a committee.
  const dirigent = committee.conventions?.dirigent === true;
  const DirigentRead = useLoadedView(dirigentReadChunk, dirigent);
  const decision =
    item && item.conclusion.length > 0 ? (
      <section>
        <h3 className={styles.sub}>{conclusion.word}</h3>
        <PointList points={item.conclusion} conventions={committee.conventions} />
      </section>
    ) : null;
  if (!meeting) return <LoadingSpinner label={t('loading')} />;
  const lineValues = { ...wordingValues(words), agendaHeading: committee.conventions?.agendaHeading ?? '' };
  return (
    <div className={styles.column} data-testid="read-only">
      <h1 className={styles.title}>
        {committee.name} {formatMeetingWhen(meeting)}
      </h1>
      <div>
        <Badge appearance="outline">{meetingStatusText(tc, meeting.status, words)}</Badge>
      </div>
      {/* Who writes, in the committee's words: an årsmøte's (`conventions.dirigent`) from its chunk, once here. */}
      {!dirigent || DirigentRead ? (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{DirigentRead ? <DirigentRead committee={committee} meeting={meeting} values={lineValues} /> : t('readOnly', lineValues)}</MessageBarBody>
        </MessageBar>
      ) : null}
      <LateUnreadableRowsBar rows={polled.unreadable ?? []} />
      {!item && MinutesStatus && polled.meeting && held ? <MinutesStatus committee={committee} meeting={polled.meeting} viewer={viewer} /> : null}
      {!item ? <AgendaList committee={committee} meeting={meeting} onOpen={setOpenItemId} /> : null}
      {!item && PresentList ? <PresentList committee={committee} meeting={meeting} /> : null}
      {item ? (
        <article className={styles.column} aria-labelledby="read-only-heading">
          <div>
            <Button appearance="transparent" icon={<ArrowLeftRegular />} onClick={() => setOpenItemId(undefined)}>
              {t('item.back', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}
            </Button>
          </div>
          <h2 id="read-only-heading" className={styles.heading}>
            {itemHeading(item)}
          </h2>
          {/* What the sak is about, as the innkalling prints it under the title (`viewFor`: the hjemmel for a sak he may not see). */}
          {item.summary.length > 0 ? (
            <Text className={styles.pre} data-testid="item-summary">
              {plainTextOf(item.summary)}
            </Text>
          ) : null}
          {ExemptRead && polled.meeting ? <ExemptRead committee={committee} meeting={polled.meeting} viewer={viewer} itemId={item.id} /> : null}
          <ItemDetails item={item} committee={committee} words={words} />
          {/* The protokoll's order: the møtebehandling, the proposals and votes, the vedtak, the protokolltilførsler. */}
          {item.proceedings.length > 0 ? (
            <section>
              <h3 className={styles.sub}>{t('item.proceedings')}</h3>
              <Text className={styles.pre}>{plainTextOf(item.proceedings)}</Text>
            </section>
          ) : null}
          {/* With votes, the vedtak stands between the proposals and votes and the protokolltilførsler (`VotingRecord`). */}
          {VotingRecord && voting ? (
            <VotingRecord voting={voting} form={committee.languageForm}>
              {decision}
            </VotingRecord>
          ) : (
            decision
          )}
        </article>
      ) : null}
    </div>
  );
}
