import { useId } from 'react';
import { Input, Select, Text, Title2, makeStyles, tokens } from '@fluentui/react-components';
import type { Committee, Meeting } from '../../domain/model';
import { memberKey } from '../../domain/memberKey';
import { isMeetingLocked } from '../../domain/meetingStatus';
import { answerOf, withWrittenAnswer, writtenOutcome, writtenProvisional, writtenVoters, type WrittenAnswerKind } from '../../domain/writtenTreatment';
import { useWorkspaceText, type WorkspaceTextKey } from './panelText';
import type { AgendaEditor } from './agendaEditor';
import { WrittenSendAction, useWrittenText } from './WrittenSendAction';
import { WrittenMinutesAction } from './WrittenMinutesAction';
import type { WrittenKey } from './writtenMessages';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: '8px' },
  // The table scrolls sideways inside its own box at 320 px rather than the page.
  scroller: { overflowX: 'auto' },
  table: { borderCollapse: 'collapse', minWidth: '100%' },
  cell: { borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, padding: '6px 8px', verticalAlign: 'top', textAlign: 'left' },
  answer: { display: 'flex', flexDirection: 'column', gap: '4px', minWidth: '11rem' },
  comment: { fontSize: tokens.fontSizeBase200 },
});

const ANSWERS: ReadonlyArray<WrittenAnswerKind | 'none'> = ['none', 'agree', 'disagree', 'meeting'];
const ANSWER_TEXT = {
  none: 'written.answer.none',
  agree: 'written.answer.agree',
  disagree: 'written.answer.disagree',
  meeting: 'written.answer.meeting',
} as const satisfies Record<WrittenAnswerKind | 'none', WorkspaceTextKey>;
const RESULT_TEXT = {
  adopted: 'written.result.adopted',
  notAdopted: 'written.result.notAdopted',
  notQuorate: 'written.result.notQuorate',
  meetingDemanded: 'written.result.meetingDemanded',
} as const satisfies Record<ReturnType<typeof writtenOutcome>['result'], WorkspaceTextKey>;
// Before the Svarfrist, while a member has not answered: the result as it stands may still change (`writtenProvisional`).
const PROVISIONAL_TEXT = {
  adopted: 'provisional.adopted',
  notAdopted: 'provisional.notAdopted',
  notQuorate: 'provisional.notQuorate',
  meetingDemanded: 'provisional.meetingDemanded',
} as const satisfies Record<ReturnType<typeof writtenOutcome>['result'], WrittenKey>;

export interface WrittenAnswersPanelProps {
  committee: Committee;
  meeting: Meeting;
  /** The editor's meeting update (autosaved as every other change). */
  onChange: (apply: (meeting: Meeting) => Meeting) => void;
  /** The time the results are judged at (provisional before the Svarfrist); the render's time unless given (tests). */
  now?: Date;
  /**
   * The open meeting's editor: «Send sakene til medlemmene» sends what it has stored and adopts what the sender stored;
   * «Lag og lagre protokollen» makes the protokoll from what it has stored and records it through it.
   */
  editor?: AgendaEditor;
}

/**
 * A written treatment's answers as they come in: a table of the saker (rows) and the members with a vote (columns), each cell
 * the member's answer — agrees, does not agree, demands a meeting, or not answered — and a comment, and the sak's result as
 * the protokoll will state it (domain/writtenTreatment.ts). Each control is named by its row's and column's visible headers.
 */
export function WrittenAnswersPanel({ committee, meeting, onChange, now: givenNow, editor }: WrittenAnswersPanelProps) {
  const t = useWorkspaceText();
  const tw = useWrittenText();
  const styles = useStyles();
  const id = useId();
  const voters = writtenVoters(committee);
  const saker = meeting.items.filter((item) => item.row === 'sak');
  const locked = isMeetingLocked(meeting);
  const commentId = `${id}-comment`;
  const now = givenNow ?? new Date();
  return (
    <section className={styles.root} aria-labelledby={`${id}-heading`}>
      <Title2 as="h3" id={`${id}-heading`}>
        {t('written.heading')}
      </Title2>
      <Text>{t('written.intro')}</Text>
      {/* First the saker go to the members (by mail, once), then their answers are recorded below. */}
      {editor !== undefined ? <WrittenSendAction committee={committee} meeting={meeting} editor={editor} /> : null}
      <span id={commentId} hidden>
        {t('written.comment')}
      </span>
      {voters.length === 0 ? <Text>{t('written.noMembers')}</Text> : null}
      {saker.length === 0 ? <Text>{t('written.noItems')}</Text> : null}
      {voters.length > 0 && saker.length > 0 ? (
        <div className={styles.scroller}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th className={styles.cell} scope="col">
                  {t('written.item')}
                </th>
                {voters.map((member, column) => (
                  <th key={memberKey(member)} className={styles.cell} scope="col" id={`${id}-m${column}`}>
                    {member.name}
                  </th>
                ))}
                <th className={styles.cell} scope="col">
                  {t('written.result')}
                </th>
              </tr>
            </thead>
            <tbody>
              {saker.map((item, row) => {
                const outcome = writtenOutcome(meeting, committee, item.id);
                const resultText = writtenProvisional(meeting, outcome, now) ? tw(PROVISIONAL_TEXT[outcome.result]) : t(RESULT_TEXT[outcome.result]);
                const rowId = `${id}-s${row}`;
                return (
                  <tr key={item.id}>
                    <th className={styles.cell} scope="row" id={rowId}>
                      {item.caseNumber === null ? item.title : `${item.caseNumber} ${item.title}`}
                    </th>
                    {voters.map((member, column) => {
                      const key = memberKey(member);
                      const entry = answerOf(meeting, item.id, key);
                      const labelledBy = `${rowId} ${id}-m${column}`;
                      return (
                        <td key={key} className={styles.cell}>
                          <div className={styles.answer}>
                            <Select
                              aria-labelledby={labelledBy}
                              value={entry?.answer ?? 'none'}
                              disabled={locked}
                              onChange={(_, data) => {
                                const answer = ANSWERS.find((kind) => kind === data.value);
                                onChange((current) => withWrittenAnswer(current, item.id, key, answer === 'none' ? undefined : answer, entry?.comment));
                              }}
                            >
                              {ANSWERS.map((kind) => (
                                <option key={kind} value={kind}>
                                  {t(ANSWER_TEXT[kind])}
                                </option>
                              ))}
                            </Select>
                            {entry !== undefined ? (
                              <Input
                                className={styles.comment}
                                aria-labelledby={`${commentId} ${labelledBy}`}
                                placeholder={t('written.comment')}
                                value={entry.comment ?? ''}
                                disabled={locked}
                                onChange={(_, data) => onChange((current) => withWrittenAnswer(current, item.id, key, entry.answer, data.value))}
                              />
                            ) : null}
                          </div>
                        </td>
                      );
                    })}
                    <td className={styles.cell}>
                      <Text weight="semibold">{resultText}</Text>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {/* The protokoll «as it stands» at the moment it is made (the results before the Svarfrist are «Foreløpig»). */}
      {editor !== undefined && saker.length > 0 ? (
        <WrittenMinutesAction committee={committee} meeting={meeting} editor={editor} now={() => givenNow ?? new Date()} />
      ) : null}
    </section>
  );
}
