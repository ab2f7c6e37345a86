import { useEffect, useRef, useState } from 'react';
import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowLeftRegular, ChevronLeftRegular, ChevronRightRegular, CheckmarkRegular, PresenterRegular } from '@fluentui/react-icons';
import type { Wording } from '../../domain/conventions';
import type { AgendaItem, Committee, FollowUp, ItemOutcome, Meeting } from '../../domain/model';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { itemHeading } from './AgendaList';
import { DisqualificationNotice } from './DisqualificationNotice';
import { ItemDetails } from './ItemDetails';
import { RecordingFields } from './RecordingFields';
import { MinutesFrozenBar, RestrictedItemBar } from '../shared/MinutesFrozenBar';
import { ItemHistory } from '../shared/history/ItemHistory';
import { FollowUpSection } from '../shared/followUp/FollowUpSection';
import { useSidePanelText } from './recorderText';
import { afterNextPaint, useReadyMark } from '../shared/readyMark';
import { wordingValues } from '../shared/wordingValues';
import { useFocusAfterRender } from '../shared/useFocusAfterRender';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    // Focused when the sak opens (tabIndex -1: reached by the script, never by Tab); drawn as Fluent draws a control's focus.
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: tokens.strokeWidthThick, borderRadius: tokens.borderRadiusMedium },
  },
  row: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  nav: { display: 'flex', justifyContent: 'space-between', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  // A line as Fluent's Divider draws one without text (an <hr> has its role, separator), without the Divider's hooks and
  // styles on the referent's start-up: 1.25 kB (h/cold52; screenshots in the three themes unchanged).
  rule: {
    margin: 0,
    borderTopWidth: tokens.strokeWidthThin,
    borderTopStyle: 'solid',
    borderTopColor: tokens.colorNeutralStroke2,
    borderRightStyle: 'none',
    borderBottomStyle: 'none',
    borderLeftStyle: 'none',
  },
});

export interface ItemRecorderProps {
  committee: Pick<Committee, 'id' | 'name' | 'followUpPlanId' | 'conventions' | 'languageForm'>;
  meeting: Meeting;
  item: AgendaItem;
  /** The committee's words ("Vedtak", "Innstilling") in the UI language. */
  words: Wording;
  /** The meeting is in progress (or held, for corrections): recording is possible. */
  canRecord: boolean;
  onEdit: (patch: ItemPatch) => void;
  onAsProposed: () => void;
  onNoted: () => void;
  /** One of the committee's outcome buttons (`conventions.outcomes`) pressed: its text the conclusion's first point. */
  onConclude: (outcome: string) => void;
  onOutcome: (outcome: ItemOutcome) => void;
  onSetCurrent: () => void;
  onOpen: (itemId: string | undefined) => void;
  /** A konklusjon point made an oppfølgingspunkt (its task already exists in Planner/To Do). */
  onAddFollowUp: (followUp: FollowUp) => void;
}

/** Whether a sak has been shown whole on this page: only the first waits a frame for its lower part. */
let restShown = false;

/** The id of a sak's heading in the recorder: it takes the focus when the sak is opened (`RecorderView`). */
export function itemHeadingId(itemId: string): string {
  return `heading-${itemId}`;
}

/** One item as the referent records it: proposal, proceedings, conclusion, outcome. */
export function ItemRecorder({
  committee,
  meeting,
  item,
  words,
  canRecord,
  onEdit,
  onAsProposed,
  onNoted,
  onConclude,
  onOutcome,
  onSetCurrent,
  onOpen,
  onAddFollowUp,
}: ItemRecorderProps) {
  const t = useSidePanelText();
  const styles = useStyles();
  const index = meeting.items.findIndex((i) => i.id === item.id);
  const previous = meeting.items[index - 1];
  const next = meeting.items[index + 1];
  const isCurrent = meeting.currentItemId === item.id;
  // A restricted sak is the public stub of a row this user may not read: nothing of it can be recorded.
  const restricted = item.restricted === true;
  const readOnly = !canRecord || restricted;
  // Ready to capture: the konklusjon of the sak being treated can be typed (docs/performance-history.md).
  useReadyMark(isCurrent && !readOnly);
  // On the panel's first sak, what follows the konklusjon (its buttons, «Oppfølging», «Marker som behandlet»,
  // «Historikk», «Neste sak») comes in the frame after the first: that frame is the sak down to the konklusjon she
  // writes, and nothing above it moves when the rest arrives (issue 14: cold load; docs/performance-history.md,
  // h/side58). Every sak opened after it shows whole at once.
  const [rest, setRest] = useState(restShown);
  useEffect(() => afterNextPaint(() => setRest((restShown = true))), []);
  // «Marker som behandlet» and «Utsett saken» give way to «Angre behandlet/utsatt», and back: the focus goes with them.
  const outcomeButton = useRef<HTMLButtonElement>(null);
  const focusAfter = useFocusAfterRender();
  const changeOutcome = (outcome: ItemOutcome) => {
    const pressed = outcomeButton.current;
    onOutcome(outcome);
    focusAfter(() => (outcomeButton.current === pressed ? null : outcomeButton.current));
  };

  return (
    <article className={styles.root} aria-labelledby={itemHeadingId(item.id)} data-testid="item-recorder">
      <div>
        <Button appearance="transparent" icon={<ArrowLeftRegular />} onClick={() => onOpen(undefined)}>
          {t('item.back', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}
        </Button>
      </div>
      <h2 id={itemHeadingId(item.id)} tabIndex={-1} className={styles.heading}>
        {itemHeading(item)}
      </h2>
      <div className={styles.row}>
        {isCurrent ? (
          <Badge appearance="filled" color="brand" icon={<PresenterRegular />}>
            {t('item.isCurrent')}
          </Badge>
        ) : (
          <Button appearance="primary" icon={<PresenterRegular />} onClick={onSetCurrent} disabled={meeting.status !== 'inProgress'} data-testid="set-current">
            {t('item.setCurrent')}
          </Button>
        )}
        {item.outcome !== 'pending' ? (
          <Badge appearance="tint" color={item.outcome === 'treated' ? 'success' : 'warning'}>
            {t(`outcome.${item.outcome}`)}
          </Badge>
        ) : null}
      </div>
      <DisqualificationNotice meeting={meeting} itemId={item.id} />
      <ItemDetails item={item} committee={committee} words={words} />
      <hr className={styles.rule} />
      {meeting.status === 'minutesApproved' ? <MinutesFrozenBar words={words} /> : null}
      {restricted ? <RestrictedItemBar /> : null}
      <RecordingFields
        committee={committee}
        item={item}
        words={words}
        readOnly={readOnly}
        onEdit={onEdit}
        attendance={meeting.attendance}
      />
      {rest ? (
        <>
          <div className={styles.row}>
            <Button onClick={onAsProposed} disabled={readOnly || item.proposedConclusion.length === 0} data-testid="as-proposed">
              {t('item.asProposed', wordingValues(words))}
            </Button>
            <Button onClick={onNoted} disabled={readOnly} data-testid="noted">
              {t('item.noted')}
            </Button>
            {committee.conventions?.outcomes?.map((outcome) => (
              <Button key={outcome} onClick={() => onConclude(outcome)} disabled={readOnly}>
                {outcome}
              </Button>
            ))}
          </div>
          {item.row !== 'heading' && !item.closing ? (
            <FollowUpSection
              committee={committee}
              meeting={meeting}
              item={item}
              itemName={itemHeading(item)}
              conclusionWord={words.conclusion.lower}
              canEdit={!readOnly}
              onAdd={onAddFollowUp}
            />
          ) : null}
          {!item.closing ? (
            <div className={styles.row}>
              {item.outcome === 'pending' ? (
                <>
                  <Button ref={outcomeButton} icon={<CheckmarkRegular />} onClick={() => changeOutcome('treated')} disabled={readOnly} data-testid="mark-treated">
                    {t('item.markTreated')}
                  </Button>
                  <Button onClick={() => changeOutcome('postponed')} disabled={readOnly} data-testid="mark-postponed">
                    {t('item.markPostponed')}
                  </Button>
                </>
              ) : (
                <Button ref={outcomeButton} onClick={() => changeOutcome('pending')} disabled={readOnly}>
                  {t('item.markPending')}
                </Button>
              )}
            </div>
          ) : null}
          {restricted ? null : <ItemHistory meeting={meeting} words={words} itemId={item.id} itemName={itemHeading(item)} />}
          <hr className={styles.rule} />
          <nav className={styles.nav} aria-label={t('agenda.label', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}>
            {previous ? (
              <Button appearance="subtle" icon={<ChevronLeftRegular />} onClick={() => onOpen(previous.id)}>
                {t('item.previous')}
              </Button>
            ) : (
              <span />
            )}
            {next ? (
              <Button appearance="subtle" icon={<ChevronRightRegular />} iconPosition="after" onClick={() => onOpen(next.id)} data-testid="next-item">
                {t('item.next')}
              </Button>
            ) : null}
          </nav>
        </>
      ) : null}
    </article>
  );
}
