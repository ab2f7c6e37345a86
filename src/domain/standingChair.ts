import { samePerson } from './memberKey';
import type { Committee, CommitteeMember, Person } from './model';
import { isPerson, listedIdentity } from './personIdentity';

/** A member as a person: without the attendance list's role, office, group and personal vara link. */
export function personOfMember(member: CommitteeMember): Person {
  const { role: _role, chairRole: _chairRole, group: _group, deputyFor: _deputyFor, ...person } = member;
  return person;
}

/**
 * The member «Fast møteleder» names: the same object id or address (`isPerson`), else, for one of them listed without an
 * address, the same name (`samePerson`). Undefined: nobody, or a møteleder from outside the members.
 */
export function chairMember(committee: Pick<Committee, 'members' | 'defaultChair'>): CommitteeMember | undefined {
  const chair = committee.defaultChair;
  if (chair === undefined) return undefined;
  return committee.members.find((member) => isPerson(listedIdentity(chair), member)) ?? committee.members.find((member) => samePerson(member, chair));
}

/**
 * The committee's «Fast møteleder» as the documents, a new meeting and the side panel take him: the member he is, as the
 * member list has him now (name, address, organisation, stilling corrected there), not the copy stored beside it when he
 * was picked — the member list is the one source of truth. One from outside the members: as stored. Read through here,
 * so a committee file saved before the two were kept together reads right without a change of its shape.
 */
export function standingChair(committee: Pick<Committee, 'members' | 'defaultChair'>): Person | undefined {
  const member = chairMember(committee);
  return member === undefined ? committee.defaultChair : personOfMember(member);
}
