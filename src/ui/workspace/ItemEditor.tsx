import * as v from 'valibot';
import { Suspense, useEffect, useRef, useState } from 'react';
import { Checkbox, Field, Input, Radio, RadioGroup, makeStyles } from '@fluentui/react-components';
import { RowKindSchema } from '../../domain/model';
import { seriesChoice } from '../../domain/seriesChoice';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useProposalNoun } from '../shared/useConclusionNoun';
import { RichTextEditor } from '../shared/LazyRichTextEditor';
import { NumberedPointsEditor } from '../shared/NumberedPointsEditor';
import { PeoplePicker } from '../shared/PeoplePicker';
import type { AgendaEditor } from './agendaEditor';
import { useWorkspaceText } from './panelText';
import { CaseMemoPanel } from './CaseMemoPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { isMeetingLocked } from '../../domain/meetingStatus';
import { MinutesFrozenBar, RestrictedItemBar } from '../shared/MinutesFrozenBar';
import { MAX_TITLE_LENGTH } from '../../domain/limits';
import { useLengthCountdown } from '../shared/LengthCountdown';
import { ItemHistory } from '../shared/history/ItemHistory';
import { FollowUpSection } from '../shared/followUp/FollowUpSection';
import { withFollowUp } from '../../domain/followUp';
import { loadableView } from '../shared/loadableView';

// Unntatt offentlighet is marked now and then: its panel, rules and texts load when a sak is opened.
// Bundled orienteringer are rare too: their editor loads with the sak, not with the workspace.
const { View: SubItemsPanel } = loadableView(() => import(/* webpackChunkName: "sub-items" */ './SubItemsPanel').then((module) => module.SubItemsPanel));
// A saksgang is a municipal body's (formannskap → kommunestyre): its editor loads with the sak.
const { View: CaseRoutePanel } = loadableView(() => import(/* webpackChunkName: "case-route" */ './CaseRoutePanel').then((module) => module.CaseRoutePanel));
const { View: ConfidentialityPanel } = loadableView(() => import(/* webpackChunkName: "confidentiality" */ './ConfidentialityPanel').then((module) => module.ConfidentialityPanel));

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '16px' },
  // Disables every native control inside when the referat is approved; no frame of its own.
  fields: { display: 'flex', flexDirection: 'column', gap: '16px', border: 'none', margin: 0, padding: 0, minWidth: 0 },
  kinds: { display: 'flex', flexWrap: 'wrap', gap: '4px 12px' },
  row: { display: 'flex', flexWrap: 'wrap', gap: '16px' },
  grow: { flex: '1 1 320px' },
});

export interface ItemEditorProps {
  committee: Committee;
  meeting: Meeting;
  item: AgendaItem;
  editor: AgendaEditor;
  /** The committees the app knows: a saksgang typed by hand names a råd among them as one that gives uttalelser (CaseRoutePanel). */
  committees?: readonly Committee[];
}

/**
 * Everything about one sak. Text fields keep their own draft, so a value the rules refuse (an
 * empty title) stays on screen with a message instead of vanishing.
 */
export function ItemEditor({ committee, meeting, item, editor, committees = [] }: ItemEditorProps) {
  const t = useWorkspaceText();
  const styles = useStyles();
  // Approved referat: nothing in the meeting may change (the rules and the repository refuse it too).
  // A restricted sak (its row is closed to this user, only its public stub was read) is not theirs to change either.
  const restricted = item.restricted === true;
  const frozen = isMeetingLocked(meeting) || restricted;
  const latest = useRef(meeting);
  latest.current = meeting;
  const words = useCommitteeWording(committee);
  // A sak from another body in its saksgang: the field holds that body's innstilling, named as the innkalling heads it.
  const proposal = useProposalNoun(item, committee, words);
  // A sak of two kinds with series of their own is numbered in the first one's (`seriesChoice`): the secretariat is told.
  const choice = seriesChoice(item, committee);
  const seriesNote = choice && t('item.seriesChoice', { chosen: words.kindLabel(choice.chosen), passedOver: choice.passedOver.map(words.kindLabel).join(', ') });
  const kindIds = words.kinds.map((kind) => kind.id);
  const [title, setTitle] = useState(item.title);
  const [minutes, setMinutes] = useState(item.plannedMinutes === undefined ? '' : String(item.plannedMinutes));
  const titleRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // A new item opens with its title selected, ready to be typed over.
    if (item.title === t('agenda.newItemTitle')) titleRef.current?.select();
    // Only on opening.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const titleInvalid = title.trim() === '';
  const titleCountdown = useLengthCountdown(title.length, MAX_TITLE_LENGTH);
  const minutesInvalid = minutes.trim() !== '' && !/^\d{1,3}$/.test(minutes.trim());
  const kindsLabelId = `kinds-${item.id}`;

  return (
    <div className={styles.root}>
      {restricted ? <RestrictedItemBar /> : frozen ? <MinutesFrozenBar words={words} /> : null}
      <fieldset className={styles.fields} disabled={frozen}>
        <Field label={t('item.title')} required validationMessage={titleInvalid ? t('item.titleRequired') : undefined} hint={titleCountdown.hint}>
          <Input
            ref={titleRef}
            value={title}
            onChange={(_, data) => {
              setTitle(data.value);
              if (data.value.trim() !== '') editor.updateItem(item.id, { title: data.value });
            }}
          />
        </Field>
        {titleCountdown.live}
        {item.closing ? null : (
          <div className={styles.row}>
            <Field label={t('item.row', { agendaHeading: committee.conventions?.agendaHeading ?? '' })}>
              <RadioGroup
                layout="horizontal"
                value={item.row}
                onChange={(_, data) => {
                  const row = v.safeParse(RowKindSchema, data.value);
                  if (row.success) editor.updateItem(item.id, { row: row.output });
                }}
              >
                {RowKindSchema.options.map((row) => (
                  <Radio key={row} value={row} label={t(`item.row.${row}`)} />
                ))}
              </RadioGroup>
            </Field>
            {item.row === 'heading' ? null : (
              <Field label={t('item.archiveRef')} className={styles.grow}>
                <Input value={item.archiveRef ?? ''} onChange={(_, data) => editor.updateItem(item.id, { archiveRef: data.value.trim() === '' ? undefined : data.value })} />
              </Field>
            )}
          </div>
        )}
        {item.closing || item.row === 'heading' ? null : (
          <>
            <div role="group" aria-labelledby={kindsLabelId}>
              <span id={kindsLabelId}>
                <strong>{t('item.kinds')}</strong>
              </span>
              <div className={styles.kinds}>
                {words.kinds.map(({ id: kind, label }) => (
                  <Checkbox
                    key={kind}
                    label={label}
                    checked={item.kinds.includes(kind)}
                    onChange={(_, data) =>
                      editor.updateItem(item.id, {
                        // The committee's order; a kind no longer in its list stays on the item until unticked.
                        kinds:
                          data.checked === true
                            ? [...kindIds.filter((k) => k === kind || item.kinds.includes(k)), ...item.kinds.filter((k) => !kindIds.includes(k))]
                            : item.kinds.filter((k) => k !== kind),
                      })
                    }
                  />
                ))}
              </div>
              {seriesNote !== undefined ? <p role="note">{seriesNote}</p> : null}
            </div>
            <div className={styles.row}>
              <div className={styles.grow}>
                <PeoplePicker label={t('item.presenters')} value={item.presenters} onChange={(presenters) => editor.updateItem(item.id, { presenters })} />
              </div>
              <Field label={t('item.plannedMinutes')} validationMessage={minutesInvalid ? t('item.plannedMinutesInvalid') : undefined}>
                <Input
                  inputMode="numeric"
                  value={minutes}
                  onChange={(_, data) => {
                    setMinutes(data.value);
                    const trimmed = data.value.trim();
                    if (trimmed === '') editor.updateItem(item.id, { plannedMinutes: undefined });
                    else if (/^\d{1,3}$/.test(trimmed) && Number(trimmed) > 0) editor.updateItem(item.id, { plannedMinutes: Number(trimmed) });
                  }}
                />
              </Field>
            </div>
            <RichTextEditor label={t('item.summary')} value={item.summary} readOnly={frozen} onChange={(summary) => editor.updateItem(item.id, { summary })} />
            <NumberedPointsEditor
              label={proposal.word}
              readOnly={frozen}
              points={item.proposedConclusion}
              onChange={(proposedConclusion) => editor.updateItem(item.id, { proposedConclusion })}
            />
            {item.row === 'sak' || item.caseRoute !== undefined ? (
              <Suspense fallback={null}>
                <CaseRoutePanel committee={committee} committees={committees} item={item} editor={editor} />
              </Suspense>
            ) : null}
            {item.row === 'sak' || item.subItems.length > 0 ? (
              <Suspense fallback={null}>
                <SubItemsPanel committee={committee} item={item} editor={editor} />
              </Suspense>
            ) : null}
            <CaseMemoPanel committee={committee} meeting={meeting} item={item} editor={editor} />
            <AttachmentsPanel committee={committee} meeting={meeting} item={item} editor={editor} />
            <Suspense fallback={null}>
              <ConfidentialityPanel committee={committee} meeting={meeting} item={item} editor={editor} />
            </Suspense>
          </>
        )}
      </fieldset>
      {item.row !== 'heading' && !item.closing && meeting.status !== 'draft' ? (
        <FollowUpSection
          committee={committee}
          meeting={meeting}
          item={item}
          itemName={item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title}
          conclusionWord={words.conclusion.lower}
          canEdit={!frozen}
          onAdd={(followUp) => {
            // The task took a moment: add to the sak as it is now.
            const now = latest.current.items.find((i) => i.id === item.id) ?? item;
            editor.updateItem(item.id, { followUps: withFollowUp(now, followUp).followUps ?? [] });
          }}
        />
      ) : null}
      {restricted ? null : <ItemHistory meeting={meeting} words={words} itemId={item.id} itemName={item.caseNumber ? `${item.caseNumber} ${item.title}` : item.title} />}
    </div>
  );
}
