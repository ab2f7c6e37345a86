import { makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { whenIdle } from '../../hosts/whenIdle';
import type { Wording } from '../../domain/conventions';
import type { AgendaItem, Attendance, Committee, Meeting } from '../../domain/model';
import { NumberedPointsEditor } from '../shared/NumberedPointsEditor';
import { RichTextEditor } from '../shared/LazyRichTextEditor';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { useSidePanelText } from './recorderText';
import { useConclusionNoun } from '../shared/useConclusionNoun';
import { loadableView, useLoadedView } from '../shared/loadableView';
import type { VotingFieldsProps } from './VotingFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * The proposals, votes and protokolltilførsler (`VotingFields`, with the Fluent fields only it uses): a chunk of its own,
 * fetched when a sak opens (for a committee that records none, its one choice «Vedtaket var enstemmig»), so the referent's start-up does not carry it
 * (issue 14). Until it is here the rest of the sak is there to type in; the fields show when it arrives.
 */
const votingChunk = loadableView<VotingFieldsProps>(() => import(/* webpackChunkName: "voting-fields" */ './VotingFields').then((module) => module.VotingFields));

/**
 * What the referent writes for an item: møtebehandling (rich text) and konklusjon (numbered points), the latter
 * headed as the protokoll heads it («Vedtak», or «Innstilling til Kommunestyret» for a sak that goes on). For a committee
 * that records votes (`conventions.voting`), or a sak that has some, in the protokoll's order: the proposals made in the
 * meeting and the votes between the two, the protokolltilførsler after the konklusjon (`VotingFields`); for one that records
 * none, «Vedtaket var enstemmig» after the konklusjon.
 */
export function RecordingFields({ committee, item, words, readOnly, onEdit, attendance }: {
  committee: Pick<Committee, 'name' | 'conventions' | 'languageForm'>;
  item: AgendaItem;
  words: Wording;
  readOnly: boolean;
  onEdit: (patch: ItemPatch) => void;
  /** The meeting's attendance: the shares represented, for a committee counting in shares (`VotingFields`). */
  attendance?: readonly Attendance[];
}) {
  const t = useSidePanelText();
  const styles = useStyles();
  const conclusion = useConclusionNoun(item, committee, words);
  // Asked for once the panel is idle, unless here already: asked for in the commit's effects, its files' script
  // elements took 21 ms of the task before her first frame's ready mark (h/side55's profile). Her konklusjon
  // does not wait for them; the fields show when they are here, as they did while the chunk was on its way.
  const [idle, setIdle] = useState(votingChunk.loaded);
  useEffect(() => {
    // Not after she has left the sak: a state set on an unmounted view is React's warning, and after a test's
    // page is torn down it was an unhandled error (a CI run of 0d243913).
    let mounted = true;
    void whenIdle().then(() => mounted && setIdle(true));
    return () => {
      mounted = false;
    };
  }, []);
  // Every sak but a heading: a committee that records no votes gets the one choice «Vedtaket var enstemmig» there.
  const VotingFields = useLoadedView(votingChunk, idle && item.row !== 'heading');
  return (
    <div className={styles.root}>
      <div data-testid="proceedings">
        <RichTextEditor label={t('item.proceedings')} value={item.proceedings} readOnly={readOnly} onChange={(proceedings) => onEdit({ proceedings })} />
      </div>
      {VotingFields ? <VotingFields part="motions" committee={committee} voting={item.voting} readOnly={readOnly} onEdit={onEdit} attendance={attendance} sak={item} /> : null}
      <div data-testid="conclusion">
        <NumberedPointsEditor
          label={conclusion.word}
          points={item.conclusion}
          readOnly={readOnly}
          onChange={(conclusion) => onEdit({ conclusion })}
        />
      </div>
      {VotingFields ? <VotingFields part="statements" committee={committee} voting={item.voting} readOnly={readOnly} onEdit={onEdit} /> : null}
    </div>
  );
}

/** The points editor keeps a just-added empty point while the referent types; documents and the stage do not. */
export function withoutEmptyPoints(meeting: Meeting): Meeting {
  return { ...meeting, items: meeting.items.map((item) => ({ ...item, conclusion: nonEmpty(item.conclusion) })) };
}

export function nonEmpty(points: readonly string[]): string[] {
  return points.filter((point) => point.trim() !== '');
}
