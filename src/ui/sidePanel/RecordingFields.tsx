import { makeStyles, tokens } from '@fluentui/react-components';
import type { AgendaItem, Meeting } from '../../domain/model';
import { NumberedPointsEditor } from '../shared/NumberedPointsEditor';
import { RichTextEditor } from '../shared/LazyRichTextEditor';
import type { ItemPatch } from '../shared/autosave/meetingDrafts';
import { useSidePanelText } from './sidePanelText';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // The points editor lays out each point as a grid row; a textarea's intrinsic width (20 columns)
  // would push the row past the 320 px side panel. Let the text column shrink instead.
  points: { '& .fui-Textarea': { minWidth: 0, width: '100%' }, '& textarea': { minWidth: 0 } },
});

/** What the referent writes for an item: møtebehandling (rich text) and konklusjon (numbered points). */
export function RecordingFields({ item, readOnly, onEdit }: { item: AgendaItem; readOnly: boolean; onEdit: (patch: ItemPatch) => void }) {
  const t = useSidePanelText();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div data-testid="proceedings">
        <RichTextEditor label={t('item.proceedings')} value={item.proceedings} readOnly={readOnly} onChange={(proceedings) => onEdit({ proceedings })} />
      </div>
      <div data-testid="conclusion" className={styles.points}>
        <NumberedPointsEditor label={t('item.conclusion')} points={item.conclusion} readOnly={readOnly} onChange={(conclusion) => onEdit({ conclusion })} />
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
