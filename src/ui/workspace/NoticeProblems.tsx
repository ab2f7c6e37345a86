import { useEffect, useMemo, useState } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { Committee, Meeting } from '../../domain/model';
import { osloToday } from '../../domain/dates';
import { canSendNotice, checkReadyForNotice, type NoticeProblem } from '../../domain/noticeChecks';
import type { Wording } from '../../domain/conventions';
import { describeReason, loadMeetingFileWording } from '../shared/describeError';
import { useCommonText } from '../shared/commonText';
import { useCommitteeWording } from '../shared/useCommitteeWording';
import { useWorkspaceText } from './panelText';

const useStyles = makeStyles({
  list: { margin: '4px 0 0 0', paddingLeft: '20px' },
});

export interface NoticeProblems {
  errors: NoticeProblem[];
  warnings: NoticeProblem[];
  /** False while an error blocks sending (warnings may be accepted in the dialog). */
  sendable: boolean;
  words: Wording;
}

/**
 * The checks before «Send innkalling» and before an update (`domain/noticeChecks.ts`), with today's
 * date in Oslo: the same for both, so an update cannot carry a duplicate case number or a missing
 * place either. The reasons' wording is a chunk of its own (`meeting-file-text`): fetched when there
 * is something to say, and the lists rendered again once it is here.
 */
export function useNoticeProblems(committee: Committee, meeting: Meeting): NoticeProblems {
  const words = useCommitteeWording(committee);
  const problems = useMemo(() => checkReadyForNotice(meeting, committee, { today: osloToday() }), [meeting, committee]);
  const [, setWorded] = useState(false);
  const any = problems.length > 0;
  useEffect(() => {
    if (!any) return;
    let live = true;
    void loadMeetingFileWording().then(
      () => live && setWorded(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [any]);
  return {
    errors: problems.filter((problem) => problem.severity === 'error'),
    warnings: problems.filter((problem) => problem.severity === 'warning'),
    sendable: canSendNotice(problems),
    words,
  };
}

/** What blocks sending, above the send button; `id` is what the button's `aria-describedby` names. */
export function NoticeErrors({ id, problems }: { id: string; problems: NoticeProblems }) {
  const t = useWorkspaceText();
  if (problems.errors.length === 0) return null;
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody id={id}>
        <MessageBarTitle>{t('notice.blocked')}</MessageBarTitle>
        <ProblemList problems={problems.errors} words={problems.words} />
      </MessageBarBody>
    </MessageBar>
  );
}

/** What the sender may accept, in the send dialog. */
export function NoticeWarnings({ problems }: { problems: NoticeProblems }) {
  const t = useWorkspaceText();
  if (problems.warnings.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t('notice.warnings')}</MessageBarTitle>
        <ProblemList problems={problems.warnings} words={problems.words} />
      </MessageBarBody>
    </MessageBar>
  );
}

function ProblemList({ problems, words }: { problems: NoticeProblem[]; words: Wording }) {
  const common = useCommonText();
  const styles = useStyles();
  return (
    <ul className={styles.list}>
      {problems.map((problem, index) => (
        <li key={`${problem.code}-${problem.itemId ?? ''}-${index}`}>{describeReason(problem.reason, common, words)}</li>
      ))}
    </ul>
  );
}
