import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import type { Committee } from '../../domain/model';
import { plainTextOf } from '../../domain/richText';
import type { SaveConflict } from '../shared/autosave/meetingAutosave';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useSidePanelText } from './recorderText';

/**
 * Someone else saved the same part of a sak meanwhile: the referent's own text stays, and the bar
 * shows the stored version of the fields that clash (møtebehandling, konklusjon), so the choice
 * between them is not made blind. `item` names the sak (or the attendance); the title names who changed it
 * when the read said (`SaveConflict.by`).
 */
export function ConflictBar({ committee, conflict, item, onResolve }: {
  committee: Committee;
  conflict: SaveConflict;
  item: string;
  onResolve: (choice: 'mine' | 'theirs') => void;
}) {
  const t = useSidePanelText();
  const words = useCommitteeWording(committee);
  const theirs = conflict.theirs.items.find((candidate) => candidate.id === conflict.key);
  const shown = conflict.fields.some((field) => field === 'proceedings' || field === 'conclusion') ? conflict.fields : ['conclusion'];
  const parts = theirs
    ? [
        ...(shown.includes('proceedings') ? [{ label: t('item.proceedings'), text: plainTextOf(theirs.proceedings).trim() }] : []),
        ...(shown.includes('conclusion') ? [{ label: words.conclusion.word, text: theirs.conclusion.join(' / ').trim() }] : []),
      ]
    : [];
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="conflict">
      <MessageBarBody>
        {/* Named as SharePoint names who last changed that row; «Noen andre» when it did not say. */}
        <MessageBarTitle>{conflict.by ? t('conflict.titleBy', { name: conflict.by, item }) : t('conflict.title', { item })}</MessageBarTitle>
        {t('conflict.body')}
        {parts.map((part) => (
          <Text block key={part.label}>
            {t('conflict.theirs', { part: part.label, text: part.text === '' ? t('conflict.empty') : part.text })}
          </Text>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => onResolve('mine')}>{t('conflict.keepMine')}</Button>
        <Button onClick={() => onResolve('theirs')}>{t('conflict.takeTheirs')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
