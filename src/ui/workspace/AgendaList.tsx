import { Suspense, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import type { Announcements } from '@dnd-kit/core';
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import { LoadingSpinner } from '../shared/LoadingSpinner';
import { AddRegular, ArrowDownloadRegular, ArrowDownRegular, ArrowUpRegular, DeleteRegular, EditRegular, ReOrderDotsVerticalRegular, ChevronUpRegular } from '@fluentui/react-icons';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { wasSentWithNotice } from '../../domain/agendaEditing';
import { isMeetingLocked } from '../../domain/meetingStatus';
import type { AgendaEditor } from './agendaEditor';
import { useWorkspaceText } from './text';
import { useReadyMark } from '../shared/readyMark';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { loadableView } from '../shared/loadableView';
import { whenIdle } from '../../hosts/whenIdle';
import type { RowDrag, SortableAgendaProps } from './SortableAgenda';

/*
 * A sak's editor (rich text, people picker, vedlegg, saksframlegg, history, oppfølging) is not needed
 * to show the saksliste: it is a chunk of its own, fetched once the saksliste is on the screen, so
 * "Rediger" rarely waits for it (issue 14: cold load). A failed fetch is made again when a sak is opened (`loadableView`).
 */
const { View: ItemEditor, preload: preloadItemEditor } = loadableView(() => import(/* webpackChunkName: "item-editor" */ './ItemEditor').then((module) => module.ItemEditor));
// «Hent sak fra et annet utvalg» is opened now and then: its dialog and its reads load when the button is pressed.
const { View: CarryCaseDialog } = loadableView(() => import(/* webpackChunkName: "carry-case" */ './CarryCaseDialog').then((module) => module.CarryCaseDialog));

/*
 * Drag to reorder (dnd-kit, pointer and keyboard) is not needed to show the saksliste either: a chunk
 * of its own, fetched with the editor's once the saksliste is on the screen. Until it is here the rows
 * are the same without their drag handles, and «Flytt opp/ned» reorder them (issue 14: start-up JavaScript).
 */
const sortableAgenda = loadableView<SortableAgendaProps>(() => import(/* webpackChunkName: "agenda-dnd" */ './SortableAgenda').then((module) => module.SortableAgenda));

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: '8px 0', padding: 0, display: 'flex', flexDirection: 'column', gap: '8px' },
  item: {
    backgroundColor: tokens.colorNeutralBackground1,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: 'flex', alignItems: 'center', gap: '8px', padding: '8px', flexWrap: 'wrap' },
  number: { minWidth: '5.5em', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  // A row without a handle (the closing row, every row until drag is here) keeps its number in line with the
  // others': the handle's 32 px and the row's gap, as a margin rather than an empty element in each row.
  numberWithoutHandle: { minWidth: '5.5em', fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold, marginInlineStart: '40px' },
  title: { flex: '1 1 240px', display: 'flex', flexDirection: 'column', gap: '2px', minWidth: 0 },
  kinds: { display: 'flex', gap: '4px', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: '2px', flexWrap: 'wrap' },
  handle: { cursor: 'grab', touchAction: 'none' },
  editor: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, padding: '12px 16px' },
  postponed: { textDecorationLine: 'line-through' },
  addActions: { display: 'flex', gap: '8px', flexWrap: 'wrap' },
});

export interface AgendaListProps {
  committee: Committee;
  meeting: Meeting;
  editor: AgendaEditor;
  /** Every committee the user can read: «Hent sak fra et annet utvalg» looks in the others' held meetings. */
  committees?: readonly Committee[];
}

function itemName(item: AgendaItem): string {
  return item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title;
}

/**
 * The saksliste: drag (pointer or keyboard via dnd-kit, `SortableAgenda.tsx`, once its chunk is here)
 * or "Flytt opp/ned" to reorder — numbers follow at once while the meeting is a draft — and "Rediger"
 * opens the item's editor in place.
 */
export function AgendaList({ committee, meeting, editor, committees = [] }: AgendaListProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  // The badges name each kind in the user's language («Avgjerd» in nynorsk), not by its stored id («Beslutning»).
  const { kindLabel } = useCommitteeWording(committee);
  const [expanded, setExpanded] = useState<string | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [carrying, setCarrying] = useState(false);
  const carryButton = useRef<HTMLButtonElement>(null);
  const mayCarry = !isMeetingLocked(meeting) && committees.some((other) => other.id !== committee.id);
  // Ready: the open meeting's saksliste is shown (docs/performance-history.md).
  useReadyMark(true);
  const [dragArrived, setDragArrived] = useState(sortableAgenda.loaded);
  useEffect(() => {
    let mounted = true;
    void whenIdle().then(() => {
      void preloadItemEditor();
      void sortableAgenda.preload().then(() => mounted && setDragArrived(sortableAgenda.loaded()));
    });
    return () => {
      mounted = false;
    };
  }, []);
  // The rows become draggable once dnd-kit is here (`dragArrived`: its chunk stays once loaded, so the
  // view then renders without suspending) and no sak is open for editing: the switch mounts
  // the rows anew, which would drop an open editor's state. Focus on a row's button is kept.
  const [draggable, setDraggable] = useState(dragArrived);
  const list = useRef<HTMLOListElement>(null);
  const focused = useRef<string | undefined>(undefined);
  // A press on a row holds the switch until its click has landed: switched between the press and the
  // release, the press is on the old row and the release on the new one, a click on neither.
  const pressing = useRef(false);
  const [released, setReleased] = useState(0);
  const holdWhilePressed = () => {
    if (draggable || pressing.current) return;
    pressing.current = true;
    const release = () => {
      window.removeEventListener('pointerup', release, true);
      window.removeEventListener('pointercancel', release, true);
      // After the click, which the browser sends in the same task as the release.
      setTimeout(() => {
        pressing.current = false;
        setReleased((count) => count + 1);
      }, 0);
    };
    window.addEventListener('pointerup', release, true);
    window.addEventListener('pointercancel', release, true);
  };
  // A layout effect: the switch commits in the same task as this check, so no press comes between.
  useLayoutEffect(() => {
    if (draggable || !dragArrived || expanded !== undefined || pressing.current) return;
    const active = document.activeElement;
    focused.current = active instanceof HTMLElement && list.current?.contains(active) ? active.dataset.agendaControl : undefined;
    setDraggable(true);
  }, [draggable, dragArrived, expanded, released]);
  useLayoutEffect(() => {
    if (!draggable || focused.current === undefined) return;
    const key = focused.current;
    [...(list.current?.querySelectorAll<HTMLElement>('[data-agenda-control]') ?? [])].find((element) => element.dataset.agendaControl === key)?.focus();
    focused.current = undefined;
  }, [draggable]);

  const open = meeting.items.filter((item) => !item.closing && !item.numberedClosing);
  const titleOf = (id: string | number) => {
    const item = meeting.items.find((candidate) => candidate.id === id);
    return item ? itemName(item) : '';
  };
  const positionOf = (id: string | number | undefined) => (id === undefined ? 0 : open.findIndex((item) => item.id === id) + 1);
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('dnd.pickedUp', { item: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('dnd.over', { item: titleOf(active.id), position: positionOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('dnd.dropped', { item: titleOf(active.id), position: positionOf(over.id) }) : t('dnd.cancelled')),
    onDragCancel: () => t('dnd.cancelled'),
  };

  const moveOver = (id: string, overId: string) => {
    const target = open.findIndex((item) => item.id === overId);
    if (target >= 0) editor.moveItem(id, target);
  };

  const moveBy = (item: AgendaItem, delta: -1 | 1) => {
    if (editor.moveBy(item.id, delta)) {
      const position = positionOf(item.id) + delta;
      setAnnouncement(t('agenda.moved', { item: item.title, position }));
    }
  };

  const add = () => {
    const id = editor.addItem(t('agenda.newItemTitle'));
    if (id) setExpanded(id);
  };

  const row = (item: AgendaItem, drag: RowDrag | undefined) => (
    <AgendaRow
      key={item.id}
      t={t}
      styles={styles}
      item={item}
      kindLabel={kindLabel}
      drag={drag}
      index={open.indexOf(item)}
      count={open.length}
      expanded={expanded === item.id}
      // A restricted sak (only its public stub could be read) is not this user's to remove: the save would skip it anyway.
      // An unnumbered closing row («Oppsummering og avslutning») may go also after sending, until the meeting is held, as removeItem allows: it has no number to keep.
      removable={item.restricted !== true && (item.closing ? meeting.status !== 'held' && meeting.status !== 'minutesApproved' : !(meeting.status !== 'draft' && wasSentWithNotice(meeting, item.id)))}
      onToggle={() => setExpanded(expanded === item.id ? undefined : item.id)}
      onMove={(delta) => moveBy(item, delta)}
      onRemove={() => editor.removeItem(item.id)}
    >
      {expanded === item.id ? (
        <Suspense fallback={<LoadingSpinner size="small" label={t('agenda.itemLoading')} />}>
          <ItemEditor committee={committee} committees={committees} meeting={meeting} item={item} editor={editor} />
        </Suspense>
      ) : null}
    </AgendaRow>
  );
  const listOf = (rows: ReactNode) => (
    <ol ref={list} className={styles.list} aria-label={t('agenda.heading', { agendaHeading: committee.conventions?.agendaHeading ?? '' })} onPointerDownCapture={holdWhilePressed}>
      {rows}
    </ol>
  );

  return (
    <>
      {meeting.items.length === 0 ? <Text>{t('agenda.empty', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}</Text> : null}
      {draggable ? (
        <sortableAgenda.View
          rows={meeting.items.map((item) => ({ id: item.id, fixed: isFixedRow(item) }))}
          sortable={open.filter((item) => !isFixedRow(item)).map((item) => item.id)}
          announcements={announcements}
          instructions={t('dnd.instructions')}
          onMove={moveOver}
          list={listOf}
          row={(id, drag) => {
            const item = meeting.items.find((candidate) => candidate.id === id);
            return item ? row(item, drag) : null;
          }}
        />
      ) : (
        listOf(meeting.items.map((item) => row(item, undefined)))
      )}
      <div aria-live="polite" className="visually-hidden" style={VISUALLY_HIDDEN}>
        {announcement}
      </div>
      <div className={styles.addActions}>
        <Button icon={<AddRegular />} onClick={add}>
          {t('agenda.add')}
        </Button>
        {mayCarry ? (
          <Button ref={carryButton} icon={<ArrowDownloadRegular />} onClick={() => setCarrying(true)}>
            {t('agenda.carry')}
          </Button>
        ) : null}
      </div>
      {carrying ? (
        <Suspense fallback={<LoadingSpinner size="small" label={t('agenda.carryLoading')} />}>
          <CarryCaseDialog
            committees={committees}
            committee={committee}
            meeting={meeting}
            editor={editor}
            onClose={() => {
              setCarrying(false);
              carryButton.current?.focus();
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}

const VISUALLY_HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

interface AgendaRowProps {
  /** The list's texts and styles, handed down: one hook call for the list, not one per row (issue 14: the first render). */
  t: ReturnType<typeof useWorkspaceText>;
  styles: ReturnType<typeof useStyles>;
  item: AgendaItem;
  /** A kind's label in the user's language. */
  kindLabel: (kind: string) => string;
  /** How the row is dragged; none until dnd-kit is here (or for good if its chunk could not be fetched). */
  drag: RowDrag | undefined;
  index: number;
  count: number;
  expanded: boolean;
  removable: boolean;
  onToggle: () => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  children: React.ReactNode;
}

/** The opening and closing rows (a numbered «Eventuelt» too) stay where they are (domain/agendaEditing.ts): no handle, no «Flytt opp/ned». */
function isFixedRow(item: AgendaItem): boolean {
  return item.closing || item.opening === true || item.numberedClosing === true;
}

function AgendaRow({ t, styles, item, kindLabel, drag, index, count, expanded, removable, onToggle, onMove, onRemove, children }: AgendaRowProps) {
  const name = itemName(item);
  const editorId = `item-editor-${item.id}`;
  // Which of the row's buttons had focus, so it keeps it when the rows become draggable.
  const control = (which: string) => ({ 'data-agenda-control': `${item.id}:${which}` });
  const handled = drag !== undefined && !isFixedRow(item);
  return (
    <li ref={drag?.setNodeRef} style={drag?.style} className={styles.item} data-item-id={item.id}>
      <div className={styles.row}>
        {handled ? (
          <Button appearance="subtle" className={styles.handle} icon={<ReOrderDotsVerticalRegular />} aria-label={t('agenda.dragHandle', { item: name })} {...control('drag')} {...drag.handle} />
        ) : null}
        <span className={handled ? styles.number : styles.numberWithoutHandle}>{item.caseNumber ?? (item.closing ? t('agenda.closingRow') : item.row === 'heading' ? t('agenda.headingRow') : t('agenda.unnumberedRow'))}</span>
        <span className={styles.title}>
          <Text weight="semibold" className={item.outcome === 'postponed' ? styles.postponed : undefined}>
            {item.title}
          </Text>
          <span className={styles.kinds}>
            {item.kinds.map((kind) => (
              <Badge key={kind} appearance="outline" size="small">
                {kindLabel(kind)}
              </Badge>
            ))}
            {item.outcome === 'postponed' ? (
              <Badge appearance="tint" color="warning" size="small">
                {t('agenda.postponed')}
              </Badge>
            ) : null}
          </span>
          {item.presenters.length > 0 ? <Text size={200}>{item.presenters.map((person) => person.name).join(', ')}</Text> : null}
        </span>
        <span className={styles.actions}>
          <Button
            appearance={expanded ? 'primary' : 'secondary'}
            icon={expanded ? <ChevronUpRegular /> : <EditRegular />}
            aria-expanded={expanded}
            aria-controls={editorId}
            aria-label={expanded ? t('agenda.close') : t('agenda.editItem', { item: name })}
            onClick={onToggle}
            {...control('edit')}
          >
            {expanded ? t('agenda.close') : t('agenda.edit')}
          </Button>
          {isFixedRow(item) ? null : (
            <>
              <Button appearance="subtle" icon={<ArrowUpRegular />} aria-label={t('agenda.moveUpItem', { item: name })} disabled={index <= 0} onClick={() => onMove(-1)} {...control('up')} />
              <Button
                appearance="subtle"
                icon={<ArrowDownRegular />}
                aria-label={t('agenda.moveDownItem', { item: name })}
                disabled={index < 0 || index >= count - 1}
                onClick={() => onMove(1)}
                {...control('down')}
              />
            </>
          )}
          {removable ? <Button appearance="subtle" icon={<DeleteRegular />} aria-label={t('agenda.removeItem', { item: name })} onClick={onRemove} {...control('remove')} /> : null}
        </span>
      </div>
      {expanded ? (
        <div id={editorId} className={styles.editor}>
          {children}
        </div>
      ) : null}
    </li>
  );
}
