import { useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text, Textarea } from '@fluentui/react-components';
import type { Committee, Meeting } from '../../domain/model';
import { afterSakWord } from '../../domain/sakWord';
import type { RemovedText } from '../shared/autosave/meetingAutosave';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useRemovedTextText } from './removedTextText';

/**
 * Someone else's save took out what he had saved in a sak (`RemovedText`, the rule in `removedWords.ts`): a calm
 * notice, not an error — who changed it (SharePoint's `lastModifiedBy` of the row, as the ConflictBar names them;
 * «Noen andre» when the read did not say), which sak and field in the committee's words, and his text in full in a
 * read-only field (selectable, so it can always be copied by hand), with «Kopier teksten» and «Lukk meldingen». The
 * live region that says it is RecorderView's, there before the notice is. A chunk of its own, `removed-text`,
 * fetched when the first such notice is there.
 */
export function RemovedTextBar({ committee, meeting, told, onDismiss }: {
  committee: Committee;
  meeting: Meeting;
  told: readonly RemovedText[];
  onDismiss: (notice: RemovedText) => void;
}) {
  return (
    <>
      {told.map((notice) => (
        <RemovedTextNotice key={`${notice.key}/${notice.field}`} committee={committee} meeting={meeting} notice={notice} onDismiss={() => onDismiss(notice)} />
      ))}
    </>
  );
}

function RemovedTextNotice({ committee, meeting, notice, onDismiss }: { committee: Committee; meeting: Meeting; notice: RemovedText; onDismiss: () => void }) {
  const t = useRemovedTextText();
  const words = useCommitteeWording(committee);
  const field = useRef<HTMLTextAreaElement>(null);
  const [copy, setCopy] = useState<'copied' | 'failed' | undefined>(undefined);
  const item = meeting.items.find((candidate) => candidate.id === notice.key);
  const text = notice.removed.join('\n');
  const copyText = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopy('copied');
    } catch {
      // Teams' frame may refuse the clipboard: the text is selected where it stands, for Ctrl+C.
      field.current?.focus();
      field.current?.select();
      setCopy('failed');
    }
  };
  return (
    <MessageBar intent="info" layout="multiline" data-testid="removed-text">
      <MessageBarBody>
        <MessageBarTitle>
          {t('removedText.title', {
            name: notice.by ?? t('removedText.someone'),
            field: notice.field === 'conclusion' ? words.conclusion.definite : t('removedText.proceedings'),
            item: afterSakWord(item?.caseNumber ?? item?.title ?? ''),
          })}
        </MessageBarTitle>
        <Text block>{t('removedText.body')}</Text>
        <Field label={t('removedText.yours')}>
          <Textarea ref={field} readOnly value={text} resize="vertical" rows={Math.min(6, notice.removed.length + Math.ceil(text.length / 60))} />
        </Field>
        {copy ? <Text block>{t(copy === 'copied' ? 'removedText.copied' : 'removedText.copyFailed')}</Text> : null}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={() => void copyText()}>{t('removedText.copy')}</Button>
        <Button onClick={onDismiss}>{t('removedText.dismiss')}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}
