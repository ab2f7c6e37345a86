import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { UnreadableRow } from '../../domain/ports';
import type { DraftNotice } from './autosave/meetingAutosave';
import { safeLinkUrl } from '../../domain/safeUrl';
import { useUnreadableText } from './unreadableMessages';
import { draftNoticeText, unreadableRowText } from './unreadableText';

/**
 * Names the stored rows that could not be read (the rest of the committee or meeting works), each
 * with a way to open it for repair: its SharePoint address when the row has one, else its id. And
 * the drafts on this machine that could not be read (`drafts`), which are kept as they are until
 * the user discards them (`onDiscardDraft`).
 */
export function UnreadableRowsBar({
  rows,
  drafts = [],
  onDiscardDraft,
}: {
  rows: readonly UnreadableRow[];
  drafts?: readonly DraftNotice[] | undefined;
  /** Discards a draft that could not be read (kept until the user does). */
  onDiscardDraft?: ((key: string) => void) | undefined;
}) {
  const t = useUnreadableText();
  if (rows.length === 0 && drafts.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="unreadable-rows">
      <MessageBarBody>
        <MessageBarTitle>{t('title')}</MessageBarTitle>
        {rows.length > 0 ? (
          <>
            {t('body')}
            <ul>
              {rows.map((row) => {
                const href = safeLinkUrl(row.webUrl);
                return (
                  <li key={`${row.label.kind}:${row.rowId}`}>
                    {unreadableRowText(row, t)}{' '}
                    {href ? (
                      <Link href={href} target="_blank" rel="noopener noreferrer">
                        {t('open')}
                      </Link>
                    ) : (
                      `(${t('rowId', { id: row.rowId })})`
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        ) : null}
        {drafts.length > 0 ? (
          // Each says itself that it is a draft on this machine, kept as it is.
          <ul>
            {drafts.map((draft) => (
              <li key={`draft:${draft.key}`}>
                {draftNoticeText(draft, t)}
                {onDiscardDraft ? (
                  <>
                    {' '}
                    <Link as="button" onClick={() => onDiscardDraft(draft.key)}>
                      {t('discardDraft')}
                    </Link>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
      </MessageBarBody>
    </MessageBar>
  );
}
