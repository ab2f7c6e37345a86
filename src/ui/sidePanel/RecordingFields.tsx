import { makeStyles, tokens } from '@fluentui/react-components';
import type { Wording } from '../../domain/conventions';
import type { AgendaItem, Committee, Meeting } from '../../domain/model';
import { NumberedPointsEditor } from '../shared/NumberedPointsEditor';
import { RichTextEditor } from '../shared/LazyRichTextEditor';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { useSidePanelText } from './sidePanelText';
import { useConclusionNoun } from '../shared/useConclusionNoun';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

/**
 * What the referent writes for an item: møtebehandling (rich text) and konklusjon (numbered points), the latter
 * headed as the protokoll heads it («Vedtak», or «Innstilling til Kommunestyret» for a sak that goes on).
 */
export function RecordingFields({ committee, item, words, readOnly, onEdit }: {
  committee: Pick<Committee, 'name'>;
  item: AgendaItem;
  words: Wording;
  readOnly: boolean;
  onEdit: (patch: ItemPatch) => void;
}) {
  const t = useSidePanelText();
  const styles = useStyles();
  const conclusion = useConclusionNoun(item, committee, words);
  return (
    <div className={styles.root}>
      <div data-testid="proceedings">
        <RichTextEditor label={t('item.proceedings')} value={item.proceedings} readOnly={readOnly} onChange={(proceedings) => onEdit({ proceedings })} />
      </div>
      <div data-testid="conclusion">
        <NumberedPointsEditor
          label={conclusion.word}
          points={item.conclusion}
          readOnly={readOnly}
          onChange={(conclusion) => onEdit({ conclusion })}
        />
      </div>
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
