import { firstControlCharacter } from './textRules';
import type { CommitteeMember } from './model';

/**
 * What a committee's settings let the secretariat write after a member's name, for anyone — picked
 * from the directory or typed by hand: the organisation they come from and their title (stilling/rolle),
 * which the documents print as the committee's `personDetails` says. The directory gives neither
 * (Møtebok reads only the basic profile, docs/drift.md §3), so they are typed here.
 */
export type MemberDetail = 'organisation' | 'title';
export const MEMBER_DETAILS: readonly MemberDetail[] = ['organisation', 'title'];

/** As long as the letterhead's organisation line may be: one line after a name (a judgement, not a rule of law or of Graph). */
export const MAX_MEMBER_DETAIL_LENGTH = 200;

export type MemberDetailProblem = 'tooLong' | 'controlCharacter';

/** What is wrong with a detail as typed (counted without the spaces around it), or undefined. */
export function memberDetailProblem(text: string | undefined): MemberDetailProblem | undefined {
  if (text === undefined) return undefined;
  if (text.trim().length > MAX_MEMBER_DETAIL_LENGTH) return 'tooLong';
  return firstControlCharacter(text, false) === undefined ? undefined : 'controlCharacter';
}

export interface UnfitMemberDetail {
  member: CommitteeMember;
  detail: MemberDetail;
  problem: MemberDetailProblem;
}

/** The first member's detail that cannot be stored, with its problem; undefined when all can. */
export function unfitMemberDetail(members: readonly CommitteeMember[]): UnfitMemberDetail | undefined {
  for (const member of members) {
    for (const detail of MEMBER_DETAILS) {
      const problem = memberDetailProblem(member[detail]);
      if (problem) return { member, detail, problem };
    }
  }
  return undefined;
}

/** The member as stored: each detail without the spaces typed around it, and left out when empty. */
export function withTrimmedDetails(member: CommitteeMember): CommitteeMember {
  const next = { ...member };
  for (const detail of MEMBER_DETAILS) {
    const text = next[detail]?.trim();
    if (text === undefined || text === '') delete next[detail];
    else next[detail] = text;
  }
  return next;
}
