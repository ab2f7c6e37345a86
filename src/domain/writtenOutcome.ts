import type { Committee, CommitteeMember, Meeting, WrittenAnswer } from './model';
import { memberKey, samePerson } from './memberKey';

/**
 * A written treatment's result per sak from the answers recorded (writtenTreatment.ts): apart from the rest of it because
 * the view for a reader without access (confidentiality.ts `viewFor`) counts an exempt sak's result before it leaves the
 * answers out, and that view is in every page's start-up.
 */

export type WrittenAnswerKind = WrittenAnswer['answer'];
export type WrittenResult = 'adopted' | 'notAdopted' | 'notQuorate' | 'meetingDemanded';

/** Who answers: the committee's standing members with a vote (role medlem; not a vara, an observer or the secretariat). */
export function writtenVoters(committee: Pick<Committee, 'members'>): CommitteeMember[] {
  return committee.members.filter((member) => (member.role ?? 'member') === 'member' && member.deputyFor === undefined);
}

export function answerOf(meeting: Pick<Meeting, 'written'>, itemId: string, member: string): WrittenAnswer | undefined {
  return meeting.written?.answers.find((answer) => answer.itemId === itemId && answer.member === member);
}

export interface WrittenOutcome {
  agreed: CommitteeMember[];
  disagreed: CommitteeMember[];
  demanded: CommitteeMember[];
  unanswered: CommitteeMember[];
  /** The comments given, in the board's order. */
  comments: Array<{ member: CommitteeMember; comment: string }>;
  result: WrittenResult;
}

/**
 * A sak's outcome from the answers recorded, by aksjeloven's rules for a board: a demand for a meeting blocks a decision in
 * writing (§ 6-19 (2)); the board decides only when more than half its members take part (§ 6-24 (1)); the proposal is
 * adopted when more of those taking part agree than disagree, a tie decided by the chair's answer, and those who agree are
 * more than a third of the board (§ 6-25 (1): a third is the law's floor for a change; applied to every proposal here).
 */
export function writtenOutcome(meeting: Pick<Meeting, 'written' | 'chair'>, committee: Pick<Committee, 'members'>, itemId: string): WrittenOutcome {
  const voters = writtenVoters(committee);
  const answers = voters.map((member) => ({ member, entry: answerOf(meeting, itemId, memberKey(member)) }));
  const by = (kind: WrittenAnswerKind) => answers.filter((a) => a.entry?.answer === kind).map((a) => a.member);
  const agreed = by('agree');
  const disagreed = by('disagree');
  const demanded = by('meeting');
  const unanswered = answers.filter((a) => a.entry === undefined).map((a) => a.member);
  const comments = answers.flatMap((a) => (a.entry?.comment === undefined ? [] : [{ member: a.member, comment: a.entry.comment }]));
  const chair = meeting.chair;
  // One rule for «the same person» (attendance.ts): by e-mail when both have one, so a member who shares the chair's
  // name does not break a tie in her place.
  const isChair = (member: CommitteeMember) => chair !== undefined && samePerson(member, chair);
  const chairAgreed = agreed.some(isChair);
  const result = ((): WrittenResult => {
    if (demanded.length > 0) return 'meetingDemanded';
    const taking = agreed.length + disagreed.length;
    if (taking * 2 <= voters.length) return 'notQuorate';
    const majority = agreed.length > disagreed.length || (agreed.length === disagreed.length && chairAgreed);
    return majority && agreed.length * 3 > voters.length ? 'adopted' : 'notAdopted';
  })();
  return { agreed, disagreed, demanded, unanswered, comments, result };
}
