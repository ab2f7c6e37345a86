import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { carriedExemptFiles } from '../../domain/carriedExemptFiles';
import type { Committee, Meeting } from '../../domain/model';
import { useWorkspaceText } from './panelText';

/** What the bar says, given the saker, the files and the bodies; `named`: whether the files could be named. */
export interface CarriedReadWords {
  title: string;
  text: (values: { saker: string; files: string; bodies: string }, named: boolean) => string;
}

/**
 * After a send that granted the built-in Read on a carried sak's exempt files (the committee's own level lacking:
 * graph/carriedExemptGrants.ts), what that means and what to do, naming the saker, the files and the body they lie with:
 * the earlier body's next send takes the access away. The innkalling's (`SentNotice.carriedBuiltInRead`, the default):
 * until the site owner's «Rett tilgangene» has made the level and an update of the innkalling has granted through it,
 * shown under «Innkallingen er sendt» until a send no longer needs to say it. A written treatment's send records the same
 * (`written.carriedBuiltInRead`) and shows this bar with its own words (`ids`, `words`: WrittenSendAction.tsx), since it is
 * sent once and has no update. The files are named from the meeting as the secretary reads it (the record keeps the saker's
 * ids only: the meeting's row holds no exempt file names).
 */
export function CarriedReadAfterSend({ committee, meeting, ids = meeting.notice?.carriedBuiltInRead, words }: {
  committee: Committee;
  meeting: Meeting;
  ids?: readonly string[] | undefined;
  words?: CarriedReadWords;
}) {
  const t = useWorkspaceText();
  const chosen = new Set(ids ?? []);
  if (chosen.size === 0) return null;
  const files = carriedExemptFiles({ committee, meeting }).filter((file) => chosen.has(file.item.id));
  const saker = [...new Set(meeting.items.filter((item) => chosen.has(item.id)).map((item) => (item.caseNumber ? t('notice.carriedSak', { number: item.caseNumber }) : `«${item.title}»`)))];
  if (saker.length === 0) return null;
  const names = [...new Set(files.map((file) => `«${file.ref.fileName}»`))];
  const values = { saker: joinList(saker, t('reach.and')), files: joinList(names, t('reach.and')), bodies: joinList([...new Set(files.map((file) => file.body))], t('reach.and')) };
  const named = names.length > 0;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="notice-carried-read">
      <MessageBarBody>
        <MessageBarTitle>{words?.title ?? t('notice.carriedReadTitle')}</MessageBarTitle>
        {words ? words.text(values, named) : t(named ? 'notice.carriedRead' : 'notice.carriedReadNoFiles', values)}
      </MessageBarBody>
    </MessageBar>
  );
}

/** "a", "a og b", "a, b og c". */
export function joinList(parts: readonly string[], and: string): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')}${and}${parts[parts.length - 1] ?? ''}`;
}
